import { servicesStatus } from '@chartroom/infra';
import type { Config } from '@chartroom/config';
import { appProcesses, runningPid } from '../app-processes.ts';

export interface StatusRow {
  name: string;
  endpoint: string;
  healthy: boolean;
  detail: string;
}

/** Each service and program with its endpoint and health; healthy means all of them are. */
export async function statusCommand(config: Config): Promise<{ rows: StatusRow[]; healthy: boolean }> {
  const rows: StatusRow[] = (await servicesStatus()).map((service) => ({
    name: service.name,
    endpoint: service.endpoint,
    healthy: service.healthy,
    detail: `${service.detail} (${service.managedBy})`,
  }));
  let apiDetail = 'not running';
  let apiHealthy = false;
  try {
    const response = await fetch(new URL('/healthz', config.CHARTROOM_API_URL), {
      signal: AbortSignal.timeout(5_000),
    });
    apiHealthy = response.ok;
    apiDetail = response.ok ? 'healthy' : `HTTP ${response.status}`;
  } catch {
    // not reachable: reported as not running
  }
  rows.push({ name: 'api', endpoint: config.CHARTROOM_API_URL, healthy: apiHealthy, detail: apiDetail });
  for (const app of appProcesses(8, {}).filter((candidate) => candidate.name.startsWith('worker-'))) {
    const pid = runningPid(app.name, app.entry);
    if (pid !== undefined)
      rows.push({ name: app.name, endpoint: `pid ${pid}`, healthy: true, detail: 'running' });
  }
  if (!rows.some((row) => row.name.startsWith('worker-'))) {
    rows.push({
      name: 'worker',
      endpoint: '-',
      healthy: false,
      detail: 'no worker process started by this checkout',
    });
  }
  return { rows, healthy: rows.every((row) => row.healthy) };
}
