import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export { sleep };

export interface CommandResult {
  ok: boolean;
  /** Exit code, or null when the command was killed, timed out or could not be started. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why it failed to run at all or was killed (ENOENT, timeout). */
  failure?: string;
}

/** Runs a command to completion, capturing its output; never rejects. */
export function runCommand(
  command: string,
  args: readonly string[],
  opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        timeout: opts.timeoutMs ?? 0,
        killSignal: 'SIGKILL',
        env: opts.env ?? process.env,
        cwd: opts.cwd,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, code: 0, stdout, stderr });
        const code = typeof error.code === 'number' ? error.code : null;
        const failure = error.killed
          ? `killed after ${opts.timeoutMs} ms`
          : code === null
            ? error.message
            : undefined;
        resolve({ ok: false, code, stdout, stderr, ...(failure ? { failure } : {}) });
      },
    );
  });
}

/** Runs a command, passing each output line to `log` as it comes (for long steps such as docker pulls). */
export function runStreaming(
  command: string,
  args: readonly string[],
  log: (line: string) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) if (line.trim()) log(line);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Full path of an executable on PATH, like `which`. */
export function findExecutable(name: string, searchPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Starts a process that outlives this one: own process group, output to a fresh log file (so its
 * tail is about this start), not referenced by our event loop. The handle still reports an early 'exit'.
 */
export function spawnDetached(
  command: string,
  args: readonly string[],
  opts: { logFile: string; env?: NodeJS.ProcessEnv; cwd?: string },
): ChildProcess {
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const out = fs.openSync(opts.logFile, 'w');
  try {
    const child = spawn(command, args, {
      detached: true,
      stdio: ['ignore', out, out],
      env: opts.env ?? process.env,
      cwd: opts.cwd,
    });
    child.unref();
    return child;
  } finally {
    fs.closeSync(out); // the child holds its own copy
  }
}

export function readPidFile(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function writePidFile(file: string, pid: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${pid}\n`);
}

export function removeFile(file: string): void {
  fs.rmSync(file, { force: true });
}

/** Alive and not a zombie (a container's pid 1 may never reap an orphan we killed). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S ..."; comm may contain spaces, so read after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no procfs (not Linux): kill(0) said it exists
  }
}

function commandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

/**
 * The pid in a pid file chartroom wrote, if that process still runs and still is what we started
 * (its command line contains `marker`), so a recycled pid is never mistaken for ours. A stale file
 * is removed.
 */
export function managedPid(pidFile: string, marker: string): number | undefined {
  const pid = readPidFile(pidFile);
  if (pid === undefined) return undefined;
  const cmd = commandLine(pid);
  if (isRunning(pid) && (cmd === undefined || cmd.includes(marker))) return pid;
  try {
    removeFile(pidFile);
  } catch {
    // e.g. owned by another user; it is ignored next time just the same
  }
  return undefined;
}

/** SIGTERM, wait up to graceMs for a clean shutdown, then SIGKILL. */
export async function terminate(pid: number, graceMs: number): Promise<'terminated' | 'killed'> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'terminated';
  }
  if (await waitFor(() => !isRunning(pid), { timeoutMs: graceMs, intervalMs: 200 })) return 'terminated';
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // exited meanwhile
  }
  await waitFor(() => !isRunning(pid), { timeoutMs: 5_000, intervalMs: 100 });
  return 'killed';
}

/**
 * Polls `check` until it holds (→ true) or the time is up (→ false). `abortReason` is asked on each
 * round and ends the wait with that error (e.g. the process we are waiting for has exited).
 */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  opts: { timeoutMs: number; intervalMs?: number; abortReason?: () => string | undefined },
): Promise<boolean> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    if (await check()) return true;
    const reason = opts.abortReason?.();
    if (reason) throw new Error(reason);
    if (Date.now() >= deadline) return false;
    await sleep(opts.intervalMs ?? 250);
  }
}

/** Last lines of a log file (reading at most its last 64 KiB), for error messages. */
export function tailFile(file: string, lines = 20): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    fs.readSync(fd, buffer, 0, length, size - length);
    return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
