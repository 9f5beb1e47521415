import { loadConfig } from '@chartroom/config';
import { createLogger, logProcessWarnings } from '@chartroom/logger';
import { startWorker } from './start-worker.ts';

const config = loadConfig();
const log = createLogger({ name: 'chartroom-worker', level: config.CHARTROOM_LOG_LEVEL });
logProcessWarnings(log);
const worker = await startWorker(config, log);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  });
}
