import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A Chartroom of its own for a test or benchmark: its own bucket, index prefix, queue prefix, API
 * port and state directory (pid files, logs), on the shared Redis, S3 and Elasticsearch. It never
 * touches a demo running on the same machine.
 */
export class IsolatedChartroom {
  readonly namespace = `t-${randomBytes(3).toString('hex')}`;
  readonly stateDir = mkdtempSync(path.join(tmpdir(), 'chartroom-'));
  env: NodeJS.ProcessEnv = {};

  async init(extra: Record<string, string> = {}): Promise<this> {
    const port = await freePort();
    this.env = {
      ...process.env,
      CHARTROOM_STATE_DIR: this.stateDir,
      CHARTROOM_S3_BUCKET: `chartroom-${this.namespace}`,
      CHARTROOM_ES_INDEX_PREFIX: this.namespace,
      CHARTROOM_QUEUE_PREFIX: this.namespace,
      CHARTROOM_API_PORT: String(port),
      CHARTROOM_API_URL: `http://127.0.0.1:${port}`,
      CHARTROOM_INBOX_POLL_MS: '500',
      ...extra,
    };
    return this;
  }

  /** Runs `npx chartroom ...` as a user would. npm's own configuration warnings are dropped. */
  chartroom(...args: string[]): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('npx', ['chartroom', ...args], { cwd: repoRoot, env: this.env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      const ours = (text: string) =>
        text
          .split('\n')
          .filter((line) => !/^npm (warn|notice)/.test(line))
          .join('\n');
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr: ours(stderr) }));
    });
  }

  /** Like chartroom(), but fails with the command's own words unless it exits 0; returns parsed JSON. */
  async json<T>(...args: string[]): Promise<T> {
    const result = await this.chartroom(...args, '--json');
    if (result.code !== 0)
      throw new Error(`chartroom ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return JSON.parse(result.stdout) as T;
  }

  /** Everything the API and workers logged. */
  logs(): string {
    const dir = path.join(this.stateDir, 'logs');
    return readdirSync(dir)
      .map((file) => readFileSync(path.join(dir, file), 'utf8'))
      .join('\n');
  }

  /** Stops this instance's API and workers; the shared services stay up. */
  async stop(): Promise<void> {
    const runDir = path.join(this.stateDir, 'run');
    for (const file of readdirSync(runDir).filter((name) => name.endsWith('.pid'))) {
      const pid = Number(readFileSync(path.join(runDir, file), 'utf8'));
      try {
        if (pid > 0) process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
