import type {
  DocumentClassification,
  DocumentFiling,
  DocumentStatus,
  MatchDecision,
  PageText,
  Patient,
} from '@chartroom/domain';
import { reviewReasonsOf } from '../file/review-reasons.ts';

/** The shape of a document in the search index (see infra/elasticsearch/documents.template.json). */
export interface IndexedDocument {
  documentId: string;
  batchId: string;
  /** Search shows 'filed' documents, the review queue 'review' ones; 'rescan' and 'merged' neither. */
  status: DocumentStatus;
  filingVersion: number;
  patientMrn: string | null;
  patientName: string | null;
  patientBirthDate: string | null;
  docType: string | null;
  loinc: string | null;
  /** Date of service / report date as printed (YYYY-MM-DD). */
  documentDate: string | null;
  author: string | null;
  /** How sure the type is and what decided it; the evidence stays in the stored filing. */
  classification: Pick<
    DocumentClassification,
    'confidence' | 'decidedBy' | 'modelVersion' | 'outcome'
  > | null;
  decidedAt: string;
  matcher: string;
  reasons: { code: string; message: string }[];
  /** The whole decision, stored (not searchable) so clerks see identifiers and candidates. */
  decision: MatchDecision;
  /** 1-based pages of this document a clerk must look at first. */
  suspectedMisfiledPages: number[];
  pageCount: number;
  pages: {
    page: number;
    pageId: string;
    file: string;
    pageIndex: number;
    text: string;
    meanConfidence: number;
  }[];
}

/**
 * Builds what search needs from a filing and its pages' text. The search index can always be
 * rebuilt from S3 with this function: it holds nothing that is not in the record.
 */
export function buildIndexDocument(
  filing: DocumentFiling,
  pageTexts: Map<string, PageText>,
  patient: Patient | null,
): IndexedDocument {
  return {
    documentId: filing.documentId,
    batchId: filing.batchId,
    status: filing.status,
    filingVersion: filing.version,
    patientMrn: filing.patientMrn,
    patientName: patient ? `${patient.family}, ${patient.given.join(' ')}` : null,
    patientBirthDate: patient?.birthDate ?? null,
    docType: filing.docType,
    loinc: filing.loinc,
    documentDate: filing.classification?.documentDate ?? null,
    author: filing.classification?.author ?? null,
    classification: filing.classification
      ? {
          confidence: filing.classification.confidence,
          decidedBy: filing.classification.decidedBy,
          modelVersion: filing.classification.modelVersion,
          outcome: filing.classification.outcome,
        }
      : null,
    decidedAt: filing.decidedAt,
    matcher: filing.decision.matcher,
    reasons: reviewReasonsOf(filing),
    decision: filing.decision,
    suspectedMisfiledPages: filing.pages.flatMap((ref, position) =>
      filing.decision.markedPages.includes(ref.pageId) ? [position + 1] : [],
    ),
    pageCount: filing.pages.length,
    pages: filing.pages.map((ref, position) => {
      const text = pageTexts.get(ref.pageId);
      return {
        page: position + 1,
        pageId: ref.pageId,
        file: ref.file,
        pageIndex: ref.pageIndex,
        text: text?.text ?? '',
        meanConfidence: text?.meanConfidence ?? 0,
      };
    }),
  };
}
