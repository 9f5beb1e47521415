import { timingSafeEqual } from 'node:crypto';
import { readyBatchesFromS3Event } from '@chartroom/pipeline';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';

/**
 * S3 event notifications (MinIO webhook, or AWS via SNS HTTPS): a completion marker landing
 * starts intake at once instead of at the next inbox scan. The scan still runs, so a lost event
 * only delays a batch. Enabled by CHARTROOM_INBOX_WEBHOOK_TOKEN.
 */
export function inboxEventRoutes(app: FastifyInstance, context: ApiContext, token: string | undefined): void {
  if (!token) return;
  const expected = Buffer.from(`Bearer ${token}`);
  app.post(
    '/v1/inbox/events',
    {
      // Not a user route: S3 authenticates with its own bearer token, checked below.
      config: { access: 'public' },
      schema: { summary: 'S3 event notifications (MinIO webhook / SNS)', tags: ['batches'] },
    },
    async (request, reply) => {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply.code(401).send({ error: 'missing or wrong bearer token' });
      }
      const ready = readyBatchesFromS3Event(request.body);
      await context.queues.enqueue(ready.map((batch) => ({ name: 'BatchIntake' as const, data: batch })));
      context.log.info({ batches: ready.length }, 'inbox event');
      return { accepted: ready.length };
    },
  );
}
