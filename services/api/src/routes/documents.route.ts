import type {
  DocumentView,
  PageHighlights,
  RefileRequest,
  ReviewActionResult,
} from '@chartroom/api-contract';
import { documentKeys, type DocumentFiling } from '@chartroom/domain';
import { loadLatestFiling, queryWordHighlights, refileDocument } from '@chartroom/pipeline';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { deny, userOf } from '../auth/access.ts';
import { documentIdParam } from '../openapi.ts';
import { documentView } from '../views/document-view.ts';
import { pageFactsOf, pageImageOf } from '../views/page-image.ts';

const pageParams = {
  type: 'object',
  required: ['documentId', 'page'],
  properties: { ...documentIdParam.properties, page: { type: 'integer', minimum: 1 } },
} as const;

const READERS = ['clerk', 'clinician'] as const;

/** Reading a document: its record, page images, highlights of search terms, the searchable PDF. */
export function documentRoutes(app: FastifyInstance, context: ApiContext): void {
  /** The latest filing, if this user may read it: clinicians read filed documents only. */
  async function readable(
    request: FastifyRequest,
    reply: FastifyReply,
    documentId: string,
  ): Promise<DocumentFiling | null> {
    const filing = await loadLatestFiling(context.blobs, documentId);
    if (!filing) {
      await reply.code(404).send({ error: `document/${documentId} is not known` });
      return null;
    }
    if (filing.status !== 'filed' && !userOf(request).roles.includes('clerk')) {
      await deny(request, reply, context.audit, 'this document is not filed to a patient yet');
      return null;
    }
    return filing;
  }

  const audit = (request: FastifyRequest, action: string, filing: DocumentFiling, detail: object = {}) =>
    context.audit.record({
      actor: userOf(request).username,
      action,
      resource: `document/${filing.documentId}`,
      outcome: 'success',
      detail: { patient: filing.patientMrn, filingVersion: filing.version, ...detail },
    });

  app.get<{ Params: { documentId: string } }>(
    '/v1/documents/:documentId',
    {
      config: { access: READERS },
      schema: {
        summary: 'A document: patient, type, date, author, pages, filing history',
        tags: ['documents'],
        params: documentIdParam,
      },
    },
    async (request, reply): Promise<DocumentView | undefined> => {
      const filing = await readable(request, reply, request.params.documentId);
      if (!filing) return;
      const view = await documentView(filing, context);
      await audit(request, 'document.view', filing);
      return view;
    },
  );

  app.get<{ Params: { documentId: string; page: number } }>(
    '/v1/documents/:documentId/pages/:page/image',
    {
      config: { access: READERS },
      schema: { summary: 'One page image (PNG), as OCR read it', tags: ['documents'], params: pageParams },
    },
    async (request, reply) => {
      const filing = await readable(request, reply, request.params.documentId);
      if (!filing) return;
      const image = await pageImageOf(context.blobs, filing, request.params.page);
      if (!image) return reply.code(404).send({ error: `the document has no page ${request.params.page}` });
      await audit(request, 'document.page-image', filing, { page: request.params.page });
      return reply.type('image/png').header('cache-control', 'private, no-store').send(image);
    },
  );

  app.get<{ Params: { documentId: string; page: number }; Querystring: { q?: string } }>(
    '/v1/documents/:documentId/pages/:page/highlights',
    {
      config: { access: READERS },
      schema: {
        summary: 'Where the search terms are on a page (word boxes in image pixels)',
        tags: ['documents'],
        params: pageParams,
        querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 500 } } },
      },
    },
    async (request, reply): Promise<PageHighlights | undefined> => {
      const filing = await readable(request, reply, request.params.documentId);
      if (!filing) return;
      const ref = filing.pages[request.params.page - 1];
      if (!ref) return reply.code(404).send({ error: `the document has no page ${request.params.page}` });
      const [facts] = await pageFactsOf(context.blobs, { ...filing, pages: [ref] });
      const text = facts?.text ?? null;
      const query = request.query.q?.trim() ?? '';
      await audit(request, 'document.page-highlights', filing, { page: request.params.page, query });
      return {
        page: request.params.page,
        width: facts?.width ?? 0,
        height: facts?.height ?? 0,
        highlights: text && query ? queryWordHighlights(text.words, query) : [],
      };
    },
  );

  app.get<{ Params: { documentId: string } }>(
    '/v1/documents/:documentId/searchable.pdf',
    {
      config: { access: READERS },
      schema: {
        summary: 'The searchable PDF (page images with their text)',
        tags: ['documents'],
        params: documentIdParam,
      },
    },
    async (request, reply) => {
      const filing = await readable(request, reply, request.params.documentId);
      if (!filing) return;
      const pdf = await context.blobs.getIfExists(documentKeys.searchablePdf(filing.documentId));
      if (!pdf) return reply.code(404).send({ error: 'the searchable PDF is not made yet' });
      await audit(request, 'document.download', filing);
      return reply
        .type('application/pdf')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${filing.documentId}.pdf"`)
        .send(pdf);
    },
  );

  app.post<{ Params: { documentId: string }; Body: RefileRequest }>(
    '/v1/documents/:documentId/refile',
    {
      config: { access: ['clerk'] },
      schema: {
        summary: 'Filed in error: file the document to another patient (the old filing is kept and marked)',
        tags: ['clerks'],
        params: documentIdParam,
        body: {
          type: 'object',
          required: ['mrn', 'confirmed', 'reason'],
          additionalProperties: false,
          properties: {
            mrn: { type: 'string', maxLength: 32 },
            confirmed: {
              type: 'array',
              items: { type: 'string', enum: ['mrn', 'name', 'birthDate'] },
              maxItems: 3,
            },
            reason: { type: 'string', minLength: 3, maxLength: 500 },
          },
        },
      },
    },
    async (request): Promise<ReviewActionResult> => {
      const actor = userOf(request).username;
      const filing = await refileDocument(request.params.documentId, request.body, actor, context.review);
      await context.audit.record({
        actor,
        action: 'document.refile',
        resource: `document/${filing.documentId}`,
        outcome: 'success',
        detail: {
          patient: filing.patientMrn,
          previousPatient: filing.change?.previousPatientMrn ?? null,
          confirmed: request.body.confirmed,
          reason: request.body.reason,
          filingVersion: filing.version,
        },
      });
      return {
        documentId: filing.documentId,
        status: filing.status,
        filingVersion: filing.version,
        relatedDocumentIds: [],
        next: null,
      };
    },
  );
}
