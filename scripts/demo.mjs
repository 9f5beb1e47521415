// `npm run demo`: installs dependencies if needed, then runs `chartroom demo`, which brings up
// everything, imports a sample patient index, drops a generated batch and searches it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureDependencies, repoRoot } from './ensure-dependencies.mjs';

ensureDependencies();
const run = spawnSync(process.execPath, [path.join(repoRoot, 'services/cli/bin/chartroom.js'), 'demo'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
