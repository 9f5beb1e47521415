import fs from 'node:fs';
import path from 'node:path';
import { composeStop, composeUp, dockerEngineAvailable } from './docker-mode.ts';
import { elasticsearchService } from './elasticsearch.ts';
import { resolveEndpoints } from './endpoints.ts';
import { displayUrl, ensureLocalService, startedByChartroom, type LocalService } from './local-service.ts';
import { withLock } from './lock.ts';
import { chooseMode } from './mode.ts';
import { currentInfraPaths, type InfraPaths } from './paths.ts';
import { managedPid, terminate, waitFor } from './process-control.ts';
import { probeElasticsearch, probeRedis, probeS3, type ProbeResult } from './probes.ts';
import { redisService } from './redis.ts';
import { DEFAULT_BUCKET, s3Service } from './s3-server.ts';
import type { Log, ServiceEndpoints, ServiceHealth, ServiceName, ServicesMode } from './types.ts';

export type { Log, S3Endpoint, ServiceEndpoints, ServiceHealth, ServiceName, ServicesMode } from './types.ts';
export { endpointsToEnv, resolveEndpoints } from './endpoints.ts';
export { chooseMode } from './mode.ts';
export { ES_VERSION } from './elasticsearch.ts';
// For the CLI, which runs the API and workers the same way infra runs services.
export { managedPid, spawnDetached, tailFile, terminate, waitFor, writePidFile } from './process-control.ts';

const quiet: Log = () => {};

// The docker probe costs up to 3 s, so the mode is decided once per process.
let modeDecision: Promise<ServicesMode> | undefined;
function servicesMode(): Promise<ServicesMode> {
  modeDecision ??= chooseMode(process.env, () => dockerEngineAvailable());
  return modeDecision;
}

/** What local mode uses: its defaults, honouring the CHARTROOM_* overrides. */
export function defaultEndpoints(): ServiceEndpoints {
  return resolveEndpoints('local', process.env);
}

function localServices(endpoints: ServiceEndpoints, paths: InfraPaths, log: Log): LocalService[] {
  const bucket = process.env.CHARTROOM_S3_BUCKET?.trim() || DEFAULT_BUCKET;
  return [
    redisService(endpoints.redisUrl, paths, log),
    elasticsearchService(endpoints.elasticsearchUrl, paths, log),
    s3Service(endpoints.s3.endpoint, paths, bucket),
  ];
}

/** Runs all three at once and reports every failure, not just the first. */
async function allOrReport(
  services: LocalService[],
  task: (s: LocalService) => Promise<unknown>,
): Promise<void> {
  const results = await Promise.allSettled(services.map(task));
  const failures = results.flatMap((r) =>
    r.status === 'rejected' ? [String((r.reason as Error).message)] : [],
  );
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
}

const PROBES: Record<ServiceName, (endpoint: string) => Promise<ProbeResult>> = {
  redis: (url) => probeRedis(url),
  elasticsearch: (url) => probeElasticsearch(url),
  s3: (url) => probeS3(url),
};

function endpointOf(name: ServiceName, endpoints: ServiceEndpoints): string {
  switch (name) {
    case 'redis':
      return endpoints.redisUrl;
    case 'elasticsearch':
      return endpoints.elasticsearchUrl;
    case 's3':
      return endpoints.s3.endpoint;
  }
}

/**
 * Makes Redis, Elasticsearch and S3 answer at their endpoints and returns those endpoints. Reuses what
 * already answers; in local mode starts what does not (detached, so the processes outlive the caller).
 * Idempotent: a second call only probes.
 */
export async function ensureServices(opts: { log?: Log } = {}): Promise<ServiceEndpoints> {
  const log = opts.log ?? quiet;
  const mode = await servicesMode();
  const endpoints = resolveEndpoints(mode, process.env);
  if (mode === 'docker') {
    await composeUp(log);
    const services = (['redis', 'elasticsearch', 's3'] as const).map((name) => ({
      name,
      url: endpointOf(name, endpoints),
    }));
    await Promise.all(
      services.map(async ({ name, url }) => {
        const healthy = await waitFor(async () => (await PROBES[name](url)).ok, {
          timeoutMs: 60_000,
          intervalMs: 500,
        });
        if (!healthy) throw new Error(`${name}: docker compose reports it up but ${url} does not answer`);
      }),
    );
    return endpoints;
  }
  const paths = currentInfraPaths();
  await withLock(
    lockFile(paths),
    () => allOrReport(localServices(endpoints, paths, log), (service) => ensureLocalService(service, log)),
    { timeoutMs: 600_000, log },
  );
  return endpoints;
}

/** Serialises starting and stopping across processes. */
function lockFile(paths: InfraPaths): string {
  return path.join(paths.runDir, 'services.lock');
}

/** Pid files chartroom wrote, for any port, with the marker their process's command line must contain. */
function chartroomPidFiles(paths: InfraPaths): { pidFile: string; marker: string }[] {
  const list = (dir: string, prefix: string, marker: string) => {
    let names: string[] = [];
    try {
      names = fs.readdirSync(dir);
    } catch {
      // nothing started yet
    }
    return names
      .filter((n) => n.startsWith(prefix) && n.endsWith('.pid'))
      .map((n) => ({ pidFile: path.join(dir, n), marker }));
  };
  return [
    ...list(paths.runDir, 'redis-', 'redis-server'),
    ...list(paths.runDir, 's3rver-', 's3rver'),
    ...list(paths.esRunDir, 'elasticsearch-', 'elasticsearch'),
  ];
}

/**
 * Stops only what chartroom started (the processes named in its pid files, on any port), never a
 * service it found already running; in docker mode also stops the compose project.
 */
export async function stopServices(opts: { log?: Log } = {}): Promise<void> {
  const log = opts.log ?? quiet;
  if ((await servicesMode()) === 'docker') await composeStop(log);
  const paths = currentInfraPaths();
  // Under the same lock as ensureServices, so a stop never cuts a start in progress in half.
  await withLock(lockFile(paths), () => stopChartroomProcesses(paths, log), { timeoutMs: 600_000, log });
}

async function stopChartroomProcesses(paths: InfraPaths, log: Log): Promise<void> {
  const running = chartroomPidFiles(paths).flatMap(({ pidFile, marker }) => {
    const pid = managedPid(pidFile, marker);
    return pid === undefined ? [] : [{ pidFile, pid }];
  });
  if (running.length === 0) log('nothing started by chartroom is running');
  await Promise.all(
    running.map(async ({ pidFile, pid }) => {
      const name = path.basename(pidFile, '.pid');
      log(`${name}: stopping pid ${pid}`);
      // Elasticsearch may take several seconds to close its shards cleanly.
      const how = await terminate(pid, 30_000);
      fs.rmSync(pidFile, { force: true });
      log(`${name}: ${how === 'killed' ? 'killed after not stopping in 30 s' : 'stopped'}`);
    }),
  );
}

/** Health of each service at the current endpoints, and who runs it. */
export async function servicesStatus(): Promise<ServiceHealth[]> {
  const mode = await servicesMode();
  const endpoints = resolveEndpoints(mode, process.env);
  const paths = currentInfraPaths();
  const local = new Map(localServices(endpoints, paths, quiet).map((s) => [s.name, s]));
  return Promise.all(
    (['redis', 'elasticsearch', 's3'] as const).map(async (name): Promise<ServiceHealth> => {
      const url = endpointOf(name, endpoints);
      const probe = await PROBES[name](url);
      const service = local.get(name);
      const managedBy =
        mode === 'docker' ? 'docker' : service && startedByChartroom(service) ? 'chartroom' : 'external';
      return { name, endpoint: displayUrl(new URL(url)), healthy: probe.ok, detail: probe.detail, managedBy };
    }),
  );
}
export { ensureChromium } from './chromium.ts';
