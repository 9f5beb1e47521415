import { isBatchId } from '@chartroom/domain';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { batchStatus } from '../batch-status.ts';
import { userOf } from '../auth/access.ts';

export function batchRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Params: { batchId: string } }>(
    '/v1/batches/:batchId',
    {
      config: { access: ['station', 'clerk', 'admin'] },
      schema: {
        summary: "A batch's state: waiting, processing, complete or failed, with pages read",
        tags: ['batches'],
        params: { type: 'object', required: ['batchId'], properties: { batchId: { type: 'string' } } },
      },
    },
    async (request, reply) => {
      const { batchId } = request.params;
      if (!isBatchId(batchId)) return reply.code(400).send({ error: 'not a batch id' });
      const status = await batchStatus(batchId, context.blobs, context.queues);
      if (status.state === 'unknown') return reply.code(404).send({ error: `no batch ${batchId}` });
      // The summary names patients (MRNs): only clerks see it, and reading it is audited.
      const user = userOf(request);
      // A station sees what became of its files (quarantine reasons name files, not patients), no more.
      if (status.summary && !user.roles.includes('clerk')) {
        return { ...status, summary: null, quarantined: status.summary.quarantined };
      }
      if (status.summary) {
        await context.audit.record({
          actor: user.username,
          action: 'batch.summary',
          resource: `batch/${batchId}`,
          outcome: 'success',
          detail: { documents: status.summary.documents.length },
        });
      }
      return status;
    },
  );
}
