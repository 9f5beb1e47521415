// globalSetup of the integration and e2e projects: bring up Redis, Elasticsearch and S3 (reusing any
// already running) and point every test at them through the CHARTROOM_* variables.
import { endpointsToEnv, ensureServices } from '../infra/src/index.ts';

export default async function setup(): Promise<void> {
  const started = Date.now();
  const endpoints = await ensureServices({ log: (line) => console.log(`[services] ${line}`) });
  Object.assign(process.env, endpointsToEnv(endpoints));
  console.log(`[services] ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${endpoints.mode} mode)`);
}
