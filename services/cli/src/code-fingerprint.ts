import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.ts';

/** Where the running programs' code lives; a change anywhere here means they run old code. */
const CODE_DIRS = ['packages', 'services', 'infra'];
const SKIPPED = new Set(['node_modules', 'dist', '.chartroom']);

/**
 * A fingerprint of the code the API and workers run: every source file's path, size and
 * modification time, and the lockfile. `up` compares it with the one a running program started
 * with, so an upgrade (git pull, an edit) restarts programs instead of leaving old code serving.
 */
export function codeFingerprint(root = REPO_ROOT): string {
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (SKIPPED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(ts|mjs|js|json)$/.test(entry.name)) {
        const info = statSync(full);
        hash.update(`${path.relative(root, full)}\0${info.size}\0${info.mtimeMs}\n`);
      }
    }
  };
  for (const dir of CODE_DIRS) if (existsSync(path.join(root, dir))) visit(path.join(root, dir));
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(`lock\0${statSync(lock).mtimeMs}`);
  return hash.digest('hex').slice(0, 16);
}
