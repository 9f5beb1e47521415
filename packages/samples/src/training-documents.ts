/**
 * Synthetic clinical documents, labelled by document type, to train Chartroom's default document
 * classifier. Every word comes from phrase banks written for Chartroom (training-*.ts), never from a
 * third-party corpus, so the training set and the model built from it can ship with the project.
 *
 * Each type follows its usual structure (a discharge summary has a hospital course, an operative
 * note a preoperative diagnosis and estimated blood loss…) but the layout varies the way real
 * dictated and typed reports do: headers missing, abbreviated, reordered, upper- or title-case, or
 * run into the text as "HEADER:, text"; documents from a few lines to a couple of pages; the same
 * illnesses under every type, so the classifier has to learn the document's shape.
 */
import { DEFAULT_DOCUMENT_TYPES } from '@chartroom/domain';
import { syntheticPatients, type SyntheticPatient } from './patients.ts';
import { createPrng, seedFromString, type Prng } from './prng.ts';
import { autopsyReport, consentForm, otherDocument } from './training-forms.ts';
import {
  consultNote,
  dischargeSummary,
  emergencyNote,
  historyAndPhysical,
  letter,
  officeNote,
  progressNote,
} from './training-notes.ts';
import {
  laboratoryReport,
  operativeNote,
  pathologyReport,
  radiologyReport,
} from './training-reports-docs.ts';

export interface TrainingDocument {
  text: string;
  /** A key of DEFAULT_DOCUMENT_TYPES, e.g. "discharge-summary". */
  docType: string;
}

export interface TrainingDocumentOptions {
  /** Documents per type (default 60). */
  perType?: number;
  /** The same seed always gives the same documents (default 1). */
  seed?: number;
  /** Only these type keys (default: every key in DEFAULT_DOCUMENT_TYPES). */
  types?: string[];
}

type Generator = (rng: Prng, pool: readonly SyntheticPatient[]) => string;

/** One generator per default document type key. */
export const TRAINING_GENERATORS: Readonly<Record<string, Generator>> = {
  'discharge-summary': dischargeSummary,
  'history-and-physical': historyAndPhysical,
  'consult-note': consultNote,
  'progress-note': progressNote,
  'office-note': officeNote,
  'operative-note': operativeNote,
  'radiology-report': radiologyReport,
  'pathology-report': pathologyReport,
  'laboratory-report': laboratoryReport,
  'emergency-department-note': emergencyNote,
  letter,
  'consent-form': consentForm,
  'autopsy-report': autopsyReport,
  other: otherDocument,
};

const PATIENT_POOL_SIZE = 400;
const MAX_PER_TYPE = 20_000;

/**
 * `perType` documents for each type, in type order. Each document has its own random stream (from
 * the seed, the type and its index), so asking for fewer types or documents gives the same texts
 * for the ones that remain. No two documents returned are identical.
 */
export function trainingDocuments(options: TrainingDocumentOptions = {}): TrainingDocument[] {
  const perType = options.perType ?? 60;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(perType) || perType < 0 || perType > MAX_PER_TYPE) {
    throw new RangeError(`perType must be an integer in [0, ${MAX_PER_TYPE}], got ${perType}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const known = DEFAULT_DOCUMENT_TYPES.map((type) => type.key);
  const types = options.types ?? known;
  for (const key of types) {
    if (!TRAINING_GENERATORS[key]) {
      throw new RangeError(`no training generator for document type "${key}"; known: ${known.join(', ')}`);
    }
  }
  const pool = syntheticPatients(PATIENT_POOL_SIZE, seed);
  const seen = new Set<string>();
  const documents: TrainingDocument[] = [];
  for (const docType of [...new Set(types)]) {
    const generate = TRAINING_GENERATORS[docType] as Generator;
    for (let index = 0; index < perType; index++) {
      // A repeat (rare: a short form with the same draws) is redrawn from a salted stream.
      for (let attempt = 0; ; attempt++) {
        const rng = createPrng(seedFromString(`${seed}:${docType}:${index}:${attempt}`));
        const text = generate(rng, pool);
        if (!seen.has(text)) {
          seen.add(text);
          documents.push({ text, docType });
          break;
        }
        if (attempt >= 50) throw new Error(`could not generate a distinct ${docType} document`);
      }
    }
  }
  return documents;
}

/** RFC 4180: quote a field only when it holds a comma, quote or line break; double inner quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The documents as CSV with the header `text,doc_type` (CRLF row ends, as RFC 4180 writes them). */
export function trainingCsv(docs: readonly TrainingDocument[]): string {
  const rows = [['text', 'doc_type'], ...docs.map((doc) => [doc.text, doc.docType])];
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
