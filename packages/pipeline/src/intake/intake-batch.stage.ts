import { createHash } from 'node:crypto';
import {
  BadInputError,
  batchIdOf,
  batchKeys,
  inboxKeys,
  pageIdOf,
  type BatchFile,
  type BatchPage,
  type BatchRecord,
  type BlobStore,
} from '@chartroom/domain';
import { splitIntoPages, type SplitLimits } from '../split/split-pages.stage.ts';
import { parseManifest } from './manifest.ts';

export interface IntakeDeps {
  blobs: BlobStore;
  limits: SplitLimits;
  now: () => Date;
}

/**
 * Takes a completed inbox batch: keeps every original (immutable, under batches/), verifies it
 * against the manifest, splits it into page images and writes the batch record. A file that is
 * not a readable scan is quarantined with its reason and the rest of the batch goes on.
 * Re-running is safe: an existing batch record is returned as it is.
 */
export async function intakeBatch(
  station: string,
  batchName: string,
  deps: IntakeDeps,
): Promise<BatchRecord> {
  const { blobs } = deps;
  const batchId = batchIdOf(station, batchName);
  const existing = await blobs.getIfExists(batchKeys.record(batchId));
  if (existing) {
    await clearInbox(blobs, station, batchName);
    return JSON.parse(existing.toString('utf8')) as BatchRecord;
  }

  const prefix = inboxKeys.batchPrefix(station, batchName);
  const uploaded = (await blobs.list(prefix))
    .map((object) => object.key.slice(prefix.length))
    .filter(
      (name) => name !== inboxKeys.MARKER_NAME && name !== inboxKeys.MANIFEST_NAME && !name.includes('/'),
    );
  const manifestBytes = await blobs.getIfExists(inboxKeys.manifest(station, batchName));
  const manifest = manifestBytes
    ? parseManifest(manifestBytes, station, batchName)
    : 'the batch has no manifest';

  // Files are taken in manifest order; anything uploaded but unlisted is still kept, and quarantined.
  const listed = typeof manifest === 'string' ? [] : manifest.files;
  const unlisted = uploaded.filter((name) => !listed.some((file) => file.name === name)).sort();
  const files: BatchFile[] = [];
  for (const entry of listed) {
    files.push(await takeFile(batchId, files.length, entry.name, entry.sha256, station, batchName, deps));
  }
  for (const name of unlisted) {
    const reason = typeof manifest === 'string' ? manifest : 'the file is not listed in the batch manifest';
    files.push(await keepQuarantined(batchId, files.length, name, reason, station, batchName, blobs));
  }

  const record: BatchRecord = { batchId, station, batchName, receivedAt: deps.now().toISOString(), files };
  await blobs.putIfAbsent(batchKeys.record(batchId), JSON.stringify(record, null, 2), 'application/json');
  await clearInbox(blobs, station, batchName);
  return record;
}

async function takeFile(
  batchId: string,
  fileIndex: number,
  name: string,
  expectedSha256: string,
  station: string,
  batchName: string,
  deps: IntakeDeps,
): Promise<BatchFile> {
  const { blobs } = deps;
  const bytes = await blobs.getIfExists(inboxKeys.file(station, batchName, name));
  if (bytes === null) {
    return {
      fileIndex,
      name,
      originalKey: null,
      sha256: expectedSha256,
      bytes: 0,
      status: 'quarantined',
      mediaType: null,
      reason: 'the manifest lists this file but it was never uploaded',
    };
  }
  const originalKey = batchKeys.original(batchId, fileIndex, name);
  await blobs.putIfAbsent(originalKey, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kept = { fileIndex, name, originalKey, sha256, bytes: bytes.length };
  if (sha256 !== expectedSha256) {
    return {
      ...kept,
      status: 'quarantined',
      mediaType: null,
      reason: 'the upload is damaged: its checksum differs from the manifest',
    };
  }
  try {
    const split = await splitIntoPages(bytes, deps.limits);
    const pages: BatchPage[] = [];
    for await (const page of split.pages()) {
      const pageId = pageIdOf(fileIndex, page.pageIndex);
      const imageKey = batchKeys.pageImage(batchId, pageId);
      await blobs.put(imageKey, page.png, 'image/png');
      pages.push({
        pageIndex: page.pageIndex,
        pageId,
        imageKey,
        width: page.width,
        height: page.height,
        dpi: page.dpi,
      });
    }
    return { ...kept, status: 'split', mediaType: split.mediaType, pages };
  } catch (error) {
    if (error instanceof BadInputError) {
      return { ...kept, status: 'quarantined', mediaType: null, reason: error.message };
    }
    throw error;
  }
}

async function keepQuarantined(
  batchId: string,
  fileIndex: number,
  name: string,
  reason: string,
  station: string,
  batchName: string,
  blobs: BlobStore,
): Promise<BatchFile> {
  const bytes = await blobs.get(inboxKeys.file(station, batchName, name));
  const originalKey = batchKeys.original(batchId, fileIndex, name);
  await blobs.putIfAbsent(originalKey, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    fileIndex,
    name,
    originalKey,
    sha256,
    bytes: bytes.length,
    status: 'quarantined',
    mediaType: null,
    reason,
  };
}

/** Only after the record is written: the originals are safe under batches/ by then. */
async function clearInbox(blobs: BlobStore, station: string, batchName: string): Promise<void> {
  const prefix = inboxKeys.batchPrefix(station, batchName);
  const keys = (await blobs.list(prefix)).map((object) => object.key);
  const marker = inboxKeys.completionMarker(station, batchName);
  await blobs.delete(keys.filter((key) => key !== marker));
  await blobs.delete(keys.filter((key) => key === marker)); // last, so a crash leaves the batch findable
}
