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

/**
 * Why a document waits for a clerk, in order of patient-safety weight: the most serious first. The
 * review queue's 'priority' order ranks a document by its most serious reason in this list.
 */
export const REVIEW_REASON_ORDER = [
  'suspected-misfiled-page',
  'multiple-patients',
  'identifier-conflict',
  'near-duplicate-patients',
  'mrn-not-found',
  'no-candidate',
  'single-identifier',
  'no-identifiers',
  'low-ocr-confidence',
  'poorly-read-page',
  'page-unreadable',
  // Not a patient reason: the patient is settled, the kind of document is not.
  'type-uncertain',
] as const;

/** Why a document waits for a clerk; see REVIEW_REASON_ORDER. */
export type ReviewReasonCode = (typeof REVIEW_REASON_ORDER)[number];

/** A reason's place in REVIEW_REASON_ORDER (0 is the most serious); a code it lacks ranks last. */
export function reviewReasonRank(code: string): number {
  const rank = (REVIEW_REASON_ORDER as readonly string[]).indexOf(code);
  return rank >= 0 ? rank : REVIEW_REASON_ORDER.length;
}

/** Every reason is about the patient (a wrong chart) except an uncertain document type. */
export function isPatientSafetyReason(code: string): boolean {
  return code !== 'type-uncertain';
}

/** The most serious of these reason codes, or null when there are none. */
export function primaryReviewReason(codes: readonly string[]): string | null {
  let best: string | null = null;
  for (const code of codes) if (best === null || reviewReasonRank(code) < reviewReasonRank(best)) best = code;
  return best;
}

export interface ReviewReason {
  code: ReviewReasonCode;
  /** A sentence a clerk can act on; never contains patient data. */
  message: string;
}

/** 'near': close but not equal (an MRN one typo away, a nickname-free name that only sounds alike). */
export type FieldAgreement = 'agree' | 'near' | 'disagree' | 'missing';

export interface CandidateScore {
  mrn: string;
  /** Fellegi–Sunter match weight: the sum of log2 likelihood ratios of the fields. */
  score: number;
  fields: Record<IdentifierKind, FieldAgreement>;
}

/** What the matcher decided and why; stored with every document. */
export interface MatchDecision {
  matcher: string;
  outcome: 'matched' | 'review';
  patientMrn: string | null;
  identifiers: FoundIdentifier[];
  /** Best first. */
  candidates: CandidateScore[];
  reasons: ReviewReason[];
  /** Pages a clerk must look at first (e.g. a suspected misfiled page). */
  markedPages: PageId[];
}
