import { createHash, randomBytes } from 'node:crypto';
import {
  batchIdOf,
  BATCH_NAME_PATTERN,
  inboxKeys,
  STATION_ID_PATTERN,
  type BatchId,
  type BatchManifest,
  type BlobStore,
} from '@chartroom/domain';
import { FILE_NAME_PATTERN } from './manifest.ts';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** Why a drop is refused before anything is written. */
export class DropRefused extends Error {}

/** A batch name from the time of the drop, unique enough for one station: 20261130-171907-a2a5. */
export function defaultBatchName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

/** Checks a drop's station, batch name and file names; throws DropRefused with the reason. */
export function checkDrop(station: string, batchName: string, names: string[]): void {
  if (!STATION_ID_PATTERN.test(station)) {
    throw new DropRefused(`"${station}" is not a station id (lower-case letters, digits, dashes; up to 32)`);
  }
  if (!BATCH_NAME_PATTERN.test(batchName)) throw new DropRefused(`"${batchName}" is not a valid batch name`);
  if (names.length === 0) throw new DropRefused('nothing to drop: no files');
  const bad = names.find(
    (name) =>
      !FILE_NAME_PATTERN.test(name) || name === inboxKeys.MANIFEST_NAME || name === inboxKeys.MARKER_NAME,
  );
  if (bad !== undefined) throw new DropRefused(`"${bad}" cannot be a file name in a batch`);
  if (new Set(names).size !== names.length)
    throw new DropRefused('two files in the batch have the same name');
}

/**
 * Drops a batch into the inbox the way a scanning station does: every file, then a manifest with
 * their checksums, then the completion marker (the signal that the batch may be taken).
 * `files` is consumed one at a time, so a caller can read each file just before it is written.
 */
export async function dropBatch(
  blobs: BlobStore,
  station: string,
  batchName: string,
  files: AsyncIterable<DroppedFile>,
  now: Date,
  onFile: (file: { name: string; bytes: number }) => void = () => {},
): Promise<{ batchId: BatchId; manifest: BatchManifest }> {
  const manifest: BatchManifest = { version: 1, station, batchName, createdAt: now.toISOString(), files: [] };
  for await (const file of files) {
    await blobs.put(inboxKeys.file(station, batchName, file.name), file.bytes);
    manifest.files.push({
      name: file.name,
      bytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
    });
    onFile({ name: file.name, bytes: file.bytes.length });
  }
  await blobs.put(
    inboxKeys.manifest(station, batchName),
    JSON.stringify(manifest, null, 2),
    'application/json',
  );
  await blobs.put(inboxKeys.completionMarker(station, batchName), '', 'text/plain');
  return { batchId: batchIdOf(station, batchName), manifest };
}
