import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findExecutable,
  isRunning,
  managedPid,
  runCommand,
  tailFile,
  terminate,
  waitFor,
  writePidFile,
} from './process-control.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-pc-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('pid files', () => {
  it('recognises a live process whose command line carries the marker, and stops it', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'chartroom-test-marker']);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const pidFile = path.join(dir, 'x.pid');
    writePidFile(pidFile, child.pid!);
    expect(managedPid(pidFile, 'chartroom-test-marker')).toBe(child.pid);
    // Same pid, other marker: a recycled pid is not ours, and the stale file goes.
    expect(managedPid(pidFile, 'redis-server')).toBeUndefined();
    expect(fs.existsSync(pidFile)).toBe(false);
    expect(await terminate(child.pid!, 5_000)).toBe('terminated');
    await exited;
    expect(isRunning(child.pid!)).toBe(false);
  });

  it('drops a pid file whose process is gone', () => {
    const pidFile = path.join(dir, 'gone.pid');
    writePidFile(pidFile, 2 ** 22 + 12345); // above Linux's pid_max
    expect(managedPid(pidFile, 'anything')).toBeUndefined();
    expect(fs.existsSync(pidFile)).toBe(false);
  });
});

describe('waitFor', () => {
  it('returns true once the check holds and false at the deadline', async () => {
    let n = 0;
    expect(await waitFor(() => ++n >= 3, { timeoutMs: 1_000, intervalMs: 10 })).toBe(true);
    expect(await waitFor(() => false, { timeoutMs: 50, intervalMs: 10 })).toBe(false);
  });

  it('stops early with the abort reason', async () => {
    await expect(waitFor(() => false, { timeoutMs: 5_000, abortReason: () => 'it died' })).rejects.toThrow(
      'it died',
    );
  });
});

describe('commands and files', () => {
  it('captures output and exit codes without throwing', async () => {
    expect(await runCommand('sh', ['-c', 'echo out; echo err >&2; exit 3'])).toMatchObject({
      ok: false,
      code: 3,
      stdout: 'out\n',
      stderr: 'err\n',
    });
    expect(await runCommand('/nonexistent-binary', [])).toMatchObject({ ok: false, code: null });
    expect((await runCommand('sleep', ['5'], { timeoutMs: 100 })).failure).toMatch(/killed after 100 ms/);
  });

  it('finds executables on PATH and tails files', () => {
    expect(findExecutable('sh')).toMatch(/\/sh$/);
    expect(findExecutable('surely-not-a-command-here')).toBeUndefined();
    const file = path.join(dir, 'log');
    fs.writeFileSync(file, Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n') + '\n');
    expect(tailFile(file, 2)).toBe('line 48\nline 49');
    expect(tailFile(path.join(dir, 'missing'))).toBe('');
  });
});
