import type { BatchId, DocumentId, PageId } from './ids.ts';
import type { DocumentClassification } from './classification.ts';
import type { IdentifierKind, MatchDecision } from './identification.ts';

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
 * Where a document stands. 'filed': filed to its patient, searchable. 'review': waits for a clerk
 * (the review queue). 'rescan': a clerk sent it back to the scanning station. 'merged': its pages
 * now belong to another document. Neither of the last two is searchable nor in the review queue.
 */
export type DocumentStatus = 'filed' | 'review' | 'rescan' | 'merged';

/** What a clerk did to a document; each kind writes a new filing version. */
export type FilingChangeKind =
  'assign-patient' | 'set-type' | 'split' | 'merge' | 'move-page' | 'mark-blank' | 'rescan' | 'refile';

/** Who changed a document, when, how and why; recorded on every version a clerk's action writes. */
export interface FilingChange {
  kind: FilingChangeKind;
  actor: string;
  /** ISO timestamp. */
  at: string;
  /** The clerk's words (a rescan request, a refiling reason) or what the action implies; never patient data. */
  note: string | null;
  /** The identifiers the clerk confirmed against the patient (assign-patient, refile). */
  confirmedIdentifiers?: IdentifierKind[];
  /** The other documents the action touched (split, merge, move-page). */
  relatedDocumentIds: string[];
  /** The patient the document was filed to before a refiling. */
  previousPatientMrn?: string | null;
}

/**
 * One filing of a document. Filings are immutable versions: a correction writes a new
 * version (its `change` says what and why), it never overwrites nor deletes an old one.
 */
export interface DocumentFiling {
  documentId: DocumentId;
  batchId: BatchId;
  version: number;
  status: DocumentStatus;
  patientMrn: string | null;
  docType: string | null;
  loinc: string | null;
  pages: DocumentPageRef[];
  decision: MatchDecision;
  /** Type, date and author with their evidence; absent on filings made before classification. */
  classification?: DocumentClassification;
  decidedAt: string;
  /** What a clerk changed to make this version; absent on versions the pipeline wrote. */
  change?: FilingChange;
  /** Pages a clerk marked blank: kept with the record, not part of the document. */
  blankPages?: DocumentPageRef[];
}
