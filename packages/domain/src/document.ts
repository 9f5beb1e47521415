import type { BatchId, DocumentId, PageId } from './ids.ts';
import type { DocumentClassification } from './classification.ts';
import type { MatchDecision } from './identification.ts';

export interface DocumentPageRef {
  pageId: PageId;
  fileIndex: number;
  file: string;
  /** Page index within its original file, from 0. */
  pageIndex: number;
}

/** A document as cut from a batch, before it is identified. */
export interface DocumentPlan {
  documentId: DocumentId;
  batchId: BatchId;
  ordinal: number;
  pages: DocumentPageRef[];
  /** What started this document: the strongest boundary evidence before its first page. */
  openedBy: DocumentBoundary;
  /** Pages whose identifiers point to another patient than the rest of the document. */
  suspectedMisfiledPages: PageId[];
}

/** Boundary evidence, strongest first. */
export type DocumentBoundary =
  'file-start' | 'separator-sheet' | 'cover-sheet' | 'patient-label' | 'patient-change' | 'title-change';

/**
 * One filing of a document. Filings are immutable versions: a correction writes a new
 * version and marks the old one, it never overwrites it.
 */
export interface DocumentFiling {
  documentId: DocumentId;
  batchId: BatchId;
  version: number;
  status: 'filed' | 'review';
  patientMrn: string | null;
  docType: string | null;
  loinc: string | null;
  pages: DocumentPageRef[];
  decision: MatchDecision;
  /** Type, date and author with their evidence; absent on filings made before classification. */
  classification?: DocumentClassification;
  decidedAt: string;
}
