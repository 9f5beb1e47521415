import { randomBytes } from 'node:crypto';
import { QUEUES } from '@chartroom/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedApiContext } from '../../../test/support/api-context.ts';
import { buildApp } from './build-app.ts';

// POST /v1/inbox/events on real Redis: a MinIO-style event enqueues intake; a wrong token does not.
describe('S3 event notifications', () => {
  const token = randomBytes(16).toString('hex');
  let api: Awaited<ReturnType<typeof isolatedApiContext>>;

  beforeAll(async () => {
    api = await isolatedApiContext();
  });

  afterAll(async () => {
    for (const queue of api.context.queues.queues.values()) await queue.obliterate({ force: true });
    await api.close();
  });

  it('starts intake for each completed batch named in the event', async () => {
    const app = await buildApp(api.context, { inboxWebhookToken: token, webDir: null });
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
    const job = await api.context.queues.queue(QUEUES.intake).getJob('BatchIntake-ward-3_b42');
    expect(job?.data).toEqual({ station: 'ward-3', batchName: 'b42' });
    await app.close();
  });

  it('does not exist unless a token is configured', async () => {
    const app = await buildApp(api.context, { webDir: null });
    expect((await app.inject({ method: 'POST', url: '/v1/inbox/events', payload: {} })).statusCode).toBe(404);
    await app.close();
  });
});
