import { bindAddress, isLocalHost, urlPort } from './endpoints.ts';
import { managedPid, tailFile, waitFor } from './process-control.ts';
import { portAcceptsConnections, type ProbeResult } from './probes.ts';
import type { Log, ServiceName } from './types.ts';

/** What chartroom needs to know to reuse, start or stop one backing service on this machine. */
export interface LocalService {
  name: ServiceName;
  url: URL;
  probe: () => Promise<ProbeResult>;
  /** Pid file of the process chartroom started (written by us or by the service itself). */
  pidFile: string;
  /** A substring of that process's command line, so a recycled pid is not taken for ours. */
  marker: string;
  /** The log to read when it does not come up. */
  logFile: string;
  startTimeoutMs: number;
  /** Starts the process; the returned function says why startup failed, once it is known to have. */
  start: () => Promise<() => string | undefined>;
}

export function startedByChartroom(service: Pick<LocalService, 'pidFile' | 'marker'>): boolean {
  return managedPid(service.pidFile, service.marker) !== undefined;
}

/** A URL for display: password redacted, no trailing slash on a bare host. */
export function displayUrl(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  return copy.pathname === '/' && !copy.search ? copy.href.slice(0, -1) : copy.href;
}

function notHealthyError(service: LocalService, what: string): Error {
  const tail = tailFile(service.logFile);
  const pointer = tail ? `\nSee ${service.logFile}, which ends with:\n${tail}` : '';
  return new Error(`${service.name}: ${what}${pointer}`);
}

async function waitHealthy(
  service: LocalService,
  abortReason: () => string | undefined = () => undefined,
): Promise<ProbeResult> {
  let last: ProbeResult = { ok: false, detail: 'not probed yet' };
  const healthy = await waitFor(
    async () => {
      last = await service.probe();
      return last.ok;
    },
    { timeoutMs: service.startTimeoutMs, intervalMs: 500, abortReason },
  );
  if (!healthy) {
    throw notHealthyError(
      service,
      `not healthy after ${service.startTimeoutMs / 1000} s (last probe: ${last.detail})`,
    );
  }
  return last;
}

/**
 * Reuses the service when it already answers at its endpoint, waits for it when chartroom started it
 * and it is still coming up, and otherwise starts it, unless the endpoint is remote or its port is
 * taken by something else.
 */
export async function ensureLocalService(service: LocalService, log: Log): Promise<'reused' | 'started'> {
  const shown = displayUrl(service.url);
  const first = await service.probe();
  if (first.ok) {
    const owner = startedByChartroom(service) ? 'started earlier by chartroom' : 'external';
    log(`${service.name}: reusing ${shown} (${owner}; ${first.detail})`);
    return 'reused';
  }
  if (startedByChartroom(service)) {
    log(`${service.name}: chartroom's process is running but not healthy yet; waiting`);
    await waitHealthy(service);
    return 'reused';
  }
  if (!isLocalHost(service.url)) {
    throw new Error(
      `${service.name}: ${shown} does not answer (${first.detail}); chartroom only starts services on this machine`,
    );
  }
  if (await portAcceptsConnections(bindAddress(service.url), urlPort(service.url))) {
    throw new Error(
      `${service.name}: port ${urlPort(service.url)} is taken by something that does not answer as ${service.name} ` +
        `(${first.detail}); stop it or point the endpoint elsewhere`,
    );
  }
  log(`${service.name}: starting on ${shown} (log: ${service.logFile})`);
  const startedAt = Date.now();
  const failure = await service.start();
  const result = await waitHealthy(service, () => {
    const reason = failure();
    return reason ? notHealthyError(service, `failed to start: ${reason}`).message : undefined;
  });
  log(`${service.name}: healthy after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (${result.detail})`);
  return 'started';
}
