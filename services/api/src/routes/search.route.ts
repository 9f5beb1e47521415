import type { SearchHitView, SearchResponse } from '@chartroom/api-contract';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { deny, userOf } from '../auth/access.ts';
import { isoDate } from '../openapi.ts';
import { patientViewsOf } from '../views/patient-view.ts';

interface SearchQuery {
  q: string;
  patient?: string;
  type?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/**
 * Full-text search of filed documents: abbreviations match their expansions, OCR slips are
 * tolerated, hits name their matching pages. Across patients only for users allowed to.
 */
export function searchRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Querystring: SearchQuery }>(
    '/v1/search',
    {
      config: { access: ['clinician'] },
      schema: {
        summary: 'Search filed documents, within a patient or (if allowed) across patients',
        tags: ['clinicians'],
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 500 },
            patient: { type: 'string', maxLength: 32, description: 'MRN' },
            type: { type: 'string', maxLength: 64 },
            from: isoDate,
            to: isoDate,
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
          },
        },
      },
    },
    async (request, reply): Promise<SearchResponse> => {
      const { q, patient, type, from, to } = request.query;
      const user = userOf(request);
      if (!patient && !user.crossPatientSearch) {
        return deny(request, reply, context.audit, 'searching across patients; choose a patient first');
      }
      if (q.trim() === '') return reply.code(400).send({ error: 'a search needs a query (q)' });
      const result = await context.documents.search({
        query: q,
        patientMrn: patient,
        docType: type,
        from,
        to,
        limit: request.query.limit ?? 10,
      });
      const patients = await patientViewsOf(
        result.hits.map((hit) => hit.patientMrn),
        context.patients,
      );
      await context.audit.record({
        actor: user.username,
        action: 'search',
        resource: patient ? `patient/${patient}` : 'documents',
        outcome: 'success',
        detail: {
          query: q,
          docType: type ?? null,
          from: from ?? null,
          to: to ?? null,
          hits: result.hits.map((hit) => `document/${hit.documentId}`),
        },
      });
      return {
        total: result.total,
        hits: result.hits.map((hit): SearchHitView => ({
          documentId: hit.documentId,
          patientMrn: hit.patientMrn,
          patient: patients.get(hit.patientMrn ?? '') ?? null,
          docType: hit.docType,
          docTypeDisplay: hit.docType ? (context.types.find(hit.docType)?.display ?? hit.docType) : null,
          loinc: hit.loinc,
          documentDate: hit.documentDate,
          author: hit.author,
          page: hit.page,
          pages: hit.pages,
          score: hit.score,
          highlight: hit.highlight,
          fragments: hit.fragments,
        })),
      };
    },
  );
}
