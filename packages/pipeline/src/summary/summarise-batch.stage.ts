import type { BatchRecord, BatchSummary, DocumentFiling } from '@chartroom/domain';
import type { Segmentation } from '../segment/segment-documents.stage.ts';

/**
 * The account of a batch: every page of every file ends in exactly one place: a document
 * (filed or in review), quarantine with its reason, the separator sheets or the blank pages. Throws if that does not add up, because
 * a page that is nowhere is a lost page.
 */
export function summariseBatch(
  batch: BatchRecord,
  segmentation: Segmentation,
  filings: DocumentFiling[],
  completedAt: Date,
): BatchSummary {
  const filingById = new Map(filings.map((filing) => [filing.documentId, filing]));
  const documents = segmentation.documents.map((plan) => {
    const filing = filingById.get(plan.documentId);
    if (!filing) throw new Error(`document/${plan.documentId} has no filing`);
    return {
      documentId: plan.documentId,
      status: filing.status,
      patientMrn: filing.patientMrn,
      docType: filing.docType,
      loinc: filing.loinc,
      pages: plan.pages.map((page) => ({ file: page.file, pageIndex: page.pageIndex })),
    };
  });
  const quarantined: BatchSummary['quarantined'] = [
    ...batch.files.flatMap((file) =>
      file.status === 'quarantined' ? [{ file: file.name, reason: file.reason }] : [],
    ),
    ...segmentation.quarantinedPages.map((page) => ({
      file: page.file,
      pageIndex: page.pageIndex,
      reason: page.reason,
    })),
  ];

  const separators = segmentation.separatorPages.map((page) => ({
    file: page.file,
    pageIndex: page.pageIndex,
  }));
  const blankPages = segmentation.blankPages.map((page) => ({ file: page.file, pageIndex: page.pageIndex }));
  const pages = batch.files.reduce((sum, file) => sum + (file.status === 'split' ? file.pages.length : 0), 0);
  const accounted =
    documents.reduce((sum, document) => sum + document.pages.length, 0) +
    segmentation.quarantinedPages.length +
    separators.length +
    blankPages.length;
  if (accounted !== pages) {
    throw new Error(`batch/${batch.batchId}: ${pages} pages split but ${accounted} accounted for`);
  }
  return {
    batchId: batch.batchId,
    pages,
    documents,
    quarantined,
    separators,
    blankPages,
    completedAt: completedAt.toISOString(),
  };
}
