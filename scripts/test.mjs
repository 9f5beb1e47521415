// `npm test`: installs dependencies if needed, then runs unit, integration and end-to-end tests.
// The integration and e2e projects bring up Redis, S3 and Elasticsearch themselves (globalSetup).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, repoRoot } from './ensure-dependencies.mjs';

ensureDependencies();
const artifacts = path.join(repoRoot, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });
const report = path.join(artifacts, 'vitest-report.json');
const started = Date.now();
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: repoRoot, stdio: 'inherit' },
);
// A plain closing line that any CI reads: "tests: N passed, N failed, N skipped".
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  console.log(`npm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`);
}
process.exit(run.status ?? 1);
