import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withLock } from './lock.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-lock-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('withLock', () => {
  it('runs holders one at a time and releases the lock', async () => {
    const lock = path.join(dir, 'run', 'x.lock');
    const events: string[] = [];
    const holder = (name: string) => async () => {
      events.push(`${name} in`);
      await sleep(50);
      events.push(`${name} out`);
    };
    const log = () => {};
    await Promise.all([
      withLock(lock, holder('a'), { timeoutMs: 5_000, log }),
      withLock(lock, holder('b'), { timeoutMs: 5_000, log }),
    ]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a dead process and releases on error', async () => {
    const lock = path.join(dir, 'x.lock');
    fs.writeFileSync(lock, `${2 ** 22 + 12345} stale`);
    await expect(
      withLock(lock, () => Promise.reject(new Error('boom')), { timeoutMs: 1_000, log: () => {} }),
    ).rejects.toThrow('boom');
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('gives up after the timeout while a live process holds it', async () => {
    const lock = path.join(dir, 'x.lock');
    fs.writeFileSync(lock, `${process.pid} other`);
    const lines: string[] = [];
    await expect(
      withLock(lock, () => Promise.resolve(), { timeoutMs: 100, log: (l) => lines.push(l) }),
    ).rejects.toThrow(/Timed out/);
    expect(lines[0]).toMatch(/waiting for another chartroom process/);
  });
});
