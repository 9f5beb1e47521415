import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error.ts';
import { REPO_ROOT } from './paths.ts';

const WEB_DIR = path.join(REPO_ROOT, 'services/web');
const DIST_DIR = path.join(WEB_DIR, 'dist');
const STAMP = path.join(DIST_DIR, '.source-fingerprint');

/** Every source of the web application (and the API contract it reads): path, size, content hash. */
function webSourceFingerprint(): string {
  // The recipe is part of it: a build made by an older recipe (e.g. with React's development build) is redone.
  const hash = createHash('sha256').update('recipe 2: production mode\n');
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (statSync(full).isFile())
        hash.update(`${path.relative(REPO_ROOT, full)}\0`).update(readFileSync(full));
    }
  };
  visit(WEB_DIR);
  visit(path.join(REPO_ROOT, 'packages/api-contract/src'));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the web application the API serves when its sources changed since the last build
 * (a fresh clone builds once, ≈ 5 s). Returns what it did.
 */
export function ensureWebBuild(): 'built' | 'up to date' {
  const fingerprint = webSourceFingerprint();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint) return 'up to date';
  // The web workspace's own Vite (npm may have installed it beside another version for vitest).
  const vite = path.join(
    path.dirname(createRequire(path.join(WEB_DIR, 'package.json')).resolve('vite/package.json')),
    'bin/vite.js',
  );
  // NODE_ENV decides which React Vite bundles: a test runner sets it to "test", which would ship
  // React's development build (double effects, so double reads in the audit trail).
  const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'production'], {
    cwd: WEB_DIR,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) {
    throw new CliError(`building the web application failed:\n${build.stdout}\n${build.stderr}`);
  }
  writeFileSync(STAMP, fingerprint);
  return 'built';
}
