import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@chartroom/config';
import { patientsCsv, writeSampleBatch } from '@chartroom/samples';
import { ensureDemoUsers } from '../demo-users.ts';
import { cliConfig } from '../environment.ts';
import { STATE_DIR } from '../paths.ts';
import { dropCommand, formatDropSummary } from './drop.command.ts';
import { patientsImportCommand } from './patients-import.command.ts';
import { formatSearch, searchCommand } from './search.command.ts';
import { upCommand } from './up.command.ts';

/**
 * The whole journey on generated data: services up, a patient index imported, a station's batch
 * dropped and waited for, and a full-text search over what was filed.
 */
export async function demoCommand(
  log: (line: string) => void,
  progress: NodeJS.WriteStream | null,
): Promise<void> {
  log('== 1. bringing up Chartroom');
  await upCommand({ workers: 1, log });
  const config = cliConfig();

  log('\n== 2. generating a sample batch and patient index (synthetic people, nothing real)');
  const dir = path.join(STATE_DIR, 'demo', `batch-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const sample = await writeSampleBatch(dir);
  const patientsFile = path.join(STATE_DIR, 'demo', 'patients.csv');
  writeFileSync(patientsFile, patientsCsv(sample.patients));
  for (const file of sample.files)
    log(`  ${file.name}: ${file.pages} page(s), expected to end as ${file.expect}`);

  log('\n== 3. importing the patient index');
  const report = await patientsImportCommand(patientsFile, config);
  log(
    `  ${report.imported} patients (${report.created} new, ${report.updated} updated) from ${patientsFile}`,
  );

  log('\n== 4. dropping the batch as scanning station "demo-station" and waiting for it');
  const started = Date.now();
  const { summary } = await dropCommand(
    [dir],
    { station: 'demo-station', wait: true, timeoutSeconds: 1800, progress },
    config,
  );
  if (!summary) throw new Error('the batch did not complete');
  const seconds = (Date.now() - started) / 1000;
  log(formatDropSummary(summary));
  log(
    `  ${summary.pages} pages in ${seconds.toFixed(1)} s (${(seconds / Math.max(summary.pages, 1)).toFixed(2)} s/page, drop to searchable)`,
  );

  const phrase = sample.phrases[0]?.phrase ?? 'discharge';
  log(`\n== 5. searching for "${phrase}"`);
  log(
    formatSearch(await searchCommand(phrase, { limit: 5 }, loadConfig({ ...process.env, ...envOf(config) }))),
  );

  const users = await ensureDemoUsers();
  log(`\n== The web application: ${config.CHARTROOM_API_URL}/`);
  log('  sign in as (demo users, one per role; passwords made up for this machine):');
  for (const user of users)
    log(`    ${user.username.padEnd(10)} ${user.password}   ${user.roles.join(', ')}: ${user.displayName}`);
  log(
    '  clerks resolve the review queue; clinicians find a patient and search their chart; admins read the audit trail',
  );

  log('\n== Chartroom is running. Try:');
  log(`  npx chartroom search "warfarin bridging"`);
  log('  npx chartroom review list');
  log('  npx chartroom status');
  log(`  npx chartroom drop ${dir} --station ward-3 --wait`);
  log('Stop everything with: npx chartroom down');
}

function envOf(config: ReturnType<typeof cliConfig>): Record<string, string> {
  return { CHARTROOM_API_URL: config.CHARTROOM_API_URL };
}
