import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand, runStreaming } from './process-control.ts';
import type { Log } from './types.ts';

export const COMPOSE_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docker-compose.yml',
);

/** Long-running backing services; they publish the same host ports local mode uses. */
export const BACKING_SERVICES = ['redis', 'minio', 'elasticsearch'] as const;
/** One-shot container that creates the bucket. */
export const INIT_SERVICE = 'minio-init';

/** A Docker engine answers (not merely a `docker` client on PATH). */
export async function dockerEngineAvailable(timeoutMs = 3_000): Promise<boolean> {
  const result = await runCommand('docker', ['info', '--format', '{{.ServerVersion}}'], { timeoutMs });
  return result.ok && result.stdout.trim() !== '';
}

export function composeArgs(composeFile: string, ...rest: string[]): string[] {
  return ['compose', '-f', composeFile, ...rest];
}

/**
 * `up --wait` treats a one-shot container that exited, even with 0, as a failure unless a service in
 * the same command depends on it (docker/compose#10596). So: wait for the long-running services,
 * then run the bucket creation to completion.
 */
export async function composeUp(log: Log, composeFile = COMPOSE_FILE): Promise<void> {
  const up = composeArgs(composeFile, 'up', '-d', '--wait', ...BACKING_SERVICES);
  log(`docker: docker ${up.join(' ')}`);
  const upCode = await runStreaming('docker', up, log);
  if (upCode !== 0) throw new Error(`docker compose up failed (exit ${upCode}); see the output above`);
  const init = composeArgs(composeFile, 'run', '--rm', INIT_SERVICE);
  const initCode = await runStreaming('docker', init, log);
  if (initCode !== 0) throw new Error(`docker compose run ${INIT_SERVICE} failed (exit ${initCode})`);
}

/** Stops the whole compose project (api and worker too: they are useless without their backing services). */
export async function composeStop(log: Log, composeFile = COMPOSE_FILE): Promise<void> {
  const code = await runStreaming('docker', composeArgs(composeFile, 'stop'), log);
  if (code !== 0) throw new Error(`docker compose stop failed (exit ${code})`);
}
