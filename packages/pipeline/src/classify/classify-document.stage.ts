import type { ClassificationEvidence, DocumentClassification, DocumentTypes } from '@chartroom/domain';
import { OTHER_DOCUMENT_TYPE } from '@chartroom/domain';
import { extractAuthor } from './document-author.ts';
import { extractDocumentDate } from './document-date.ts';
import { explainPrediction, predictText, type TextModel } from './model/text-model.ts';
import { classifierFeatures } from './classifier-features.ts';
import { findSectionHeaders, headerVotes } from './section-headers.ts';

/** Bumped whenever the rules below change what a document is classified as. */
export const CLASSIFIER_VERSION = 'chartroom-classify/1';

export interface ClassifyOptions {
  types: DocumentTypes;
  /** The current text model; without one, section headers alone decide (and rarely surely). */
  model: TextModel | null;
  /** Below this calibrated confidence the type is "uncertain" (a clerk decides); null: the model's own. */
  minConfidence: number | null;
}

export interface ClassifyInput {
  /** The document's OCR text, pages in order. */
  text: string;
  /** A cover sheet's DOC code, with the page it was read on. */
  coverSheet: { loinc: string; pageId: string } | null;
  now?: Date;
}

/** Without a model, a header vote this strong (a printed title plus a distinctive header) decides. */
const HEADERS_ALONE_MIN_SCORE = 5;
const DEFAULT_THRESHOLD = 0.5;

/**
 * The type, date and author of one document, strongest evidence first: a cover sheet's LOINC code
 * decides outright; otherwise the text model (whose features include the section headers found)
 * decides when its calibrated confidence reaches the threshold. "Uncertain" is a result, not an
 * error: the document goes to a clerk with the evidence.
 */
export function classifyDocument(input: ClassifyInput, options: ClassifyOptions): DocumentClassification {
  const date = extractDocumentDate(input.text, input.now ? { now: input.now } : {});
  const author = extractAuthor(input.text);
  const printed = {
    documentDate: date?.date ?? null,
    documentDateLabel: date?.label ?? null,
    author: author ? [author.name, author.credentials].filter(Boolean).join(', ') : null,
  };

  const coverType = input.coverSheet ? options.types.byLoincCode(input.coverSheet.loinc) : undefined;
  if (input.coverSheet) {
    // The code decides even when the hospital's list does not name it: the LOINC code is the record.
    return {
      classifier: CLASSIFIER_VERSION,
      modelVersion: null,
      docType: coverType?.key ?? OTHER_DOCUMENT_TYPE,
      loinc: input.coverSheet.loinc,
      confidence: 1,
      threshold: 1,
      outcome: 'decided',
      decidedBy: 'cover-sheet',
      evidence: [{ kind: 'cover-sheet', ...input.coverSheet }],
      ...printed,
    };
  }

  const hits = findSectionHeaders(input.text);
  const votes = headerVotes(hits);
  const evidence: ClassificationEvidence[] = [{ kind: 'section-headers', votes: votes.slice(0, 3) }];
  const threshold = options.minConfidence ?? options.model?.suggestedThreshold ?? DEFAULT_THRESHOLD;

  let docType: string;
  let confidence: number;
  if (options.model) {
    const features = classifierFeatures(input.text, hits);
    const ranked = predictText(options.model, input.text, features).flatMap((guess) => {
      // A model trained on labels outside the hospital's list cannot name a type it does not have.
      const type = options.types.find(guess.label);
      return type ? [{ type: type.key, probability: guess.probability }] : [];
    });
    const best = ranked[0] ?? { type: OTHER_DOCUMENT_TYPE, probability: 0 };
    docType = best.type;
    confidence = best.probability;
    const label = options.model.labels.find((l) => options.types.find(l)?.key === docType);
    evidence.push({
      kind: 'model',
      modelVersion: options.model.version,
      top: ranked.slice(0, 3).map((r) => ({ type: r.type, probability: round(r.probability) })),
      terms: label ? explainPrediction(options.model, input.text, label, features).map((t) => t.term) : [],
    });
  } else {
    const top = votes[0];
    const runnerUp = votes[1]?.score ?? 0;
    docType = top?.type ?? OTHER_DOCUMENT_TYPE;
    // Headers alone are sure only when one type clearly leads.
    confidence = top && top.score >= HEADERS_ALONE_MIN_SCORE && top.score >= 2 * runnerUp ? 1 : 0;
  }

  return {
    classifier: CLASSIFIER_VERSION,
    modelVersion: options.model?.version ?? null,
    docType,
    loinc: options.types.find(docType)?.loinc ?? null,
    confidence: round(confidence),
    threshold,
    outcome: confidence >= threshold ? 'decided' : 'uncertain',
    decidedBy: 'text',
    evidence,
    ...printed,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
