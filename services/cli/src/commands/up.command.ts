import { mkdirSync, writeFileSync } from 'node:fs';
import { endpointsToEnv, ensureServices } from '@chartroom/infra';
import { loadConfig } from '@chartroom/config';
import { CliError } from '../cli-error.ts';
import { appProcesses, logFileOf, startAppProcess } from '../app-processes.ts';
import { ensureCliAccount, USERS_FILE, usersFile } from '../local-accounts.ts';
import { ENV_FILE, STATE_DIR } from '../paths.ts';
import { ensureWebBuild } from '../web-build.ts';

/**
 * Brings up everything, idempotently: Redis, S3 and Elasticsearch (reused when they already
 * answer), then the API and the workers. Leaves them running.
 */
export async function upCommand(options: { workers: number; log: (line: string) => void }): Promise<void> {
  const { log } = options;
  log(
    'services: checking Redis, S3 and Elasticsearch (first start downloads Elasticsearch from Maven Central)',
  );
  const endpoints = await ensureServices({ log: (line) => log(`  ${line}`) });
  const endpointEnv = { ...endpointsToEnv(endpoints), CHARTROOM_USERS_FILE: USERS_FILE };
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(ENV_FILE, `${JSON.stringify(endpointEnv, null, 2)}\n`);
  log(`services: ready (${endpoints.mode} mode)`);
  ensureCliAccount(usersFile());
  log(`users: ${USERS_FILE} (add people with: npx chartroom users add <name> --role clerk)`);
  log(`web application: ${ensureWebBuild()}`);

  for (const app of appProcesses(options.workers, endpointEnv)) {
    const { pid, started } = await startAppProcess(app);
    const what = started === 'now' ? 'started' : started;
    log(`${app.name}: ${what} (pid ${pid}, log ${logFileOf(app.name)})`);
  }
  const config = loadConfig({ ...endpointEnv, ...process.env });
  await waitForApi(config.CHARTROOM_API_URL);
  log(`api: healthy at ${config.CHARTROOM_API_URL}`);
}

async function waitForApi(apiUrl: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(new URL('/healthz', apiUrl), { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new CliError(`the API did not become healthy at ${apiUrl} (${last}); see ${logFileOf('api')}`);
}
