import { isBatchId } from '@chartroom/domain';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { batchStatus } from '../batch-status.ts';
import { actorOf } from '../actor.ts';

export function batchRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Params: { batchId: string } }>('/v1/batches/:batchId', async (request, reply) => {
    const { batchId } = request.params;
    if (!isBatchId(batchId)) return reply.code(400).send({ error: 'not a batch id' });
    const status = await batchStatus(batchId, context.blobs, context.queues);
    if (status.state === 'unknown') return reply.code(404).send({ error: `no batch ${batchId}` });
    // The summary names patients (MRNs): reading it is a read of patient data.
    if (status.summary) {
      await context.audit.record({
        actor: actorOf(request),
        action: 'batch.summary',
        resource: `batch/${batchId}`,
        outcome: 'success',
        detail: { documents: status.summary.documents.length },
      });
    }
    return status;
  });
}
