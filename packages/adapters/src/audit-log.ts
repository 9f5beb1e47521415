import { randomUUID } from 'node:crypto';
import type { Client } from '@elastic/elasticsearch';
import { auditKeys, type BlobStore } from '@chartroom/domain';
import { indexName } from './elastic-indices.ts';

export interface AuditEvent {
  eventId: string;
  at: string;
  /** Who: a user name or a service account. */
  actor: string;
  /** What was done, e.g. "search", "review.list", "document.view". */
  action: string;
  /** What it touched, as references: `document/<id>`, `patient/<mrn>` stays out. */
  resource: string;
  outcome: 'success' | 'denied' | 'error';
  detail: Record<string, unknown>;
}

/**
 * Every read of patient data leaves an event: first in S3 (append-only; one immutable object
 * per event, object-lock capable in production), then in the search index for admins.
 */
export class AuditLog {
  private readonly index: string;
  constructor(
    private readonly blobs: BlobStore,
    private readonly client: Client,
    prefix: string,
  ) {
    this.index = indexName(prefix, 'audit');
  }

  async record(event: Omit<AuditEvent, 'eventId' | 'at'>, at = new Date()): Promise<AuditEvent> {
    const full: AuditEvent = { eventId: `${at.getTime()}-${randomUUID()}`, at: at.toISOString(), ...event };
    await this.blobs.putIfAbsent(auditKeys.event(at, full.eventId), JSON.stringify(full), 'application/json');
    await this.client.index({ index: this.index, id: full.eventId, document: full });
    return full;
  }

  async recent(limit = 50): Promise<AuditEvent[]> {
    return (await this.search({}, limit)).events;
  }

  /** Newest first. Filters are exact (actor, action, outcome) or a prefix (resource); dates are inclusive. */
  async search(filter: AuditFilter, limit = 100): Promise<{ total: number; events: AuditEvent[] }> {
    const response = await this.client.search<AuditEvent>({
      index: this.index,
      size: limit,
      track_total_hits: true,
      sort: [{ at: 'desc' }, { eventId: 'desc' }],
      query: auditQuery(filter),
    });
    const total =
      typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
    return { total, events: response.hits.hits.flatMap((hit) => (hit._source ? [hit._source] : [])) };
  }

  /** Every matching event, oldest first, a page at a time (search_after): for export. */
  async *export(filter: AuditFilter, pageSize = 1000): AsyncGenerator<AuditEvent> {
    let after: (string | number)[] | undefined;
    for (;;) {
      const response = await this.client.search<AuditEvent>({
        index: this.index,
        size: pageSize,
        sort: [{ at: 'asc' }, { eventId: 'asc' }],
        query: auditQuery(filter),
        ...(after ? { search_after: after } : {}),
      });
      const hits = response.hits.hits;
      for (const hit of hits) if (hit._source) yield hit._source;
      if (hits.length < pageSize) return;
      after = hits.at(-1)?.sort as (string | number)[];
    }
  }

  /** Makes recent events searchable at once (tests, and an admin looking right after an action). */
  async refresh(): Promise<void> {
    await this.client.indices.refresh({ index: this.index });
  }
}

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  /** A prefix such as `document/` or `document/<id>`. */
  resource?: string | undefined;
  outcome?: AuditEvent['outcome'] | undefined;
  /** ISO dates or timestamps, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

function auditQuery(filter: AuditFilter): object {
  const must: object[] = [];
  if (filter.actor) must.push({ term: { actor: filter.actor } });
  if (filter.action) must.push({ term: { action: filter.action } });
  if (filter.outcome) must.push({ term: { outcome: filter.outcome } });
  if (filter.resource) must.push({ prefix: { resource: filter.resource } });
  if (filter.from || filter.to) {
    must.push({
      range: {
        at: {
          ...(filter.from ? { gte: filter.from } : {}),
          ...(filter.to
            ? { lte: /^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? `${filter.to}||/d` : filter.to }
            : {}),
        },
      },
    });
  }
  return must.length === 0 ? { match_all: {} } : { bool: { filter: must } };
}
