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
    const response = await this.client.search<AuditEvent>({
      index: this.index,
      size: limit,
      sort: [{ at: 'desc' }],
    });
    return response.hits.hits.flatMap((hit) => (hit._source ? [hit._source] : []));
  }
}
