import { Readable } from 'node:stream';
import type { AuditEventView, AuditPage } from '@chartroom/api-contract';
import type { AuditFilter } from '@chartroom/adapters';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { userOf } from '../auth/access.ts';

interface AuditQuery {
  actor?: string;
  action?: string;
  resource?: string;
  outcome?: AuditEventView['outcome'];
  from?: string;
  to?: string;
  limit?: number;
}

const filterSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    actor: { type: 'string', maxLength: 64 },
    action: { type: 'string', maxLength: 64 },
    resource: { type: 'string', maxLength: 200, description: 'prefix, e.g. document/ or patient/<mrn>' },
    outcome: { type: 'string', enum: ['success', 'denied', 'error'] },
    from: { type: 'string', description: 'YYYY-MM-DD or a timestamp' },
    to: { type: 'string', description: 'YYYY-MM-DD (inclusive) or a timestamp' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  },
} as const;

/** The audit trail for admins: search it, and export it whole. Reading it is audited too. */
export function auditRoutes(app: FastifyInstance, context: ApiContext): void {
  const filterOf = (query: AuditQuery): AuditFilter => ({
    actor: query.actor,
    action: query.action,
    resource: query.resource,
    outcome: query.outcome,
    from: query.from,
    to: query.to,
  });

  app.get<{ Querystring: AuditQuery }>(
    '/v1/audit',
    {
      config: { access: ['admin'] },
      schema: { summary: 'Search the audit trail, newest first', tags: ['audit'], querystring: filterSchema },
    },
    async (request): Promise<AuditPage> => {
      const filter = filterOf(request.query);
      await context.audit.refresh();
      const page = await context.audit.search(filter, request.query.limit ?? 100);
      await context.audit.record({
        actor: userOf(request).username,
        action: 'audit.search',
        resource: 'audit',
        outcome: 'success',
        detail: { filter, total: page.total },
      });
      return page;
    },
  );

  app.get<{ Querystring: AuditQuery }>(
    '/v1/audit/export',
    {
      config: { access: ['admin'] },
      schema: {
        summary: 'Export the matching audit events, oldest first, as NDJSON',
        tags: ['audit'],
        querystring: filterSchema,
      },
    },
    async (request, reply) => {
      const filter = filterOf(request.query);
      await context.audit.record({
        actor: userOf(request).username,
        action: 'audit.export',
        resource: 'audit',
        outcome: 'success',
        detail: { filter },
      });
      await context.audit.refresh();
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      void reply
        .type('application/x-ndjson')
        .header('content-disposition', `attachment; filename="chartroom-audit-${stamp}.ndjson"`);
      const events = context.audit.export(filter);
      // A stream, one event per line: an export of months of events never sits in memory.
      return reply.send(
        Readable.from(
          (async function* () {
            for await (const event of events) yield `${JSON.stringify(event)}\n`;
          })(),
        ),
      );
    },
  );
}
