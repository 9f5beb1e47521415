import fs from 'node:fs';
import path from 'node:path';
import { bindAddress, urlPort } from './endpoints.ts';
import type { LocalService } from './local-service.ts';
import type { InfraPaths } from './paths.ts';
import { findExecutable, managedPid, runCommand } from './process-control.ts';
import { probeRedis } from './probes.ts';
import type { Log } from './types.ts';

export interface RedisServerOptions {
  host: string;
  port: number;
  password?: string | undefined;
  pidFile: string;
  logFile: string;
  dir: string;
}

/**
 * A throwaway Redis for development and tests: no RDB snapshots, no AOF (production settings,
 * AOF and noeviction, are in docker-compose.yml). It daemonizes itself and writes its pid file.
 */
export function redisServerArgs(o: RedisServerOptions): string[] {
  // prettier-ignore
  return [
    '--daemonize', 'yes',
    '--bind', o.host,
    '--port', String(o.port),
    '--save', '',
    '--appendonly', 'no',
    '--pidfile', o.pidFile,
    '--logfile', o.logFile,
    '--dir', o.dir,
    ...(o.password ? ['--requirepass', o.password] : []),
  ];
}

/** redis-server from PATH, installed with apt-get when missing and we are root. */
async function redisServerBinary(log: Log): Promise<string> {
  const found = findExecutable('redis-server');
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error('redis: redis-server is not installed; install it (e.g. apt-get install redis-server)');
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => runCommand('apt-get', ['install', '-y', 'redis-server'], { env, timeoutMs: 600_000 });
  log('redis: installing redis-server with apt-get');
  let result = await install();
  if (!result.ok) {
    // A fresh machine often has empty package lists.
    log('redis: apt-get install failed; running apt-get update and retrying');
    await runCommand('apt-get', ['update'], { env, timeoutMs: 600_000 });
    result = await install();
  }
  const installed = findExecutable('redis-server');
  if (!result.ok || !installed) {
    throw new Error(
      `redis: could not install redis-server: ${result.failure ?? result.stderr.trim().slice(-2000)}`,
    );
  }
  return installed;
}

export function redisService(redisUrl: string, paths: InfraPaths, log: Log): LocalService {
  const url = new URL(redisUrl);
  const port = urlPort(url);
  const pidFile = path.join(paths.runDir, `redis-${port}.pid`);
  const logFile = path.join(paths.logDir, `redis-${port}.log`);
  return {
    name: 'redis',
    url,
    probe: () => probeRedis(redisUrl),
    pidFile,
    marker: 'redis-server',
    logFile,
    startTimeoutMs: 30_000,
    start: async () => {
      const binary = await redisServerBinary(log);
      for (const dir of [paths.runDir, paths.logDir, paths.redisDir]) fs.mkdirSync(dir, { recursive: true });
      const args = redisServerArgs({
        host: bindAddress(url),
        port,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        pidFile,
        logFile,
        dir: paths.redisDir,
      });
      // With --daemonize the command returns as soon as the server has forked.
      const result = await runCommand(binary, args, { timeoutMs: 30_000 });
      if (!result.ok) {
        const reason = `redis-server failed (${result.failure ?? `exit ${result.code}`}): ${result.stderr.trim()}`;
        return () => reason;
      }
      const forkedAt = Date.now();
      return () =>
        Date.now() - forkedAt > 3_000 && managedPid(pidFile, 'redis-server') === undefined
          ? 'redis-server is not running'
          : undefined;
    },
  };
}
