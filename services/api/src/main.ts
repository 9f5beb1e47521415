import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  matchOptionsFromConfig,
  UsersFile,
} from '@chartroom/adapters';
import { loadConfig } from '@chartroom/config';
import { createLogger, logProcessWarnings } from '@chartroom/logger';
import { CurrentModelCache, identifierPatterns } from '@chartroom/pipeline';
import { SessionStore } from './auth/sessions.ts';
import { SignInThrottle } from './auth/sign-in-throttle.ts';

import { buildApp } from './build-app.ts';
import { ReviewClaims } from './review/claims.ts';

const config = loadConfig();
const log = createLogger({ name: 'chartroom-api', level: config.CHARTROOM_LOG_LEVEL });
logProcessWarnings(log);

// Nobody signs in without a users file; refusing to start says so at once instead of at sign-in.
if (!config.CHARTROOM_USERS_FILE || !existsSync(config.CHARTROOM_USERS_FILE)) {
  log.fatal(
    { file: config.CHARTROOM_USERS_FILE ?? null },
    'CHARTROOM_USERS_FILE must name a users file; create one with: npx chartroom users add <name> --role clerk',
  );
  process.exit(1);
}
const users = new UsersFile(config.CHARTROOM_USERS_FILE);
users.all(); // a malformed file fails here, at start

const blobs = blobStoreFromConfig(config);
await blobs.ensureBucket();
const elastic = elasticFromConfig(config);
await ensureIndices(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
const redis = createRedis(config.CHARTROOM_REDIS_URL, 'producer');
const queues = new JobQueues(redis, config.CHARTROOM_QUEUE_PREFIX, config.CHARTROOM_JOB_ATTEMPTS);
const documents = new ElasticDocumentIndex(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
const patients = new ElasticPatientIndex(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
const types = documentTypesFromConfig(config);
const models = new CurrentModelCache(blobs);
const prefix = config.CHARTROOM_QUEUE_PREFIX;

const webDir =
  config.CHARTROOM_WEB_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const app = await buildApp(
  {
    log,
    blobs,
    documents,
    patients,
    types,
    audit: new AuditLog(blobs, elastic, config.CHARTROOM_ES_INDEX_PREFIX),
    queues,
    elastic,
    redis,
    users,
    sessions: new SessionStore(
      redis,
      prefix,
      config.CHARTROOM_SESSION_IDLE_MINUTES * 60_000,
      config.CHARTROOM_SESSION_MAX_HOURS * 3_600_000,
    ),
    signInThrottle: new SignInThrottle(redis, prefix),
    claims: new ReviewClaims(redis, prefix, config.CHARTROOM_CLAIM_LEASE_SECONDS * 1000),
    review: {
      blobs,
      patients,
      search: documents,
      types,
      patterns: identifierPatterns(config.CHARTROOM_MRN_PATTERN),
      match: matchOptionsFromConfig(config),
      classify: {
        types,
        model: () => models.get(),
        minConfidence: config.CHARTROOM_CLASSIFY_MIN_CONFIDENCE ?? null,
      },
      now: () => new Date(),
    },
  },
  {
    inboxWebhookToken: config.CHARTROOM_INBOX_WEBHOOK_TOKEN,
    webDir,
    cookieSecure: config.CHARTROOM_COOKIE_SECURE,
    sessionMaxHours: config.CHARTROOM_SESSION_MAX_HOURS,
    uploadMaxFileBytes: Math.min(config.CHARTROOM_MAX_FILE_BYTES, 256 * 1024 * 1024),
  },
);
await app.listen({ host: config.CHARTROOM_API_HOST, port: config.CHARTROOM_API_PORT });
log.info(
  {
    host: config.CHARTROOM_API_HOST,
    port: config.CHARTROOM_API_PORT,
    web: existsSync(path.join(webDir, 'index.html')),
  },
  'api listening',
);

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
