import { documentKeys } from '@chartroom/domain';
import { confirmDocumentType } from '@chartroom/pipeline';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { userOf } from '../auth/access.ts';
import { documentIdParam } from '../openapi.ts';

/**
 * A clerk confirms or changes a document's type. The new filing version, the index and the
 * retraining set follow; the audit trail records who did it.
 */
export function documentTypeRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get(
    '/v1/document-types',
    {
      config: { access: 'signed-in' },
      schema: { summary: 'The document types (LOINC) in use', tags: ['documents'] },
    },
    () =>
      Promise.resolve({
        types: context.types.all.map((type) => ({ key: type.key, loinc: type.loinc, display: type.display })),
      }),
  );

  app.put<{ Params: { documentId: string }; Body: { type?: unknown } }>(
    '/v1/documents/:documentId/type',
    {
      config: { access: ['clerk'] },
      schema: {
        summary: "Confirm or change a document's type (a new filing version; feeds retraining)",
        tags: ['clerks'],
        params: documentIdParam,
        body: { type: 'object', required: ['type'], properties: { type: { type: 'string', maxLength: 64 } } },
      },
    },
    async (request, reply) => {
      const { documentId } = request.params;
      const typeName = request.body?.type;
      const actor = userOf(request).username;
      const type = typeof typeName === 'string' ? context.types.find(typeName) : undefined;
      if (!type) {
        return reply.code(400).send({
          error: `a type is one of: ${context.types.all.map((t) => t.key).join(', ')}`,
        });
      }
      if (!(await context.blobs.exists(documentKeys.filing(documentId, 1)))) {
        return reply.code(404).send({ error: `document/${documentId} is not known` });
      }
      const filing = await confirmDocumentType(documentId, type.key, actor, {
        blobs: context.blobs,
        patients: context.patients,
        search: context.documents,
        types: context.types,
        now: () => new Date(),
      });
      await context.audit.record({
        actor,
        action: 'document.set-type',
        resource: `document/${documentId}`,
        outcome: 'success',
        detail: { docType: type.key, filingVersion: filing.version, status: filing.status },
      });
      return {
        documentId,
        docType: filing.docType,
        loinc: filing.loinc,
        status: filing.status,
        version: filing.version,
      };
    },
  );
}
