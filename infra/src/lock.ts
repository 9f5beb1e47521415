import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isRunning, sleep } from './process-control.ts';
import type { Log } from './types.ts';

/**
 * Runs `fn` while holding an exclusive lock file, so that two processes calling ensureServices at
 * once (say `chartroom up` and a test run) do not both start the same service. A lock left by a
 * process that died is taken over.
 */
export async function withLock<T>(
  lockFile: string,
  fn: () => Promise<T>,
  opts: { timeoutMs: number; log: Log },
): Promise<T> {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const token = `${process.pid} ${randomUUID()}`;
  const deadline = Date.now() + opts.timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, token, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockFile);
    if (holder !== undefined && !isRunning(holder)) {
      fs.rmSync(lockFile, { force: true }); // its owner died mid-way
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `Timed out waiting for ${lockFile} (held by pid ${holder ?? '?'}); remove it if stale.`,
      );
    }
    if (!announced) {
      opts.log(`waiting for another chartroom process (pid ${holder ?? '?'}) that is starting services`);
      announced = true;
    }
    await sleep(500);
  }
  try {
    return await fn();
  } finally {
    try {
      if (fs.readFileSync(lockFile, 'utf8') === token) fs.rmSync(lockFile, { force: true });
    } catch {
      // already gone
    }
  }
}

function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8').split(' ')[0] ?? '', 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined; // released between our attempt and this read
  }
}
