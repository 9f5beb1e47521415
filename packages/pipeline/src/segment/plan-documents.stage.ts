import { batchKeys, type BatchRecord, type BlobStore } from '@chartroom/domain';
import { loadPageBarcodes, loadPageText } from '../ocr/read-page.stage.ts';
import type { PageEvidence } from './page-evidence.ts';
import {
  segmentDocuments,
  type SegmentOptions,
  type Segmentation,
  type UnreadablePage,
} from './segment-documents.stage.ts';

/**
 * Runs when every page of the batch has been read (or has failed for good): cuts the batch into
 * documents and stores the plan. Re-running returns the stored plan, so document ids never
 * change under a retry.
 */
export async function planDocuments(
  batchId: string,
  /** Why reading failed for good on a page, by page id, as the queue reported it. */
  readFailures: Map<string, string>,
  deps: { blobs: BlobStore } & SegmentOptions,
): Promise<Segmentation> {
  const stored = await deps.blobs.getIfExists(batchKeys.documentPlan(batchId));
  if (stored) return JSON.parse(stored.toString('utf8')) as Segmentation;

  const batch = await loadBatchRecord(deps.blobs, batchId);
  const unreadable: UnreadablePage[] = [];
  const evidence = new Map<string, PageEvidence>();
  for (const file of batch.files) {
    if (file.status !== 'split') continue;
    for (const page of file.pages) {
      const text = await loadPageText(deps.blobs, batchId, page.pageId);
      if (!text) {
        const failure = readFailures.get(page.pageId);
        unreadable.push({
          pageId: page.pageId,
          reason: failure ? `the page text could not be read: ${failure}` : 'the page text could not be read',
        });
        continue;
      }
      evidence.set(page.pageId, {
        pageId: page.pageId,
        text,
        barcodes: await loadPageBarcodes(deps.blobs, batchId, page.pageId),
      });
    }
  }
  const segmentation = segmentDocuments(batch, evidence, unreadable, deps);
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
  const stored = JSON.parse(
    (await blobs.get(batchKeys.documentPlan(batchId))).toString('utf8'),
  ) as Segmentation;
  // Plans cut before blank-page detection have no blank pages.
  return { ...stored, blankPages: stored.blankPages ?? [] };
}
