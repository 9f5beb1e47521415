import { createHash } from 'node:crypto';
import { z } from 'zod';
import { mulberry32, shuffleInPlace } from './seeded-random.ts';
import {
  BIGRAM_PREFIX,
  bigramTerm,
  CHAR_GRAM_PREFIX,
  documentTerms,
  documentWords,
  readableTerm,
  WORD_PREFIX,
  wordTerms,
} from './text-features.ts';

/**
 * The document-type text model: TF-IDF of OCR-robust terms (text-features.ts) feeding a multinomial
 * logistic regression, with probabilities calibrated by a temperature fitted on out-of-fold
 * predictions. Everything is pure and seeded: the same examples and options give the same model,
 * byte for byte, and so the same version.
 */

export const TEXT_MODEL_FORMAT = 'chartroom-text-model/1';

export interface TrainOptions {
  /** Terms found in fewer documents than this are dropped (OCR garbage, names, one-off numbers). */
  minDf: number;
  /** Vocabulary cap: the terms in most documents are kept (ties broken by the term, for determinism). */
  maxFeatures: number;
  /**
   * λ in  mean(class-weighted log-loss) + λ/2·‖W‖²  (sklearn's C ≈ 1/(λ·examples)). The default
   * (C ≈ 0.8 at 1,250 examples) gave the best macro-F1 in 5-fold cross-validation on MTSamples
   * (0.73, against 0.69 at 3e-3 and 0.72 at 3e-4); the temperature then calibrates the probabilities.
   */
  l2: number;
  /** Passes of stochastic gradient descent over the examples; the second half's iterates are averaged. */
  epochs: number;
  /** Initial step size (document rows have norm ≤ 1, so ~1 is a natural scale); decays as 1/(1+η₀λt). */
  learningRate: number;
  /** Seeds the example order and the fold assignment. */
  seed: number;
  /** Stratified folds for calibration; 0 skips calibration (temperature 1, uncalibratedThreshold). */
  folds: number;
  /** suggestedThreshold is the lowest confidence at which out-of-fold accuracy reaches this. */
  targetPrecision: number;
  /** suggestedThreshold when folds = 0, there being no out-of-fold predictions to choose it from. */
  uncalibratedThreshold: number;
  /**
   * The least suggestedThreshold, whatever calibration says: for a model whose training texts are
   * easier than the documents it will meet (the shipped model, trained on generated text).
   */
  minThreshold: number;
}

export const DEFAULT_TRAIN_OPTIONS: Readonly<TrainOptions> = {
  minDf: 2,
  maxFeatures: 50_000,
  l2: 1e-3,
  epochs: 8,
  learningRate: 1,
  seed: 1,
  folds: 5,
  targetPrecision: 0.97,
  uncalibratedThreshold: 0.5,
  minThreshold: 0,
};

/** How the model was trained and how well it did on examples it had not seen (out-of-fold). */
export interface TextModelTraining {
  examples: number;
  /** Examples per label. */
  labelCounts: Record<string, number>;
  options: TrainOptions;
  /** Folds actually used (fewer than asked when there are fewer examples than folds; 0: none). */
  folds: number;
  /** Out-of-fold accuracy and macro-F1 (all labels weigh the same); null without calibration. */
  outOfFoldAccuracy: number | null;
  outOfFoldMacroF1: number | null;
  /** Share of out-of-fold examples whose calibrated top probability is ≥ suggestedThreshold… */
  thresholdCoverage: number | null;
  /** …and the accuracy among them (null when none are). */
  thresholdAccuracy: number | null;
}

/** A trained model, JSON-serialisable as is. Treat it as immutable (predictions cache its decoded weights). */
export interface TextModel {
  format: typeof TEXT_MODEL_FORMAT;
  /** "tm-" + the first 12 hex digits of the SHA-256 of the canonical serialisation of the rest. */
  version: string;
  /** Sorted. */
  labels: string[];
  /** Terms as documentTerms() spells them. */
  vocabulary: string[];
  /** Smoothed inverse document frequency of each vocabulary term (tf-idf blocks: see termBlock). */
  idf: number[];
  /** Per label (aligned with labels): one float32 weight per vocabulary term, little-endian, base64. */
  weights: string[];
  /** Per label. */
  bias: number[];
  /** Logits are divided by this before the softmax (calibration). */
  temperature: number;
  /** Calibrated top probability at or above which out-of-fold accuracy reached targetPrecision. */
  suggestedThreshold: number;
  training: TextModelTraining;
}

export interface TextExample {
  text: string;
  label: string;
  /** Named features found elsewhere (e.g. `hdr:hospital-course`), used verbatim as terms. */
  extraFeatures?: string[];
}

export interface LabelProbability {
  label: string;
  probability: number;
}

export interface TermContribution {
  /** Readable: "hospital course", "discharge", "disch…", "hdr:hospital-course". */
  term: string;
  /** tf-idf value × the label's weight: how far this term pushed the document toward the label. */
  weight: number;
}

export interface OutOfFoldPrediction {
  /** Position of the example in the input. */
  index: number;
  label: string;
  predicted: string;
  /** Calibrated probability of `predicted`. */
  probability: number;
}

export interface CrossValidation {
  /** Folds used (fewer than asked when there are fewer examples). */
  folds: number;
  /** Fitted on all out-of-fold predictions and already applied to their probabilities. */
  temperature: number;
  predictions: OutOfFoldPrediction[];
}

/**
 * Trains a model. With folds ≥ 2 the examples are first cross-validated (stratified, seeded) to fit
 * the temperature and choose suggestedThreshold; the model itself is then trained on all examples.
 */
export function trainTextModel(examples: TextExample[], options: Partial<TrainOptions> = {}): TextModel {
  const resolved = resolveOptions(options);
  const labels = examples.map((example) => example.label);
  checkExamples(labels, 2);
  const corpus = buildCorpus(examples, resolved.minDf);

  const calibration = resolved.folds >= 2 ? calibrate(corpus, labels, resolved) : null;
  const fitted = fitModel(
    corpus,
    labels.map((_, i) => i),
    labels,
    resolved,
  );

  const labelCounts: Record<string, number> = {};
  for (const label of fitted.labels) labelCounts[label] = 0;
  for (const label of labels) labelCounts[label] = (labelCounts[label] ?? 0) + 1;

  const unversioned: Omit<TextModel, 'version'> = {
    format: TEXT_MODEL_FORMAT,
    labels: fitted.labels,
    vocabulary: fitted.vocabulary.terms,
    idf: fitted.vocabulary.idf,
    weights: encodeWeights(fitted.termMajorWeights, fitted.labels.length, fitted.vocabulary.terms.length),
    bias: Array.from(fitted.bias, round6),
    temperature: calibration?.temperature ?? 1,
    suggestedThreshold: Math.max(
      resolved.minThreshold,
      calibration?.threshold.threshold ?? resolved.uncalibratedThreshold,
    ),
    training: {
      examples: examples.length,
      labelCounts,
      options: resolved,
      folds: calibration?.folds ?? 0,
      outOfFoldAccuracy: calibration ? round6(calibration.accuracy) : null,
      outOfFoldMacroF1: calibration ? round6(calibration.macroF1) : null,
      thresholdCoverage: calibration ? round6(calibration.threshold.coverage) : null,
      thresholdAccuracy:
        calibration?.threshold.accuracy == null ? null : round6(calibration.threshold.accuracy),
    },
  };
  return { ...unversioned, version: modelVersion(unversioned) };
}

/**
 * Out-of-fold predictions: each fold's model (trained without calibration) predicts the examples it
 * did not see; one temperature, fitted on all of them, calibrates their probabilities. For
 * benchmarks: per-class precision/recall/F1 and a threshold on the same data the model would use.
 */
export function crossValidate(
  examples: TextExample[],
  options: Partial<TrainOptions> & { folds: number },
): CrossValidation {
  const resolved = resolveOptions(options);
  if (resolved.folds < 2) throw new Error(`cross-validation needs at least 2 folds, not ${resolved.folds}`);
  const labels = examples.map((example) => example.label);
  checkExamples(labels, 1);
  if (labels.length < 2) throw new Error('cross-validation needs at least 2 examples');
  const calibration = calibrate(buildCorpus(examples, resolved.minDf), labels, resolved);
  return {
    folds: calibration.folds,
    temperature: calibration.temperature,
    predictions: calibration.predictions,
  };
}

/** Calibrated probabilities of every label, best first (ties by label). */
export function predictText(
  model: TextModel,
  text: string,
  extraFeatures: string[] = [],
): LabelProbability[] {
  const decoded = decodeModel(model);
  const row = vectoriseText(text, extraFeatures, decoded, model.idf);
  const probabilities = softmax(logitsOf(row, decoded.termMajorWeights, model.bias), model.temperature);
  return model.labels
    .map((label, k) => ({ label, probability: probabilities[k] as number }))
    .sort((a, b) => b.probability - a.probability || compareStrings(a.label, b.label));
}

/**
 * The terms of this document that pushed it most toward `label` (largest tf-idf value × weight),
 * readable, for storing as evidence. A label's weights across all labels sum to ~0 (the softmax
 * gradient does), so a positive contribution means "toward this label rather than the others".
 */
export function explainPrediction(
  model: TextModel,
  text: string,
  label: string,
  extraFeatures: string[] = [],
  count = 8,
): TermContribution[] {
  const labelIndex = model.labels.indexOf(label);
  if (labelIndex < 0) {
    throw new Error(`the model knows no label "${label}" (it knows ${model.labels.join(', ')})`);
  }
  const decoded = decodeModel(model);
  const row = vectoriseText(text, extraFeatures, decoded, model.idf);
  const labelCount = model.labels.length;
  const contributions: { term: string; weight: number }[] = [];
  for (let j = 0; j < row.indices.length; j++) {
    const termIndex = row.indices[j] as number;
    const weight =
      (row.values[j] as number) * (decoded.termMajorWeights[termIndex * labelCount + labelIndex] as number);
    if (weight > 0) contributions.push({ term: model.vocabulary[termIndex] as string, weight });
  }
  contributions.sort((a, b) => b.weight - a.weight || compareStrings(a.term, b.term));
  // A word and its whole-word character gram read the same ("ab"): keep the stronger once.
  const seen = new Set<string>();
  const explained: TermContribution[] = [];
  for (const contribution of contributions) {
    if (explained.length >= count) break;
    const term = readableTerm(contribution.term);
    if (seen.has(term)) continue;
    seen.add(term);
    explained.push({ term, weight: Math.round(contribution.weight * 1e4) / 1e4 });
  }
  return explained;
}

/** Canonical JSON (fixed key order, no whitespace): equal models give equal bytes. */
export function serialiseTextModel(model: TextModel): string {
  return `${canonicalJson(model)}\n`;
}

/** Parses and checks a serialised model: its format, its shape, and that its version matches its content. */
export function parseTextModel(json: string): TextModel {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`text model is not JSON: ${(error as Error).message}`);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== TEXT_MODEL_FORMAT) {
    throw new Error(
      `not a Chartroom text model: format is ${JSON.stringify(format) ?? 'missing'}, expected "${TEXT_MODEL_FORMAT}"`,
    );
  }
  const parsed = textModelSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid text model:\n${z.prettifyError(parsed.error)}`);
  const model: TextModel = parsed.data;
  const vocabularySize = model.vocabulary.length;
  if (model.idf.length !== vocabularySize) {
    throw new Error(`invalid text model: ${model.idf.length} idf values for ${vocabularySize} terms`);
  }
  if (model.weights.length !== model.labels.length || model.bias.length !== model.labels.length) {
    throw new Error(`invalid text model: weights and bias must have one entry per label`);
  }
  model.weights.forEach((encoded, k) => {
    const bytes = Buffer.from(encoded, 'base64').length;
    if (bytes !== vocabularySize * 4) {
      throw new Error(
        `invalid text model: label "${model.labels[k]}" has ${bytes / 4} weights for ${vocabularySize} terms`,
      );
    }
  });
  const { version, ...unversioned } = model;
  const expected = modelVersion(unversioned);
  if (version !== expected) {
    throw new Error(`text model ${version} is damaged or edited: its content is version ${expected}`);
  }
  return model;
}

// ---------------------------------------------------------------------------------------------
// Options, checks, serialisation

const trainOptionsSchema = z
  .object({
    minDf: z.number().int().min(1),
    maxFeatures: z.number().int().min(1),
    l2: z.number().min(0),
    epochs: z.number().int().min(1),
    learningRate: z.number().positive(),
    seed: z.number().int(),
    folds: z.number().int().min(0),
    targetPrecision: z.number().min(0).max(1),
    uncalibratedThreshold: z.number().min(0).max(1),
    minThreshold: z.number().min(0).max(1),
  })
  .strict();

const nullableUnit = z.number().min(0).max(1).nullable();

const textModelSchema = z
  .object({
    format: z.literal(TEXT_MODEL_FORMAT),
    version: z.string().regex(/^tm-[0-9a-f]{12}$/),
    labels: z.array(z.string().min(1)).min(1),
    vocabulary: z.array(z.string()),
    idf: z.array(z.number()),
    weights: z.array(z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)),
    bias: z.array(z.number()),
    temperature: z.number().positive(),
    suggestedThreshold: z.number().min(0).max(1),
    training: z
      .object({
        examples: z.number().int().min(0),
        labelCounts: z.record(z.string(), z.number().int().min(0)),
        options: trainOptionsSchema,
        folds: z.number().int().min(0),
        outOfFoldAccuracy: nullableUnit,
        outOfFoldMacroF1: nullableUnit,
        thresholdCoverage: nullableUnit,
        thresholdAccuracy: nullableUnit,
      })
      .strict(),
  })
  .strict();

function resolveOptions(options: Partial<TrainOptions>): TrainOptions {
  const merged = { ...DEFAULT_TRAIN_OPTIONS };
  // Explicit undefined means "the default", as with spread-free callers.
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  const parsed = trainOptionsSchema.safeParse(merged);
  if (!parsed.success) throw new Error(`invalid training options:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function checkExamples(labels: string[], minLabels: number): void {
  if (labels.some((label) => typeof label !== 'string' || label.length === 0)) {
    throw new Error('every example needs a non-empty label');
  }
  const distinct = new Set(labels).size;
  if (distinct < minLabels) {
    throw new Error(`training needs examples of at least ${minLabels} labels, got ${distinct}`);
  }
}

/** Code-unit order: unlike localeCompare, the same on every machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

// format and version lead so a person opening the file sees what it is; the rest is sorted.
const LEADING_KEYS = ['format', 'version'];

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => {
      const rankA = LEADING_KEYS.indexOf(a) >>> 0; // -1 → largest, so unlisted keys sort after
      const rankB = LEADING_KEYS.indexOf(b) >>> 0;
      return rankA - rankB || compareStrings(a, b);
    });
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`text model holds a non-finite number (${value}): training diverged`);
  }
  return JSON.stringify(value);
}

function modelVersion(unversioned: Omit<TextModel, 'version'>): string {
  return `tm-${createHash('sha256').update(canonicalJson(unversioned)).digest('hex').slice(0, 12)}`;
}

function encodeWeights(termMajor: Float64Array, labelCount: number, vocabularySize: number): string[] {
  const encoded: string[] = [];
  for (let k = 0; k < labelCount; k++) {
    const bytes = Buffer.alloc(vocabularySize * 4);
    for (let f = 0; f < vocabularySize; f++) {
      const weight = termMajor[f * labelCount + k] as number;
      if (!Number.isFinite(weight)) throw new Error('training diverged: a weight is not finite');
      bytes.writeFloatLE(weight, f * 4);
    }
    encoded.push(bytes.toString('base64'));
  }
  return encoded;
}

interface DecodedModel {
  termIndex: Map<string, number>;
  blocks: Uint8Array;
  /** weights[term · labels + label], the order a sparse document reads them in. */
  termMajorWeights: Float32Array;
}

const decodedModels = new WeakMap<TextModel, DecodedModel>();

function decodeModel(model: TextModel): DecodedModel {
  const cached = decodedModels.get(model);
  if (cached) return cached;
  const labelCount = model.labels.length;
  const vocabularySize = model.vocabulary.length;
  const termMajorWeights = new Float32Array(vocabularySize * labelCount);
  model.weights.forEach((encoded, k) => {
    const bytes = Buffer.from(encoded, 'base64');
    for (let f = 0; f < vocabularySize; f++) termMajorWeights[f * labelCount + k] = bytes.readFloatLE(f * 4);
  });
  const decoded = {
    termIndex: new Map(model.vocabulary.map((term, f) => [term, f])),
    blocks: Uint8Array.from(model.vocabulary, termBlock),
    termMajorWeights,
  };
  decodedModels.set(model, decoded);
  return decoded;
}

// ---------------------------------------------------------------------------------------------
// TF-IDF

/** A document as a sparse unit vector: feature indices with their tf-idf values. */
interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
}

/**
 * The training examples' terms with each distinct term numbered once, so that the folds count
 * document frequencies and build rows over integers instead of re-hashing strings.
 */
interface Corpus {
  /** Term id → term. */
  terms: string[];
  /** Term id → position in code-unit order among the terms in ≥ minDf documents (others: -1). */
  lexicalRank: Int32Array;
  /** Term ids with document frequency ≥ minDf over the whole corpus (a fold's vocabulary is a subset). */
  candidates: Int32Array;
  documents: CountedDocument[];
}

interface CountedDocument {
  termIds: Int32Array;
  counts: Int32Array;
}

function buildCorpus(examples: TextExample[], minDf: number): Corpus {
  const interner = new TermInterner();
  const documents = examples.map((example): CountedDocument => {
    const ids = interner.documentTermIds(example.text, example.extraFeatures ?? []);
    ids.sort();
    // Run-length encode the sorted ids into (term, count).
    const termIds: number[] = [];
    const counts: number[] = [];
    for (let j = 0; j < ids.length; j++) {
      if (j > 0 && ids[j] === ids[j - 1]) counts[counts.length - 1]! += 1;
      else {
        termIds.push(ids[j] as number);
        counts.push(1);
      }
    }
    return { termIds: Int32Array.from(termIds), counts: Int32Array.from(counts) };
  });

  const { terms } = interner;
  const documentFrequency = documentFrequencies(terms.length, documents);
  const candidates = Int32Array.from(
    terms.flatMap((_, id) => ((documentFrequency[id] as number) >= minDf ? [id] : [])),
  );
  const lexicalRank = new Int32Array(terms.length).fill(-1);
  [...candidates]
    .sort((a, b) => compareStrings(terms[a] as string, terms[b] as string))
    .forEach((id, rank) => (lexicalRank[id] = rank));
  return { terms, lexicalRank, candidates, documents };
}

/**
 * Numbers the terms documentTerms() would give, built from the same pieces (documentWords,
 * wordTerms, bigramTerm) but hashing each distinct word's terms and each distinct word pair's
 * bigram once: most of a corpus's words are repeats, and building and hashing their character-gram
 * strings again was most of the cost of training.
 */
class TermInterner {
  readonly terms: string[] = [];
  private readonly idOf = new Map<string, number>();
  /** Word → ids of its wordTerms(), the first being `w:<word>`. */
  private readonly wordTermIds = new Map<string, Int32Array>();
  /** (id of `w:<first>`) · 2²⁶ + (id of `w:<second>`) → id of the bigram. */
  private readonly bigramIds = new Map<number, number>();

  documentTermIds(text: string, extraFeatures: string[]): Int32Array {
    const ids: number[] = [];
    let previousWord = '';
    let previousWordId = -1;
    for (const word of documentWords(text)) {
      let own = this.wordTermIds.get(word);
      if (!own) {
        own = Int32Array.from(wordTerms(word), (term) => this.id(term));
        this.wordTermIds.set(word, own);
      }
      for (const id of own) ids.push(id);
      const wordId = own[0] as number;
      if (previousWordId >= 0) {
        const pair = previousWordId * 2 ** 26 + wordId;
        let bigramId = this.bigramIds.get(pair);
        if (bigramId === undefined) {
          bigramId = this.id(bigramTerm(previousWord, word));
          this.bigramIds.set(pair, bigramId);
        }
        ids.push(bigramId);
      }
      previousWord = word;
      previousWordId = wordId;
    }
    for (const feature of extraFeatures) ids.push(this.id(feature));
    return Int32Array.from(ids);
  }

  private id(term: string): number {
    let id = this.idOf.get(term);
    if (id === undefined) {
      id = this.terms.length;
      if (id >= 2 ** 26) throw new Error('too many distinct terms to number (2²⁶)');
      this.idOf.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

function documentFrequencies(termCount: number, documents: CountedDocument[]): Int32Array {
  const documentFrequency = new Int32Array(termCount);
  for (const { termIds } of documents) {
    for (const id of termIds) documentFrequency[id] = (documentFrequency[id] as number) + 1;
  }
  return documentFrequency;
}

interface Vocabulary {
  terms: string[];
  idf: number[];
  /** Feature index → its block (termBlock). */
  blocks: Uint8Array;
  /** Corpus term id → feature index (-1: not in the vocabulary). */
  featureOf: Int32Array;
}

/**
 * A document's tf-idf values are L2-normalised per block (words and bigrams; character grams; named
 * features such as headers), each block then weighted 1/√3 so that a document with all three has a
 * unit row, as sklearn's FeatureUnion of separate vectorisers would. Normalising the row as one
 * would drown a document's one or two named features among its thousands of grams.
 */
const WORD_BLOCK = 0;
const CHAR_GRAM_BLOCK = 1;
const NAMED_BLOCK = 2;
const BLOCK_WEIGHT = 1 / Math.sqrt(3);

function termBlock(term: string): number {
  if (term.startsWith(WORD_PREFIX) || term.startsWith(BIGRAM_PREFIX)) return WORD_BLOCK;
  return term.startsWith(CHAR_GRAM_PREFIX) ? CHAR_GRAM_BLOCK : NAMED_BLOCK;
}

/** Scales values in place so each block has norm BLOCK_WEIGHT. */
function normaliseBlocks(indices: Int32Array, values: Float64Array, blocks: Uint8Array): void {
  const squares = new Float64Array(3);
  for (let j = 0; j < indices.length; j++) {
    const block = blocks[indices[j] as number] as number;
    squares[block] = (squares[block] as number) + (values[j] as number) * (values[j] as number);
  }
  const factors = squares.map((sum) => (sum > 0 ? BLOCK_WEIGHT / Math.sqrt(sum) : 0));
  for (let j = 0; j < indices.length; j++) {
    values[j] = (values[j] as number) * (factors[blocks[indices[j] as number] as number] as number);
  }
}

/**
 * The terms in ≥ minDf of these documents, those in most documents first (ties in code-unit order),
 * at most maxFeatures of them, with sklearn's smooth idf: ln((1 + n) / (1 + df)) + 1.
 */
function buildVocabulary(corpus: Corpus, members: number[], minDf: number, maxFeatures: number): Vocabulary {
  const documentFrequency = documentFrequencies(
    corpus.terms.length,
    members.map((i) => corpus.documents[i] as CountedDocument),
  );
  const kept = [...corpus.candidates].filter((id) => (documentFrequency[id] as number) >= minDf);
  kept.sort(
    (a, b) =>
      (documentFrequency[b] as number) - (documentFrequency[a] as number) ||
      (corpus.lexicalRank[a] as number) - (corpus.lexicalRank[b] as number),
  );
  kept.length = Math.min(kept.length, maxFeatures);
  const featureOf = new Int32Array(corpus.terms.length).fill(-1);
  kept.forEach((id, f) => (featureOf[id] = f));
  const n = members.length;
  const terms = kept.map((id) => corpus.terms[id] as string);
  return {
    terms,
    blocks: Uint8Array.from(terms, termBlock),
    idf: kept.map((id) => round6(Math.log((1 + n) / (1 + (documentFrequency[id] as number))) + 1)),
    featureOf,
  };
}

/**
 * Sublinear tf (1 + ln tf) × idf, normalised per block; terms outside the vocabulary are ignored.
 * Indices ascending: the frequent terms come first in the vocabulary, so SGD then reads the
 * weights in memory order (much faster than in the order terms were first seen).
 */
function vectoriseCounted(
  document: CountedDocument,
  vocabulary: Vocabulary,
  scratch: Float64Array,
): SparseRow {
  const found = new Int32Array(document.termIds.length);
  let size = 0;
  for (let j = 0; j < document.termIds.length; j++) {
    const f = vocabulary.featureOf[document.termIds[j] as number] as number;
    if (f < 0) continue;
    found[size++] = f;
    scratch[f] = (1 + Math.log(document.counts[j] as number)) * (vocabulary.idf[f] as number);
  }
  const indices = found.slice(0, size).sort();
  const values = new Float64Array(size);
  for (let j = 0; j < size; j++) values[j] = scratch[indices[j] as number] as number;
  normaliseBlocks(indices, values, vocabulary.blocks);
  return { indices, values };
}

/** The same for a new document's text, against a trained model's vocabulary. */
function vectoriseText(
  text: string,
  extraFeatures: string[],
  decoded: DecodedModel,
  idf: number[],
): SparseRow {
  const counts = new Map<number, number>();
  for (const term of documentTerms(text, extraFeatures)) {
    const f = decoded.termIndex.get(term);
    if (f !== undefined) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const indices = Int32Array.from(counts.keys()).sort();
  const values = Float64Array.from(
    indices,
    (f) => (1 + Math.log(counts.get(f) as number)) * (idf[f] as number),
  );
  normaliseBlocks(indices, values, decoded.blocks);
  return { indices, values };
}

// ---------------------------------------------------------------------------------------------
// Multinomial logistic regression

function logitsOf(
  row: SparseRow,
  termMajorWeights: ArrayLike<number>,
  bias: ArrayLike<number>,
): Float64Array {
  const labelCount = bias.length;
  const logits = Float64Array.from(bias);
  for (let j = 0; j < row.indices.length; j++) {
    const base = (row.indices[j] as number) * labelCount;
    const x = row.values[j] as number;
    for (let k = 0; k < labelCount; k++)
      logits[k] = (logits[k] as number) + x * (termMajorWeights[base + k] as number);
  }
  return logits;
}

/** softmax(logits / temperature), into a new array. */
function softmax(logits: Float64Array, temperature = 1): Float64Array {
  const probabilities = new Float64Array(logits.length);
  softmaxInto(logits, temperature, probabilities);
  return probabilities;
}

function softmaxInto(logits: Float64Array, temperature: number, out: Float64Array): void {
  let max = -Infinity;
  for (const logit of logits) max = Math.max(max, logit);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    const e = Math.exp(((logits[k] as number) - max) / temperature);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < logits.length; k++) out[k] = (out[k] as number) / sum;
}

interface FittedModel {
  labels: string[];
  vocabulary: Vocabulary;
  termMajorWeights: Float64Array;
  bias: Float64Array;
}

/** Vocabulary, tf-idf and softmax weights for these members of the corpus; no calibration. */
function fitModel(
  corpus: Corpus,
  members: number[],
  exampleLabels: string[],
  options: TrainOptions,
): FittedModel {
  const memberLabels = members.map((i) => exampleLabels[i] as string);
  const labels = [...new Set(memberLabels)].sort(compareStrings);
  const labelIndex = new Map(labels.map((label, k) => [label, k]));
  const vocabulary = buildVocabulary(corpus, members, options.minDf, options.maxFeatures);
  const scratch = new Float64Array(vocabulary.terms.length);
  const rows = members.map((i) =>
    vectoriseCounted(corpus.documents[i] as CountedDocument, vocabulary, scratch),
  );
  const targets = Int32Array.from(memberLabels, (label) => labelIndex.get(label) as number);
  const { termMajorWeights, bias } = fitSoftmax(
    rows,
    targets,
    labels.length,
    vocabulary.terms.length,
    options,
  );
  return { labels, vocabulary, termMajorWeights, bias };
}

/**
 * Averaged SGD on  Σᵢ cᵢ·CEᵢ / n + λ/2·‖W‖²  with balanced class weights cᵢ = n / (labels · n_class),
 * so a class of 10 examples counts as much as one of 300 (macro-F1 is the goal). Sparse throughout:
 * W is kept as scale·U so the L2 shrink is one multiplication, and the running average as
 * (Ũ + β·U)/steps (Xu 2011) so averaging too touches only a document's own terms. The iterates of
 * the second half of the epochs are averaged, which makes the result insensitive to the step size.
 * The bias is not regularised.
 */
function fitSoftmax(
  rows: SparseRow[],
  targets: Int32Array,
  labelCount: number,
  vocabularySize: number,
  options: TrainOptions,
): { termMajorWeights: Float64Array; bias: Float64Array } {
  const random = mulberry32(options.seed);
  const n = rows.length;
  const classSizes = new Float64Array(labelCount);
  for (const target of targets) classSizes[target] = (classSizes[target] as number) + 1;
  const presentClasses = classSizes.filter((size) => size > 0).length;
  const classWeights = classSizes.map((size) => (size > 0 ? n / (presentClasses * size) : 0));

  // Labels are padded to a multiple of 4 so the inner loops can run over a document's terms with
  // four labels held in local variables (JS engines do not vectorise; this is ~2× faster).
  const stride = Math.ceil(labelCount / 4) * 4;
  const u = new Float64Array(vocabularySize * stride);
  const uAverage = new Float64Array(vocabularySize * stride); // Ũ
  const bias = new Float64Array(labelCount);
  const biasSum = new Float64Array(labelCount);
  let scale = 1; // W = scale · U
  let scaleSum = 0; // β: Σ of scale over averaged steps
  let averagedSteps = 0;

  const order = Array.from({ length: n }, (_, i) => i);
  const probabilities = new Float64Array(labelCount);
  const gradient = new Float64Array(stride); // padding labels keep gradient 0
  const averageFromEpoch = Math.floor(options.epochs / 2);
  const { learningRate, l2 } = options;
  let step = 0;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    const averaging = epoch >= averageFromEpoch;
    for (const i of order) {
      const { indices, values } = rows[i] as SparseRow;
      const target = targets[i] as number;
      const nonZeros = indices.length;
      const eta = learningRate / (1 + learningRate * l2 * step);

      for (let block = 0; block < stride; block += 4) {
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let j = 0; j < nonZeros; j++) {
          const p = (indices[j] as number) * stride + block;
          const x = values[j] as number;
          s0 += x * (u[p] as number);
          s1 += x * (u[p + 1] as number);
          s2 += x * (u[p + 2] as number);
          s3 += x * (u[p + 3] as number);
        }
        const sums = [s0, s1, s2, s3];
        for (let k = block; k < Math.min(block + 4, labelCount); k++) {
          probabilities[k] = (bias[k] as number) + scale * (sums[k - block] as number);
        }
      }
      softmaxInto(probabilities, 1, probabilities);
      const classWeight = classWeights[target] as number;
      for (let k = 0; k < labelCount; k++) {
        gradient[k] = classWeight * ((probabilities[k] as number) - (k === target ? 1 : 0));
      }

      // w ← (1 − ηλ)·w − η·g·x, as scale ← (1 − ηλ)·scale and U ← U − (η/scale)·g·x; and
      // Ũ ← Ũ + β·(η/scale)·g·x keeps (Ũ + β·U) the running sum of the averaged w.
      scale *= 1 - eta * l2;
      const stepOverScale = eta / scale;
      for (let block = 0; block < stride; block += 4) {
        const g0 = (gradient[block] as number) * stepOverScale;
        const g1 = (gradient[block + 1] as number) * stepOverScale;
        const g2 = (gradient[block + 2] as number) * stepOverScale;
        const g3 = (gradient[block + 3] as number) * stepOverScale;
        if (averaging) {
          const a0 = g0 * scaleSum;
          const a1 = g1 * scaleSum;
          const a2 = g2 * scaleSum;
          const a3 = g3 * scaleSum;
          for (let j = 0; j < nonZeros; j++) {
            const p = (indices[j] as number) * stride + block;
            const x = values[j] as number;
            u[p] = (u[p] as number) - x * g0;
            u[p + 1] = (u[p + 1] as number) - x * g1;
            u[p + 2] = (u[p + 2] as number) - x * g2;
            u[p + 3] = (u[p + 3] as number) - x * g3;
            uAverage[p] = (uAverage[p] as number) + x * a0;
            uAverage[p + 1] = (uAverage[p + 1] as number) + x * a1;
            uAverage[p + 2] = (uAverage[p + 2] as number) + x * a2;
            uAverage[p + 3] = (uAverage[p + 3] as number) + x * a3;
          }
        } else {
          for (let j = 0; j < nonZeros; j++) {
            const p = (indices[j] as number) * stride + block;
            const x = values[j] as number;
            u[p] = (u[p] as number) - x * g0;
            u[p + 1] = (u[p + 1] as number) - x * g1;
            u[p + 2] = (u[p + 2] as number) - x * g2;
            u[p + 3] = (u[p + 3] as number) - x * g3;
          }
        }
      }
      for (let k = 0; k < labelCount; k++) bias[k] = (bias[k] as number) - eta * (gradient[k] as number);

      if (averaging) {
        scaleSum += scale;
        averagedSteps++;
        for (let k = 0; k < labelCount; k++) biasSum[k] = (biasSum[k] as number) + (bias[k] as number);
      }
      if (scale < 1e-9) {
        // Fold the scale into U before it underflows; β·U (and so the average) is unchanged.
        for (let p = 0; p < u.length; p++) u[p] = (u[p] as number) * scale;
        scaleSum /= scale;
        scale = 1;
      }
      step++;
    }
  }

  // The average (Ũ + β·U) / steps, without the padding labels.
  const termMajorWeights = new Float64Array(vocabularySize * labelCount);
  for (let f = 0; f < vocabularySize; f++) {
    for (let k = 0; k < labelCount; k++) {
      const p = f * stride + k;
      termMajorWeights[f * labelCount + k] =
        ((uAverage[p] as number) + scaleSum * (u[p] as number)) / averagedSteps;
    }
  }
  return { termMajorWeights, bias: biasSum.map((sum) => sum / averagedSteps) };
}

// ---------------------------------------------------------------------------------------------
// Calibration

interface Calibration {
  folds: number;
  temperature: number;
  predictions: OutOfFoldPrediction[];
  accuracy: number;
  macroF1: number;
  threshold: ThresholdChoice;
}

interface ThresholdChoice {
  threshold: number;
  coverage: number;
  accuracy: number | null;
}

/**
 * Stratified k-fold: each label's examples, shuffled, are dealt round the folds in turn (continuing
 * from where the previous label stopped, so folds stay even). A label with fewer examples than
 * folds is simply absent from some test folds; where its only examples are held out, the fold's
 * model cannot predict it and those examples count as errors (and are left out of the temperature
 * fit, which needs a probability for the true label).
 */
function calibrate(corpus: Corpus, labels: string[], options: TrainOptions): Calibration {
  const folds = Math.min(options.folds, labels.length);
  const random = mulberry32(options.seed ^ 0x5eed);
  const foldOf = new Int32Array(labels.length);
  let nextFold = 0;
  for (const label of [...new Set(labels)].sort(compareStrings)) {
    const members = labels.flatMap((l, i) => (l === label ? [i] : []));
    for (const i of shuffleInPlace(members, random)) {
      foldOf[i] = nextFold;
      nextFold = (nextFold + 1) % folds;
    }
  }

  const outOfFold: ({ labels: string[]; logits: Float64Array } | undefined)[] = labels.map(() => undefined);
  for (let fold = 0; fold < folds; fold++) {
    const train = labels.flatMap((_, i) => (foldOf[i] !== fold ? [i] : []));
    const test = labels.flatMap((_, i) => (foldOf[i] === fold ? [i] : []));
    if (train.length === 0 || test.length === 0) continue;
    const fitted = fitModel(corpus, train, labels, options);
    const scratch = new Float64Array(fitted.vocabulary.terms.length);
    for (const i of test) {
      const row = vectoriseCounted(corpus.documents[i] as CountedDocument, fitted.vocabulary, scratch);
      outOfFold[i] = { labels: fitted.labels, logits: logitsOf(row, fitted.termMajorWeights, fitted.bias) };
    }
  }

  const scored = outOfFold.map((oof, i) => {
    // Every example is in exactly one test fold, and with ≥ 2 non-empty folds no training set is empty.
    if (!oof) throw new Error(`example ${i} was in no test fold`);
    return { ...oof, trueIndex: oof.labels.indexOf(labels[i] as string) };
  });
  const temperature = round6(fitTemperature(scored.filter((s) => s.trueIndex >= 0)));
  const predictions = scored.map((s, index): OutOfFoldPrediction => {
    const probabilities = softmax(s.logits, temperature);
    let best = 0;
    for (let k = 1; k < probabilities.length; k++) {
      if ((probabilities[k] as number) > (probabilities[best] as number)) best = k;
    }
    return {
      index,
      label: labels[index] as string,
      predicted: s.labels[best] as string,
      probability: probabilities[best] as number,
    };
  });
  const correct = predictions.filter((p) => p.predicted === p.label).length;
  return {
    folds,
    temperature,
    predictions,
    accuracy: correct / predictions.length,
    macroF1: macroF1(predictions),
    threshold: chooseThreshold(predictions, options.targetPrecision),
  };
}

/**
 * The temperature T minimising the mean log-loss of softmax(logits / T) against targets smoothed by
 * ε = 1/(n + 2) (Laplace's rule of succession): when every out-of-fold prediction is right, the
 * plain log-loss falls as T → 0 and would make every prediction certain; smoothed, the confidence
 * stays near what n right answers justify. The loss is convex in 1/T, so a golden-section search
 * over ln T in [ln 0.001, ln 50] finds its minimum.
 */
function fitTemperature(scored: { logits: Float64Array; trueIndex: number }[]): number {
  if (scored.length === 0) return 1;
  const smoothing = 1 / (scored.length + 2);
  const logLoss = (logTemperature: number) => {
    const temperature = Math.exp(logTemperature);
    let total = 0;
    for (const { logits, trueIndex } of scored) {
      if (logits.length < 2) continue;
      let max = -Infinity;
      let others = 0;
      for (const logit of logits) max = Math.max(max, logit / temperature);
      let sum = 0;
      for (const logit of logits) sum += Math.exp(logit / temperature - max);
      const trueLogit = (logits[trueIndex] as number) / temperature;
      for (const logit of logits) others += logit / temperature;
      others = (others - trueLogit) / (logits.length - 1);
      // −Σ target·log p, with log p = logit/T − log Σ exp(logit/T).
      total += max + Math.log(sum) - (1 - smoothing) * trueLogit - smoothing * others;
    }
    return total / scored.length;
  };
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(0.001);
  let high = Math.log(50);
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let lossA = logLoss(a);
  let lossB = logLoss(b);
  for (let iteration = 0; iteration < 60; iteration++) {
    if (lossA <= lossB) {
      high = b;
      b = a;
      lossB = lossA;
      a = high - ratio * (high - low);
      lossA = logLoss(a);
    } else {
      low = a;
      a = b;
      lossA = lossB;
      b = low + ratio * (high - low);
      lossB = logLoss(b);
    }
  }
  return Math.exp((low + high) / 2);
}

/**
 * The smallest calibrated top probability p such that the out-of-fold examples at or above p are
 * right at least `target` of the time: the threshold that files the most documents automatically
 * at that precision. When no p reaches it, 1: nothing is decided without a person.
 */
function chooseThreshold(predictions: OutOfFoldPrediction[], target: number): ThresholdChoice {
  const sorted = [...predictions].sort((a, b) => b.probability - a.probability);
  let threshold = 1;
  let taken = 0;
  let correct = 0;
  for (let i = 0; i < sorted.length; i++) {
    const prediction = sorted[i] as OutOfFoldPrediction;
    taken++;
    if (prediction.predicted === prediction.label) correct++;
    const lastOfTie =
      i + 1 === sorted.length || (sorted[i + 1] as OutOfFoldPrediction).probability < prediction.probability;
    if (lastOfTie && correct / taken >= target) threshold = prediction.probability;
  }
  const above = predictions.filter((p) => p.probability >= threshold);
  const aboveCorrect = above.filter((p) => p.predicted === p.label).length;
  return {
    threshold,
    coverage: predictions.length === 0 ? 0 : above.length / predictions.length,
    accuracy: above.length === 0 ? null : aboveCorrect / above.length,
  };
}

/** Mean over true labels of F1 (a label never predicted right scores 0). */
function macroF1(predictions: OutOfFoldPrediction[]): number {
  const labels = [...new Set(predictions.map((p) => p.label))];
  const scores = labels.map((label) => {
    const truePositives = predictions.filter((p) => p.label === label && p.predicted === label).length;
    const predicted = predictions.filter((p) => p.predicted === label).length;
    const actual = predictions.filter((p) => p.label === label).length;
    return truePositives === 0 ? 0 : (2 * truePositives) / (predicted + actual);
  });
  return scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length);
}
