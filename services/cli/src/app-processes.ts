import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { managedPid, spawnDetached, tailFile, terminate, waitFor, writePidFile } from '@chartroom/infra';
import { LOG_DIR, REPO_ROOT, RUN_DIR } from './paths.ts';

/** A Chartroom program that `up` runs in the background: the API or one worker process. */
export interface AppProcess {
  name: string;
  entry: string;
  env: Record<string, string>;
}

const pidFileOf = (name: string) => path.join(RUN_DIR, `${name}.pid`);
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

/** Starts the process unless it already runs; returns its pid and whether it was started now. */
export async function startAppProcess(app: AppProcess): Promise<{ pid: number; started: boolean }> {
  const running = runningPid(app.name, app.entry);
  if (running !== undefined) return { pid: running, started: false };
  mkdirSync(RUN_DIR, { recursive: true });
  const child = spawnDetached(process.execPath, ['--import', 'tsx', app.entry], {
    logFile: logFileOf(app.name),
    cwd: REPO_ROOT,
    env: { ...process.env, ...app.env },
  });
  if (child.pid === undefined) throw new Error(`${app.name} did not start`);
  writePidFile(pidFileOf(app.name), child.pid);
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
  return { pid: child.pid, started: true };
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
