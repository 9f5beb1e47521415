import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AuditLog,
  blobStoreFromConfig,
  createRedis,
  ElasticDocumentIndex,
  ElasticPatientIndex,
  elasticFromConfig,
  ensureIndices,
  hashPassword,
  JobQueues,
  matchOptionsFromConfig,
  UsersFile,
} from '@chartroom/adapters';
import type { Role } from '@chartroom/api-contract';
import { loadConfig } from '@chartroom/config';
import { DocumentTypes } from '@chartroom/domain';
import { createLogger } from '@chartroom/logger';
import { identifierPatterns } from '@chartroom/pipeline';
import type { ApiContext } from '../../services/api/src/app-context.ts';
import { SessionStore } from '../../services/api/src/auth/sessions.ts';
import { SignInThrottle } from '../../services/api/src/auth/sign-in-throttle.ts';
import { ReviewClaims } from '../../services/api/src/review/claims.ts';

/**
 * A real API context for integration tests: the shared Redis, S3 and Elasticsearch, under a
 * namespace of its own (bucket, index and key prefixes), with a users file of its own.
 */
export async function isolatedApiContext(options: { claimLeaseMs?: number } = {}) {
  const namespace = `api-${randomBytes(3).toString('hex')}`;
  const config = loadConfig({
    ...process.env,
    CHARTROOM_S3_BUCKET: `chartroom-${namespace}`,
    CHARTROOM_ES_INDEX_PREFIX: namespace,
    CHARTROOM_QUEUE_PREFIX: namespace,
  });
  const usersPath = path.join(mkdtempSync(path.join(tmpdir(), 'chartroom-users-')), 'users.json');
  writeFileSync(usersPath, JSON.stringify({ version: 1, users: [] }));
  const users = new UsersFile(usersPath);
  const blobs = blobStoreFromConfig(config);
  await blobs.ensureBucket();
  const elastic = elasticFromConfig(config);
  await ensureIndices(elastic, namespace);
  const redis = createRedis(config.CHARTROOM_REDIS_URL, 'producer');
  // A producer connection does not queue commands while connecting: wait until it is ready.
  if (redis.status !== 'ready') await once(redis, 'ready');
  const documents = new ElasticDocumentIndex(elastic, namespace);
  const patients = new ElasticPatientIndex(elastic, namespace);
  const types = new DocumentTypes();
  const context: ApiContext = {
    log: createLogger({ name: 'test-api', level: 'silent' }),
    blobs,
    documents,
    patients,
    types,
    audit: new AuditLog(blobs, elastic, namespace),
    queues: new JobQueues(redis, namespace, 3),
    elastic,
    redis,
    users,
    sessions: new SessionStore(redis, namespace, 30 * 60_000, 12 * 3_600_000),
    signInThrottle: new SignInThrottle(redis, namespace),
    claims: new ReviewClaims(redis, namespace, options.claimLeaseMs ?? 300_000),
    review: {
      blobs,
      patients,
      search: documents,
      types,
      patterns: identifierPatterns(config.CHARTROOM_MRN_PATTERN),
      match: matchOptionsFromConfig(config),
      classify: { types, model: () => Promise.resolve(null), minConfidence: null },
      now: () => new Date(),
    },
  };

  return {
    context,
    namespace,
    async addUser(username: string, roles: Role[], password: string, crossPatientSearch = false) {
      users.save({
        username,
        displayName: username,
        roles,
        crossPatientSearch,
        passwordHash: await hashPassword(password),
        apiTokenHashes: [],
        disabled: false,
      });
    },
    async close() {
      await elastic.indices.delete({ index: `${namespace}-*` }).catch(() => undefined);
      const keys = await redis.keys(`${namespace}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await context.queues.close();
      await elastic.close();
      blobs.client.destroy();
      redis.disconnect();
    },
  };
}
