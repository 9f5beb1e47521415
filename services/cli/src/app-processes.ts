import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { managedPid, spawnDetached, tailFile, terminate, waitFor, writePidFile } from '@chartroom/infra';
import { codeFingerprint } from './code-fingerprint.ts';
import { LOG_DIR, REPO_ROOT, RUN_DIR } from './paths.ts';

/** A Chartroom program that `up` runs in the background: the API or one worker process. */
export interface AppProcess {
  name: string;
  entry: string;
  env: Record<string, string>;
}

const pidFileOf = (name: string) => path.join(RUN_DIR, `${name}.pid`);
/** The code fingerprint a program was started with. */
const codeFileOf = (name: string) => path.join(RUN_DIR, `${name}.code`);
export const logFileOf = (name: string) => path.join(LOG_DIR, `${name}.log`);

/** The API and `workers` worker processes; the OCR pool is split between the worker processes. */
export function appProcesses(workers: number, endpointEnv: Record<string, string>): AppProcess[] {
  const ocrPerWorker = Math.max(1, Math.floor(availableParallelism() / workers));
  return [
    { name: 'api', entry: 'services/api/src/main.ts', env: endpointEnv },
    ...Array.from({ length: workers }, (_, i) => ({
      name: `worker-${i + 1}`,
      entry: 'services/worker/src/main.ts',
      env: { ...endpointEnv, CHARTROOM_OCR_WORKERS: String(ocrPerWorker) },
    })),
  ];
}

export function runningPid(name: string, entry: string): number | undefined {
  return managedPid(pidFileOf(name), entry);
}

/**
 * Starts the process unless it already runs the current code; one running older code is stopped
 * and started again. Returns its pid and what was done.
 */
export async function startAppProcess(
  app: AppProcess,
): Promise<{ pid: number; started: 'now' | 'already running' | 'restarted: the code changed' }> {
  const code = codeFingerprint();
  const running = runningPid(app.name, app.entry);
  let restarted = false;
  if (running !== undefined) {
    const startedWith = existsSync(codeFileOf(app.name)) ? readFileSync(codeFileOf(app.name), 'utf8') : '';
    if (startedWith === code) return { pid: running, started: 'already running' };
    await terminate(running, 60_000);
    restarted = true;
  }
  mkdirSync(RUN_DIR, { recursive: true });
  const child = spawnDetached(process.execPath, ['--import', 'tsx', app.entry], {
    logFile: logFileOf(app.name),
    cwd: REPO_ROOT,
    env: { ...process.env, ...app.env },
  });
  if (child.pid === undefined) throw new Error(`${app.name} did not start`);
  writePidFile(pidFileOf(app.name), child.pid);
  writeFileSync(codeFileOf(app.name), code);
  let exited: number | null = null;
  child.once('exit', (code: number | null) => (exited = code ?? -1));
  // A process that dies within its first seconds has a configuration or connection problem.
  await waitFor(() => false, {
    timeoutMs: 1_500,
    abortReason: () =>
      exited === null
        ? undefined
        : `${app.name} exited at start (code ${exited}):\n${tailFile(logFileOf(app.name), 15)}`,
  });
  return { pid: child.pid, started: restarted ? 'restarted: the code changed' : 'now' };
}

/** Stops every app process this checkout started (workers first, so no job is cut off by the API going). */
export async function stopAppProcesses(log: (line: string) => void): Promise<void> {
  if (!existsSync(RUN_DIR)) return;
  const { readdirSync } = await import('node:fs');
  const names = readdirSync(RUN_DIR)
    .filter((file) => file.endsWith('.pid'))
    .map((file) => file.slice(0, -4))
    .sort((a, b) => (a === 'api' ? 1 : b === 'api' ? -1 : a.localeCompare(b)));
  for (const name of names) {
    const entry = name === 'api' ? 'services/api/src/main.ts' : 'services/worker/src/main.ts';
    const pid = runningPid(name, entry);
    if (pid === undefined) continue;
    const how = await terminate(pid, 60_000);
    writeFileSync(pidFileOf(name), '');
    log(`${name}: ${how === 'killed' ? 'killed after 60 s' : 'stopped'}`);
  }
}
