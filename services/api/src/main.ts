import {
  AuditLog,
  blobStoreFromConfig,
  createRedis,
  documentTypesFromConfig,
  ElasticDocumentIndex,
  ElasticPatientIndex,
  elasticFromConfig,
  ensureIndices,
  JobQueues,
} from '@chartroom/adapters';
import { loadConfig } from '@chartroom/config';
import { createLogger, logProcessWarnings } from '@chartroom/logger';
import { buildApp } from './build-app.ts';

const config = loadConfig();
const log = createLogger({ name: 'chartroom-api', level: config.CHARTROOM_LOG_LEVEL });
logProcessWarnings(log);

const blobs = blobStoreFromConfig(config);
await blobs.ensureBucket();
const elastic = elasticFromConfig(config);
await ensureIndices(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
const redis = createRedis(config.CHARTROOM_REDIS_URL, 'producer');
const queues = new JobQueues(redis, config.CHARTROOM_QUEUE_PREFIX, config.CHARTROOM_JOB_ATTEMPTS);

const app = buildApp(
  {
    log,
    blobs,
    documents: new ElasticDocumentIndex(elastic, config.CHARTROOM_ES_INDEX_PREFIX),
    patients: new ElasticPatientIndex(elastic, config.CHARTROOM_ES_INDEX_PREFIX),
    types: documentTypesFromConfig(config),
    audit: new AuditLog(blobs, elastic, config.CHARTROOM_ES_INDEX_PREFIX),
    queues,
    elastic,
    redis,
  },
  { inboxWebhookToken: config.CHARTROOM_INBOX_WEBHOOK_TOKEN },
);
await app.listen({ host: config.CHARTROOM_API_HOST, port: config.CHARTROOM_API_PORT });
log.info({ host: config.CHARTROOM_API_HOST, port: config.CHARTROOM_API_PORT }, 'api listening');

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'stopping');
    void (async () => {
      await app.close();
      await queues.close();
      await elastic.close();
      blobs.client.destroy();
      redis.disconnect();
      process.exit(0);
    })();
  });
}
