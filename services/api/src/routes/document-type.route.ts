import { documentKeys } from '@chartroom/domain';
import { confirmDocumentType } from '@chartroom/pipeline';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { actorOf } from '../actor.ts';

/**
 * A clerk confirms or changes a document's type. The new filing version, the index and the
 * retraining set follow; the audit trail records who did it.
 */
export function documentTypeRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get('/v1/document-types', () => Promise.resolve({ types: context.types.all }));

  app.put<{ Params: { documentId: string }; Body: { type?: unknown } }>(
    '/v1/documents/:documentId/type',
    async (request, reply) => {
      const { documentId } = request.params;
      const typeName = request.body?.type;
      const actor = actorOf(request);
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
