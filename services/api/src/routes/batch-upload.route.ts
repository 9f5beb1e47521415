import type { MultipartFile } from '@fastify/multipart';
import { STATION_ID_PATTERN } from '@chartroom/domain';
import { checkDrop, defaultBatchName, dropBatch, DropRefused, type DroppedFile } from '@chartroom/pipeline';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { userOf } from '../auth/access.ts';

/**
 * A scanning station drops a batch from the browser: the files, then the manifest and the
 * completion marker, exactly as a station writing to S3 does; intake starts at once. Files stream
 * in one at a time (each up to the upload limit); a refused or broken upload writes no marker, so
 * nothing half-sent is ever taken.
 */
export function batchUploadRoutes(app: FastifyInstance, context: ApiContext): void {
  app.post(
    '/v1/batches',
    {
      config: { access: ['station'] },
      schema: {
        summary:
          'Drop a batch (multipart/form-data: optional fields station and batchName first, then the files)',
        tags: ['batches'],
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const user = userOf(request);
      const parts = request.parts()[Symbol.asyncIterator]();
      const fields = new Map<string, string>();
      let next = await parts.next();
      while (!next.done && next.value.type === 'field') {
        const field = next.value;
        fields.set(field.fieldname, String(field.value));
        next = await parts.next();
      }
      const station = fields.get('station')?.trim() || user.username;
      const batchName = fields.get('batchName')?.trim() || defaultBatchName(new Date());
      const first = next.done ? null : (next.value as MultipartFile);
      try {
        checkDrop(station, batchName, first ? [first.filename] : []);
      } catch (error) {
        if (error instanceof DropRefused) {
          const hint = STATION_ID_PATTERN.test(user.username) ? '' : ' (send a station field)';
          return reply.code(400).send({ error: `${error.message}${hint}` });
        }
        throw error;
      }
      const received: { name: string; bytes: number }[] = [];
      const files = async function* (): AsyncGenerator<DroppedFile> {
        const names = new Set<string>();
        for (let part = next; !part.done; part = await parts.next()) {
          if (part.value.type !== 'file') continue;
          const file = part.value;
          checkDrop(station, batchName, [...names, file.filename]);
          names.add(file.filename);
          yield { name: file.filename, bytes: await file.toBuffer() };
        }
      };
      let batchId: string;
      try {
        ({ batchId } = await dropBatch(context.blobs, station, batchName, files(), new Date(), (file) =>
          received.push(file),
        ));
      } catch (error) {
        if (error instanceof DropRefused) return reply.code(400).send({ error: error.message });
        throw error;
      }
      await context.queues.enqueue([{ name: 'BatchIntake', data: { station, batchName } }]);
      await context.audit.record({
        actor: user.username,
        action: 'batch.drop',
        resource: `batch/${batchId}`,
        outcome: 'success',
        detail: { files: received.length, bytes: received.reduce((sum, file) => sum + file.bytes, 0) },
      });
      context.log.info({ batchId, files: received.length }, 'batch dropped from the browser');
      return reply.code(202).send({ batchId, files: received });
    },
  );
}
