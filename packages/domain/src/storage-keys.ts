import type { BatchId, DocumentId, PageId } from './ids.ts';

// The object key layout in the bucket. S3 is the record: everything below can rebuild the
// search index. README "Storage layout" documents the same table.

/** Where a scanning station drops a batch. */
export const inboxKeys = {
  root: 'inbox/',
  batchPrefix: (station: string, batchName: string) => `inbox/${station}/${batchName}/`,
  file: (station: string, batchName: string, name: string) => `inbox/${station}/${batchName}/${name}`,
  manifest: (station: string, batchName: string) => `inbox/${station}/${batchName}/manifest.json`,
  /** Written last: its presence means every file and the manifest are uploaded. */
  completionMarker: (station: string, batchName: string) => `inbox/${station}/${batchName}/batch.complete`,
  MARKER_NAME: 'batch.complete',
  MANIFEST_NAME: 'manifest.json',
};

export const batchKeys = {
  record: (batchId: BatchId) => `batches/${batchId}/batch.json`,
  /** The scanned file exactly as the station sent it; written once, never changed. */
  original: (batchId: BatchId, fileIndex: number, name: string) =>
    `batches/${batchId}/originals/${String(fileIndex).padStart(3, '0')}-${name}`,
  pageImage: (batchId: BatchId, pageId: PageId) => `batches/${batchId}/pages/${pageId}.png`,
  /** The page as OCR read it: upright, deskewed, at the OCR resolution (word boxes refer to it). */
  pageReadImage: (batchId: BatchId, pageId: PageId) => `batches/${batchId}/pages/${pageId}.read.png`,
  pageText: (batchId: BatchId, pageId: PageId) => `batches/${batchId}/pages/${pageId}.ocr.json`,
  pageBarcodes: (batchId: BatchId, pageId: PageId) => `batches/${batchId}/pages/${pageId}.barcodes.json`,
  documentPlan: (batchId: BatchId) => `batches/${batchId}/documents.json`,
  summary: (batchId: BatchId) => `batches/${batchId}/summary.json`,
};

export const documentKeys = {
  filing: (documentId: DocumentId, version: number) =>
    `documents/${documentId}/filings/${String(version).padStart(4, '0')}.json`,
  filingsPrefix: (documentId: DocumentId) => `documents/${documentId}/filings/`,
  /** The document as clinicians read it: page images with an invisible text layer. */
  searchablePdf: (documentId: DocumentId) => `documents/${documentId}/searchable.pdf`,
};

export const patientKeys = {
  import: (sha256: string, extension: string) => `patients/imports/${sha256}.${extension}`,
};

export const auditKeys = {
  event: (at: Date, eventId: string) => {
    const iso = at.toISOString();
    return `audit/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/${eventId}.json`;
  },
};

/** Document-type classifier models: immutable versions and a pointer to the one in use. */
export const modelKeys = {
  classifier: (version: string) => `models/classifier/${version}.json`,
  classifiersPrefix: 'models/classifier/',
  classifierCurrent: 'models/classifier/current.json',
  /** One example per clerk-confirmed document type, the retraining set. */
  confirmedType: (documentId: DocumentId) => `models/classifier-training/confirmed/${documentId}.json`,
  confirmedTypesPrefix: 'models/classifier-training/confirmed/',
};
