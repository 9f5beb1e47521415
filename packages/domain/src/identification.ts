import type { PageId } from './ids.ts';

export type IdentifierKind = 'mrn' | 'name' | 'birthDate';
export type IdentifierSource = 'header-text' | 'barcode' | 'label-text';

/** One patient identifier found on a page, with where and how surely it was read. */
export interface FoundIdentifier {
  kind: IdentifierKind;
  /** Normalised value: MRN digits, "FAMILY^GIVEN" upper-case, or YYYY-MM-DD. */
  value: string;
  source: IdentifierSource;
  pageId: PageId;
  /** 0–100: the OCR confidence of the words it was read from (100 for barcodes). */
  confidence: number;
}

export type ReviewReasonCode =
  | 'no-identifiers'
  | 'single-identifier'
  | 'mrn-not-found'
  | 'identifier-conflict'
  | 'multiple-patients'
  | 'low-ocr-confidence'
  | 'page-unreadable';

export interface ReviewReason {
  code: ReviewReasonCode;
  /** A sentence a clerk can act on; never contains patient data. */
  message: string;
}

export type FieldAgreement = 'agree' | 'disagree' | 'missing';

/** What the matcher decided and why; stored with every document. */
export interface MatchDecision {
  matcher: string;
  outcome: 'matched' | 'review';
  patientMrn: string | null;
  identifiers: FoundIdentifier[];
  candidates: { mrn: string; fields: Record<IdentifierKind, FieldAgreement> }[];
  reasons: ReviewReason[];
}
