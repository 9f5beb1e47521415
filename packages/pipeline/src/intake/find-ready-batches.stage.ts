import { BATCH_NAME_PATTERN, inboxKeys, STATION_ID_PATTERN, type BlobStore } from '@chartroom/domain';

export interface InboxScan {
  ready: { station: string; batchName: string }[];
  /** Completed folders whose names cannot be a batch; reported to operators, left in place. */
  invalid: { prefix: string; reason: string }[];
}

/** A batch is ready when its completion marker exists: the station writes it last. */
export async function findReadyBatches(blobs: BlobStore): Promise<InboxScan> {
  const objects = await blobs.list(inboxKeys.root);
  const scan: InboxScan = { ready: [], invalid: [] };
  for (const { key } of objects) {
    const parts = key.slice(inboxKeys.root.length).split('/');
    if (parts.length !== 3 || parts[2] !== inboxKeys.MARKER_NAME) continue;
    const [station = '', batchName = ''] = parts;
    const prefix = `${inboxKeys.root}${station}/${batchName}/`;
    if (!STATION_ID_PATTERN.test(station)) scan.invalid.push({ prefix, reason: 'invalid station id' });
    else if (!BATCH_NAME_PATTERN.test(batchName)) scan.invalid.push({ prefix, reason: 'invalid batch name' });
    else scan.ready.push({ station, batchName });
  }
  return scan;
}
