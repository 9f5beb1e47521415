import type { BatchId, PageId } from './ids.ts';
import type { ScanMediaType } from './media-type.ts';
import type { DocumentStatus } from './document.ts';

/** What a scanning station writes next to its files; the batch is taken only when it is complete. */
export interface BatchManifest {
  version: 1;
  station: string;
  batchName: string;
  createdAt: string;
  files: { name: string; bytes: number; sha256: string }[];
}

export interface BatchPage {
  pageIndex: number;
  pageId: PageId;
  imageKey: string;
  width: number;
  height: number;
  dpi: number;
}

export type BatchFile = {
  fileIndex: number;
  name: string;
  /** null only when the manifest listed a file that never arrived. */
  originalKey: string | null;
  sha256: string;
  bytes: number;
} & (
  | { status: 'split'; mediaType: ScanMediaType; pages: BatchPage[] }
  | { status: 'quarantined'; mediaType: ScanMediaType | null; reason: string }
);

/** The batch as intake recorded it: immutable once written. */
export interface BatchRecord {
  batchId: BatchId;
  station: string;
  batchName: string;
  receivedAt: string;
  files: BatchFile[];
}

/** The summary `chartroom drop --wait --json` prints; stored when the batch is complete. */
export interface BatchSummary {
  batchId: BatchId;
  pages: number;
  documents: {
    documentId: string;
    status: DocumentStatus;
    patientMrn: string | null;
    docType: string | null;
    loinc: string | null;
    pages: { file: string; pageIndex: number }[];
  }[];
  quarantined: { file: string; pageIndex?: number; reason: string }[];
  /** Separator sheets: consumed as document boundaries, kept in storage, in no document. */
  separators: { file: string; pageIndex: number }[];
  /** Blank pages (duplex back sides, bleed-through): kept in storage, in no document. */
  blankPages: { file: string; pageIndex: number }[];
  completedAt: string;
}
