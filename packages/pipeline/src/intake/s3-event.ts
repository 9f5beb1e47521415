import { BATCH_NAME_PATTERN, inboxKeys, STATION_ID_PATTERN } from '@chartroom/domain';

/**
 * Completed batches named by an S3 event notification: MinIO's webhook target sends the S3 event
 * JSON (`Records[].s3.object.key`); AWS delivers the same JSON inside an SNS envelope (`Message`).
 * Only completion markers count; keys are URL-encoded in events.
 */
export function readyBatchesFromS3Event(body: unknown): { station: string; batchName: string }[] {
  const envelope = body as { Type?: unknown; Message?: unknown; Records?: unknown } | null;
  let event: unknown = envelope;
  if (envelope?.Type === 'Notification' && typeof envelope.Message === 'string') {
    try {
      event = JSON.parse(envelope.Message) as unknown;
    } catch {
      return [];
    }
  }
  const records = (event as { Records?: unknown } | null)?.Records;
  if (!Array.isArray(records)) return [];
  const ready = new Map<string, { station: string; batchName: string }>();
  for (const record of records) {
    const rawKey = (record as { s3?: { object?: { key?: unknown } } } | null)?.s3?.object?.key;
    if (typeof rawKey !== 'string') continue;
    let key: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    const parts = key.startsWith(inboxKeys.root) ? key.slice(inboxKeys.root.length).split('/') : [];
    const [station = '', batchName = '', marker] = parts;
    if (parts.length !== 3 || marker !== inboxKeys.MARKER_NAME) continue;
    if (!STATION_ID_PATTERN.test(station) || !BATCH_NAME_PATTERN.test(batchName)) continue;
    ready.set(`${station}/${batchName}`, { station, batchName });
  }
  return [...ready.values()];
}
