import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { bindAddress, urlPort } from './endpoints.ts';
import type { LocalService } from './local-service.ts';
import type { InfraPaths } from './paths.ts';
import { spawnDetached, writePidFile } from './process-control.ts';
import { probeS3 } from './probes.ts';

/** The bucket docker-compose's minio-init creates; s3rver creates it at startup to match. */
export const DEFAULT_BUCKET = 'chartroom';

/** Path of s3rver's CLI script inside this package's dependencies. */
export function s3rverBin(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('s3rver/package.json')), 'bin', 's3rver.js');
}

export interface S3rverOptions {
  bin: string;
  host: string;
  port: number;
  directory: string;
  bucket: string;
}

/**
 * Node arguments for s3rver. --openssl-legacy-provider: s3rver encrypts ListObjectsV2 continuation
 * tokens with DES, which OpenSSL 3 only has in its legacy provider (else paginated listings answer 500).
 */
export function s3rverArgs(o: S3rverOptions): string[] {
  // prettier-ignore
  return [
    '--openssl-legacy-provider',
    o.bin,
    '--address', o.host,
    '--port', String(o.port),
    '--directory', o.directory,
    '--silent',
    '--configure-bucket', o.bucket,
  ];
}

export function s3Service(endpoint: string, paths: InfraPaths, bucket: string): LocalService {
  const url = new URL(endpoint);
  const port = urlPort(url);
  const pidFile = path.join(paths.runDir, `s3rver-${port}.pid`);
  const logFile = path.join(paths.logDir, `s3rver-${port}.log`);
  return {
    name: 's3',
    url,
    probe: () => probeS3(endpoint),
    pidFile,
    marker: 's3rver',
    logFile,
    startTimeoutMs: 30_000,
    start: () => {
      const directory = paths.s3DataDir(port);
      fs.mkdirSync(directory, { recursive: true });
      const args = s3rverArgs({ bin: s3rverBin(), host: bindAddress(url), port, directory, bucket });
      const child = spawnDetached(process.execPath, args, { logFile });
      let failure: string | undefined;
      child.on('error', (error) => (failure = `could not start s3rver: ${error.message}`));
      child.on('exit', (code, signal) => (failure = `s3rver exited (${signal ?? `code ${code}`})`));
      if (child.pid !== undefined) writePidFile(pidFile, child.pid);
      return Promise.resolve(() => failure);
    },
  };
}
