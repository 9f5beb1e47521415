import { randomBytes } from 'node:crypto';
import { createRedis, JobQueues } from '@chartroom/adapters';
import { loadConfig } from '@chartroom/config';
import { QUEUES } from '@chartroom/jobs';
import { createLogger } from '@chartroom/logger';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from './app-context.ts';
import { buildApp } from './build-app.ts';

// POST /v1/inbox/events on real Redis: a MinIO-style event enqueues intake; a wrong token does not.
describe('S3 event notifications', () => {
  const token = randomBytes(16).toString('hex');
  let redis: Redis;
  let queues: JobQueues;

  beforeAll(() => {
    redis = createRedis(loadConfig().CHARTROOM_REDIS_URL, 'producer');
    queues = new JobQueues(redis, `it-${randomBytes(4).toString('hex')}`, 3);
  });

  afterAll(async () => {
    for (const queue of queues.queues.values()) await queue.obliterate({ force: true });
    await queues.close();
    redis.disconnect();
  });

  it('starts intake for each completed batch named in the event', async () => {
    const context = { queues, log: createLogger({ name: 'test', level: 'silent' }) } as unknown as ApiContext;
    const app = buildApp(context, { inboxWebhookToken: token });
    const payload = { Records: [{ s3: { object: { key: 'inbox/ward-3/b42/batch.complete' } } }] };

    const refused = await app.inject({
      method: 'POST',
      url: '/v1/inbox/events',
      payload,
      headers: { authorization: 'Bearer nope' },
    });
    expect(refused.statusCode).toBe(401);

    const accepted = await app.inject({
      method: 'POST',
      url: '/v1/inbox/events',
      payload,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(accepted.json()).toEqual({ accepted: 1 });
    const job = await queues.queue(QUEUES.intake).getJob('BatchIntake-ward-3_b42');
    expect(job?.data).toEqual({ station: 'ward-3', batchName: 'b42' });
    await app.close();
  });

  it('does not exist unless a token is configured', async () => {
    const app = buildApp({
      queues,
      log: createLogger({ name: 'test', level: 'silent' }),
    } as unknown as ApiContext);
    expect((await app.inject({ method: 'POST', url: '/v1/inbox/events', payload: {} })).statusCode).toBe(404);
    await app.close();
  });
});
