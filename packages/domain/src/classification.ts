/** One piece of evidence behind a document type decision, strongest kinds first. */
export type ClassificationEvidence =
  | { kind: 'cover-sheet'; loinc: string; pageId: string }
  | { kind: 'section-headers'; votes: { type: string; score: number; headers: string[] }[] }
  | {
      kind: 'model';
      modelVersion: string;
      /** Calibrated probabilities of the best types, best first. */
      top: { type: string; probability: number }[];
      /** The words that pushed the text toward the chosen type. */
      terms: string[];
    }
  | { kind: 'clerk'; actor: string };

/** What the classifier decided about a document and why; stored with every filing. */
export interface DocumentClassification {
  /** The classifier's rules version, e.g. "chartroom-classify/1". */
  classifier: string;
  /** The text model used, or null when a cover sheet (or a clerk) decided. */
  modelVersion: string | null;
  docType: string;
  loinc: string | null;
  /** 0–1: calibrated probability that docType is right (1 for a cover sheet or a clerk). */
  confidence: number;
  /** The threshold confidence was held against. */
  threshold: number;
  outcome: 'decided' | 'uncertain';
  decidedBy: 'cover-sheet' | 'text' | 'clerk';
  evidence: ClassificationEvidence[];
  /** Date of service / report date (YYYY-MM-DD) as printed, never the date of birth. */
  documentDate: string | null;
  documentDateLabel: string | null;
  /** The author or provider as printed, e.g. "Jane Smith, MD". */
  author: string | null;
}
