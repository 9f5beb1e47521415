import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { actorOf } from '../actor.ts';

interface SearchQuery {
  q?: string;
  patient?: string;
  type?: string;
  limit?: string;
}

export function searchRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Querystring: SearchQuery }>('/v1/search', async (request, reply) => {
    const { q, patient, type } = request.query;
    const limit = Math.min(Math.max(Number(request.query.limit ?? 10) || 10, 1), 100);
    if (!q || q.trim() === '') return reply.code(400).send({ error: 'a search needs a query (q)' });
    const result = await context.documents.search({ query: q, patientMrn: patient, docType: type, limit });
    await context.audit.record({
      actor: actorOf(request),
      action: 'search',
      resource: patient ? `patient/${patient}` : 'documents',
      outcome: 'success',
      detail: {
        query: q,
        docType: type ?? null,
        hits: result.hits.map((hit) => `document/${hit.documentId}`),
      },
    });
    return result;
  });
}
