import { batchKeys, type BatchRecord, type BlobStore } from '@chartroom/domain';
import { segmentDocuments, type Segmentation, type UnreadablePage } from './segment-documents.stage.ts';

/**
 * Runs when every page of the batch has been through OCR (or has failed for good): cuts the
 * batch into documents and stores the plan. Re-running returns the stored plan, so document ids
 * never change under a retry.
 */
export async function planDocuments(
  batchId: string,
  /** Why OCR failed for good on a page, by page id, as the queue reported it. */
  ocrFailures: Map<string, string>,
  deps: { blobs: BlobStore },
): Promise<Segmentation> {
  const stored = await deps.blobs.getIfExists(batchKeys.documentPlan(batchId));
  if (stored) return JSON.parse(stored.toString('utf8')) as Segmentation;

  const batch = await loadBatchRecord(deps.blobs, batchId);
  const unreadable: UnreadablePage[] = [];
  for (const file of batch.files) {
    if (file.status !== 'split') continue;
    for (const page of file.pages) {
      if (await deps.blobs.exists(batchKeys.pageText(batchId, page.pageId))) continue;
      const failure = ocrFailures.get(page.pageId);
      unreadable.push({
        pageId: page.pageId,
        reason: failure ? `the page text could not be read: ${failure}` : 'the page text could not be read',
      });
    }
  }
  const segmentation = segmentDocuments(batch, unreadable);
  await deps.blobs.putIfAbsent(
    batchKeys.documentPlan(batchId),
    JSON.stringify(segmentation),
    'application/json',
  );
  return segmentation;
}

export async function loadBatchRecord(blobs: BlobStore, batchId: string): Promise<BatchRecord> {
  return JSON.parse((await blobs.get(batchKeys.record(batchId))).toString('utf8')) as BatchRecord;
}

export async function loadSegmentation(blobs: BlobStore, batchId: string): Promise<Segmentation> {
  return JSON.parse((await blobs.get(batchKeys.documentPlan(batchId))).toString('utf8')) as Segmentation;
}
