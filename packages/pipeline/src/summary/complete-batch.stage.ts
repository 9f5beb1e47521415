import { batchKeys, type BatchSummary, type BlobStore, type DocumentFiling } from '@chartroom/domain';
import { loadLatestFiling } from '../file/file-document.stage.ts';
import { loadBatchRecord, loadSegmentation } from '../segment/plan-documents.stage.ts';
import { summariseBatch } from './summarise-batch.stage.ts';

/** Writes the batch summary once every document has a filing; its presence means "complete". */
export async function completeBatch(
  batchId: string,
  deps: { blobs: BlobStore; now: () => Date },
): Promise<BatchSummary> {
  const stored = await loadBatchSummary(deps.blobs, batchId);
  if (stored) return stored;
  const batch = await loadBatchRecord(deps.blobs, batchId);
  const segmentation = await loadSegmentation(deps.blobs, batchId);
  const filings: DocumentFiling[] = [];
  for (const plan of segmentation.documents) {
    const filing = await loadLatestFiling(deps.blobs, plan.documentId);
    if (filing) filings.push(filing);
  }
  const summary = summariseBatch(batch, segmentation, filings, deps.now());
  await deps.blobs.putIfAbsent(
    batchKeys.summary(batchId),
    JSON.stringify(summary, null, 2),
    'application/json',
  );
  return summary;
}

export async function loadBatchSummary(blobs: BlobStore, batchId: string): Promise<BatchSummary | null> {
  const stored = await blobs.getIfExists(batchKeys.summary(batchId));
  if (!stored) return null;
  const summary = JSON.parse(stored.toString('utf8')) as BatchSummary;
  // Summaries written before blank-page detection have none.
  return { ...summary, blankPages: summary.blankPages ?? [] };
}
