// The shapes the Chartroom HTTP API answers with. Types only: the API builds them, the web
// application reads them. The OpenAPI description (GET /openapi.json) documents the same routes.

/** Who may do what. Every route names the roles it admits. */
export type Role = 'station' | 'clerk' | 'clinician' | 'admin';
export const ROLES: readonly Role[] = ['station', 'clerk', 'clinician', 'admin'];

export interface ApiError {
  error: string;
}

// ── Sign-in ─────────────────────────────────────────────────────────────────────────────
// POST /v1/session {username, password} → SessionUser and an HttpOnly session cookie
// GET /v1/session → SessionUser (401 when not signed in)    DELETE /v1/session → 204

export interface SessionUser {
  username: string;
  displayName: string;
  roles: Role[];
  /** May search documents across all patients (otherwise only within one patient). */
  crossPatientSearch: boolean;
}

// ── Shared views ────────────────────────────────────────────────────────────────────────

export type IdentifierKind = 'mrn' | 'name' | 'birthDate';
export type FieldAgreement = 'agree' | 'near' | 'disagree' | 'missing';
/** 'rescan': sent back to the station; 'merged': its pages now belong to another document. */
export type DocumentStatus = 'filed' | 'review' | 'rescan' | 'merged';

export interface PatientView {
  mrn: string;
  /** "FAMILY, Given Middle" as the patient index has it. */
  name: string;
  family: string;
  given: string[];
  birthDate: string | null;
  sex: 'male' | 'female' | 'other' | 'unknown';
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A word on a page image to draw a mark over; boxes are in the served image's pixels. */
export interface WordHighlight {
  kind: IdentifierKind | 'query';
  text: string;
  box: Box;
}

export interface DocumentTypeView {
  key: string;
  loinc: string | null;
  display: string;
}

export interface ReasonView {
  code: string;
  message: string;
}

// ── Clerks: the review queue ────────────────────────────────────────────────────────────
// GET /v1/review?reason=&station=&batch=&sort=priority|oldest|newest → ReviewQueue

export type ReviewSort = 'priority' | 'oldest' | 'newest';

export interface Claim {
  documentId: string;
  by: string;
  expiresAt: string;
}

export interface ReviewQueueEntry {
  documentId: string;
  batchId: string;
  station: string;
  decidedAt: string;
  reasons: ReasonView[];
  /** The most serious reason (patient-safety reasons outrank the type reason). */
  primaryReason: string;
  patientSafety: boolean;
  pageCount: number;
  docType: string | null;
  typeConfidence: number | null;
  claim: Claim | null;
  /** Where the pages came from, and (1-based) the pages to look at first. */
  pages: { file: string; pageIndex: number }[];
  suspectedMisfiledPages: number[];
  /** The matcher's stored decision, for tools that score it (`chartroom review list --json`). */
  decision: MatchDecisionView;
}

export interface MatchDecisionView {
  matcher: string;
  outcome: 'matched' | 'review';
  patientMrn: string | null;
  identifiers: { kind: IdentifierKind; value: string; source: string; pageId: string; confidence: number }[];
  candidates: { mrn: string; score: number; fields: Record<IdentifierKind, FieldAgreement> }[];
  reasons: ReasonView[];
  markedPages: string[];
}

export interface ReviewQueue {
  total: number;
  items: ReviewQueueEntry[];
  /** Open items per reason code, over the whole queue (filters not applied). */
  counts: { reason: string; count: number }[];
  stations: string[];
}

// POST /v1/review/:documentId/claim → Claim (409 {error, claim} when another clerk holds it)
// DELETE /v1/review/:documentId/claim → 204
// GET /v1/review/next?after=<documentId> → { documentId: string | null } (first unclaimed by priority)

// GET /v1/review/:documentId → ReviewItemDetail
export interface ReviewItemDetail {
  documentId: string;
  batchId: string;
  station: string;
  status: DocumentStatus;
  filingVersion: number;
  decidedAt: string;
  reasons: ReasonView[];
  docType: string | null;
  typeConfidence: number | null;
  /** The classifier's best types, best first. */
  typeSuggestions: { type: string; probability: number }[];
  pages: ReviewPage[];
  identifiers: IdentifierView[];
  /** Best first; each with what was read and how each field agrees with the patient index. */
  candidates: CandidateView[];
  /** The documents before and after this one in its batch (for merge). */
  neighbours: { previous: string | null; next: string | null };
  claim: Claim | null;
}

export interface ReviewPage {
  /** 1-based position in the document. */
  page: number;
  pageId: string;
  imageUrl: string;
  width: number;
  height: number;
  text: string;
  meanConfidence: number;
  suspectedMisfiled: boolean;
  blank: boolean;
  source: { file: string; pageIndex: number };
  /** Where the identifiers were read on this page. */
  highlights: WordHighlight[];
}

export interface IdentifierView {
  kind: IdentifierKind;
  /** As read, normalised: MRN digits, "FAMILY^GIVEN", YYYY-MM-DD. */
  value: string;
  source: 'header-text' | 'barcode' | 'label-text';
  page: number;
  confidence: number;
}

export interface CandidateView {
  patient: PatientView;
  score: number;
  fields: Record<IdentifierKind, FieldAgreement>;
}

// POST /v1/review/:documentId/actions (the caller must hold the claim) → ReviewActionResult
export type ReviewAction =
  /** File to this patient; `confirmed` lists the identifiers the clerk checked (two at least). */
  | { action: 'assign-patient'; mrn: string; confirmed: IdentifierKind[]; docType?: string }
  | { action: 'set-type'; docType: string }
  /** Pages from atPage (1-based) on become a new document. */
  | { action: 'split'; atPage: number }
  | { action: 'merge'; with: 'previous' | 'next' }
  | { action: 'move-page'; page: number; toDocumentId: string }
  | { action: 'mark-blank'; page: number }
  | { action: 'rescan'; note: string };

export interface ReviewActionResult {
  documentId: string;
  status: DocumentStatus;
  filingVersion: number;
  /** Documents this action made (a split) or changed (a merge, a moved page). */
  relatedDocumentIds: string[];
  /** The next open item to work on, if any (the UI opens it after a resolution). */
  next: string | null;
}

// POST /v1/documents/:documentId/refile { mrn, confirmed, reason } (clerk): "filed in error".
// The old filing is kept and marked; the document files to the new patient.
export interface RefileRequest {
  mrn: string;
  confirmed: IdentifierKind[];
  reason: string;
}

// ── Clinicians: patients, timeline, search, viewer ──────────────────────────────────────
// GET /v1/patients?q=<name | DOB | MRN> → { patients: PatientView[] }
// GET /v1/patients/:mrn?type=&from=&to= → PatientChart

export interface PatientChart {
  patient: PatientView;
  documents: TimelineEntry[];
}

export interface TimelineEntry {
  documentId: string;
  docType: string | null;
  docTypeDisplay: string | null;
  loinc: string | null;
  documentDate: string | null;
  author: string | null;
  batchId: string;
  station: string;
  pageCount: number;
  filedAt: string;
  filingVersion: number;
}

// GET /v1/search?q=&patient=&type=&from=&to=&limit= → SearchResponse
// Without `patient` only users with crossPatientSearch may search.
export interface SearchResponse {
  total: number;
  hits: SearchHitView[];
}

export interface SearchHitView {
  documentId: string;
  patientMrn: string | null;
  patient: PatientView | null;
  docType: string | null;
  docTypeDisplay: string | null;
  loinc: string | null;
  documentDate: string | null;
  author: string | null;
  /** The best-matching page (1-based) and every matching page, best first. */
  page: number;
  pages: number[];
  score: number;
  /** Best fragment, matches in [brackets] (for terminals). */
  highlight: string;
  /** Fragments by page, matches marked, for the browser. */
  fragments: HighlightFragment[];
}

export interface HighlightFragment {
  page: number;
  parts: { text: string; match: boolean }[];
}

// GET /v1/documents/:documentId → DocumentView
// GET /v1/documents/:documentId/pages/:page/image → image/png
// GET /v1/documents/:documentId/pages/:page/highlights?q= → PageHighlights
// GET /v1/documents/:documentId/searchable.pdf → application/pdf

export interface DocumentView {
  documentId: string;
  batchId: string;
  station: string;
  status: DocumentStatus;
  filingVersion: number;
  patient: PatientView | null;
  docType: string | null;
  docTypeDisplay: string | null;
  loinc: string | null;
  documentDate: string | null;
  author: string | null;
  pages: { page: number; imageUrl: string; width: number; height: number }[];
  pdfUrl: string;
  /** Every filing version, oldest first: who decided what, and corrections. */
  history: FilingHistoryEntry[];
}

export interface FilingHistoryEntry {
  version: number;
  status: DocumentStatus;
  patientMrn: string | null;
  docType: string | null;
  decidedAt: string;
  /** 'pipeline' or the clerk's user name. */
  decidedBy: string;
  /** What changed, e.g. "assign-patient", "refile: filed in error". */
  change: string | null;
}

export interface PageHighlights {
  page: number;
  width: number;
  height: number;
  highlights: WordHighlight[];
}

// GET /v1/document-types → { types: DocumentTypeView[] }

// ── Admins: the audit trail ─────────────────────────────────────────────────────────────
// GET /v1/audit?actor=&action=&resource=&outcome=&from=&to=&limit= → AuditPage
// GET /v1/audit/export?(same filters) → application/x-ndjson, one AuditEventView per line

export interface AuditEventView {
  eventId: string;
  at: string;
  actor: string;
  action: string;
  resource: string;
  outcome: 'success' | 'denied' | 'error';
  detail: Record<string, unknown>;
}

export interface AuditPage {
  total: number;
  events: AuditEventView[];
}
