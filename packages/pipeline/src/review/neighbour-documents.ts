import type { BlobStore, DocumentFiling } from '@chartroom/domain';
import { batchFilings, inBatchOrder, parseDocumentId } from './review-support.ts';

/**
 * The documents before and after this one in its batch, as the pages lie in the batch (a document
 * split off later sits after the one it came from, not at the end), skipping merged documents
 * (they have no pages left). Null where there is none; both null for an unknown or merged document.
 */
export async function neighbourDocuments(
  blobs: BlobStore,
  documentId: string,
): Promise<{ previous: string | null; next: string | null }> {
  const parsed = parseDocumentId(documentId);
  if (!parsed) return { previous: null, next: null };
  const documents = (await batchFilings(blobs, parsed.batchId))
    .filter((filing) => filing.status !== 'merged')
    .sort(inDocumentOrder);
  const at = documents.findIndex((filing) => filing.documentId === documentId);
  if (at < 0) return { previous: null, next: null };
  return {
    previous: documents[at - 1]?.documentId ?? null,
    next: documents[at + 1]?.documentId ?? null,
  };
}

/** By first page in the batch (every document that is not merged has one), then by ordinal. */
function inDocumentOrder(a: DocumentFiling, b: DocumentFiling): number {
  const first = (filing: DocumentFiling) => [...filing.pages].sort(inBatchOrder)[0];
  const [pageA, pageB] = [first(a), first(b)];
  const byPage = pageA && pageB ? inBatchOrder(pageA, pageB) : 0;
  const ordinal = (filing: DocumentFiling) => parseDocumentId(filing.documentId)?.ordinal ?? 0;
  return byPage || ordinal(a) - ordinal(b);
}
