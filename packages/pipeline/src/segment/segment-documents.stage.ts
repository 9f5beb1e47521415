import { documentIdOf, type BatchRecord, type DocumentPlan } from '@chartroom/domain';

export interface UnreadablePage {
  pageId: string;
  reason: string;
}

export interface Segmentation {
  documents: DocumentPlan[];
  /** Pages that cannot go into any document, with the reason; they are quarantined. */
  quarantinedPages: { fileIndex: number; file: string; pageIndex: number; pageId: string; reason: string }[];
}

/**
 * Cuts a batch into documents. The skeleton rule: one document per scanned file, in the order
 * the station sent them. Pages whose text could not be read are quarantined with the reason
 * rather than filed silently without text.
 */
export function segmentDocuments(batch: BatchRecord, unreadable: UnreadablePage[]): Segmentation {
  const unreadableById = new Map(unreadable.map((page) => [page.pageId, page.reason]));
  const documents: DocumentPlan[] = [];
  const quarantinedPages: Segmentation['quarantinedPages'] = [];
  for (const file of batch.files) {
    if (file.status !== 'split') continue;
    const pages: DocumentPlan['pages'] = [];
    for (const page of file.pages) {
      const reason = unreadableById.get(page.pageId);
      const ref = {
        pageId: page.pageId,
        fileIndex: file.fileIndex,
        file: file.name,
        pageIndex: page.pageIndex,
      };
      if (reason === undefined) pages.push(ref);
      else quarantinedPages.push({ ...ref, reason });
    }
    if (pages.length === 0) continue;
    const ordinal = documents.length + 1;
    documents.push({
      documentId: documentIdOf(batch.batchId, ordinal),
      batchId: batch.batchId,
      ordinal,
      pages,
    });
  }
  return { documents, quarantinedPages };
}
