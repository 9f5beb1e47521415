import type {
  ReviewAction,
  ReviewActionResult,
  ReviewItemDetail,
  ReviewQueue,
  ReviewSort,
} from '@chartroom/api-contract';
import { loadLatestFiling } from '@chartroom/pipeline';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { userOf } from '../auth/access.ts';
import { documentIdParam } from '../openapi.ts';
import { applyReviewAction, reviewActionSchema } from '../review/apply-review-action.ts';
import { reviewItemView } from '../views/review-item-view.ts';

interface QueueQuery {
  reason?: string;
  station?: string;
  batch?: string;
  sort?: ReviewSort;
  limit?: number;
}

const CLERKS = ['clerk'] as const;

/** The clerks' workbench: the queue, claims with a lease, the item, and the actions that resolve it. */
export function reviewRoutes(app: FastifyInstance, context: ApiContext): void {
  /** The first open item by priority that nobody else holds (and is not the one just left). */
  async function nextItem(username: string, after?: string): Promise<string | null> {
    const queue = await context.documents.reviewQueue({ sort: 'priority', limit: 200 });
    const claims = await context.claims.holdersOf(queue.items.map((item) => item.documentId));
    const free = queue.items.find(
      (item) =>
        item.documentId !== after &&
        (!claims.has(item.documentId) || claims.get(item.documentId)?.by === username),
    );
    return free?.documentId ?? null;
  }

  app.get<{ Querystring: QueueQuery }>(
    '/v1/review',
    {
      config: { access: CLERKS },
      schema: {
        summary:
          'Open review items: filtered, sorted (patient-safety reasons and the oldest first), counted per reason',
        tags: ['clerks'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            reason: { type: 'string', maxLength: 64 },
            station: { type: 'string', maxLength: 64 },
            batch: { type: 'string', maxLength: 200 },
            sort: { type: 'string', enum: ['priority', 'oldest', 'newest'], default: 'priority' },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 500 },
          },
        },
      },
    },
    async (request): Promise<ReviewQueue> => {
      const { reason, station, batch, sort = 'priority', limit = 500 } = request.query;
      const queue = await context.documents.reviewQueue({ reason, station, batch, sort, limit });
      const claims = await context.claims.holdersOf(queue.items.map((item) => item.documentId));
      await context.audit.record({
        actor: userOf(request).username,
        action: 'review.list',
        resource: 'review-queue',
        outcome: 'success',
        detail: {
          reason: reason ?? null,
          station: station ?? null,
          batch: batch ?? null,
          items: queue.items.map((item) => `document/${item.documentId}`),
        },
      });
      return {
        ...queue,
        items: queue.items.map((item) => ({ ...item, claim: claims.get(item.documentId) ?? null })),
      };
    },
  );

  app.get<{ Querystring: { after?: string } }>(
    '/v1/review/next',
    {
      config: { access: CLERKS },
      schema: {
        summary: 'The next item to work on: the first by priority that no other clerk holds',
        tags: ['clerks'],
        querystring: { type: 'object', properties: { after: { type: 'string', maxLength: 200 } } },
      },
    },
    async (request) => ({ documentId: await nextItem(userOf(request).username, request.query.after) }),
  );

  app.get<{ Params: { documentId: string } }>(
    '/v1/review/:documentId',
    {
      config: { access: CLERKS },
      schema: {
        summary: 'One review item: pages, identifiers where read, candidates field by field, reasons',
        tags: ['clerks'],
        params: documentIdParam,
      },
    },
    async (request, reply): Promise<ReviewItemDetail | undefined> => {
      const filing = await loadLatestFiling(context.blobs, request.params.documentId);
      if (!filing)
        return reply.code(404).send({ error: `document/${request.params.documentId} is not known` });
      const view = await reviewItemView(filing, await context.claims.holderOf(filing.documentId), context);
      await context.audit.record({
        actor: userOf(request).username,
        action: 'review.item',
        resource: `document/${filing.documentId}`,
        outcome: 'success',
        detail: {
          filingVersion: filing.version,
          candidates: view.candidates.map((candidate) => `patient/${candidate.patient.mrn}`),
        },
      });
      return view;
    },
  );

  app.post<{ Params: { documentId: string } }>(
    '/v1/review/:documentId/claim',
    {
      config: { access: CLERKS },
      schema: {
        summary: 'Claim (or renew the claim on) a review item; 409 when another clerk holds it',
        tags: ['clerks'],
        params: documentIdParam,
      },
    },
    async (request, reply) => {
      const { ok, claim } = await context.claims.claim(request.params.documentId, userOf(request).username);
      if (!ok)
        return reply.code(409).send({ error: `claimed by ${claim.by} until ${claim.expiresAt}`, claim });
      return claim;
    },
  );

  app.delete<{ Params: { documentId: string } }>(
    '/v1/review/:documentId/claim',
    {
      config: { access: CLERKS },
      schema: { summary: 'Give a claimed item back to the queue', tags: ['clerks'], params: documentIdParam },
    },
    async (request, reply) => {
      await context.claims.release(request.params.documentId, userOf(request).username);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { documentId: string }; Body: ReviewAction }>(
    '/v1/review/:documentId/actions',
    {
      config: { access: CLERKS },
      schema: {
        summary:
          'Act on a claimed item: assign a patient (two identifiers confirmed), set the type, split, merge, move or blank a page, send for rescan',
        tags: ['clerks'],
        params: documentIdParam,
        body: reviewActionSchema,
      },
    },
    async (request, reply): Promise<ReviewActionResult | undefined> => {
      const { documentId } = request.params;
      const actor = userOf(request).username;
      const claim = await context.claims.holderOf(documentId);
      if (claim?.by !== actor) {
        return reply.code(409).send({
          error: claim
            ? `claimed by ${claim.by}; you cannot act on it`
            : 'claim the item before acting on it',
        });
      }
      const { filing, related } = await applyReviewAction(documentId, request.body, actor, context.review);
      await context.audit.record({
        actor,
        action: `review.${request.body.action}`,
        resource: `document/${documentId}`,
        outcome: 'success',
        detail: { ...request.body, status: filing.status, filingVersion: filing.version, related },
      });
      const resolved = filing.status !== 'review';
      if (resolved) await context.claims.clear(documentId);
      return {
        documentId,
        status: filing.status,
        filingVersion: filing.version,
        relatedDocumentIds: related,
        next: resolved ? await nextItem(actor, documentId) : null,
      };
    },
  );
}
