// chartroom's service control: `tsx infra/src/main.ts up|down|status`.
import { endpointsToEnv, ensureServices, servicesStatus, stopServices, type ServiceHealth } from './index.ts';

const log = (line: string) => console.error(line);

function table(rows: ServiceHealth[]): string {
  const cells = [
    ['SERVICE', 'HEALTHY', 'MANAGED BY', 'ENDPOINT', 'DETAIL'],
    ...rows.map((r) => [r.name, r.healthy ? 'yes' : 'NO', r.managedBy, r.endpoint, r.detail]),
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(command: string): Promise<number> {
  switch (command) {
    case 'up': {
      const started = Date.now();
      const endpoints = await ensureServices({ log });
      log(`services ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${endpoints.mode} mode)`);
      // stdout carries only KEY=value lines, so `eval "$(chartroom up)"`-style use works.
      for (const [key, value] of Object.entries(endpointsToEnv(endpoints))) console.log(`${key}=${value}`);
      return 0;
    }
    case 'down':
      await stopServices({ log });
      return 0;
    case 'status': {
      const health = await servicesStatus();
      console.log(table(health));
      return health.every((h) => h.healthy) ? 0 : 1;
    }
    default:
      console.error('usage: chartroom-infra up|down|status');
      return 1;
  }
}

main(process.argv[2] ?? '').then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
