import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { actorOf } from '../actor.ts';

export function reviewRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get('/v1/review', async (request) => {
    const items = await context.documents.openReviewItems();
    await context.audit.record({
      actor: actorOf(request),
      action: 'review.list',
      resource: 'review-queue',
      outcome: 'success',
      detail: { items: items.map((item) => `document/${item.documentId}`) },
    });
    return { items };
  });
}
