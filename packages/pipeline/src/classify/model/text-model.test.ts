import { describe, expect, it } from 'vitest';
import { mulberry32 } from './seeded-random.ts';
import { documentTerms } from './text-features.ts';
import {
  crossValidate,
  explainPrediction,
  parseTextModel,
  predictText,
  serialiseTextModel,
  trainTextModel,
  TEXT_MODEL_FORMAT,
  type TextExample,
} from './text-model.ts';

// Small phrase banks, written for these tests: each type's own phrases plus filler every type shares.
const TYPE_PHRASES: Record<string, string[]> = {
  'discharge-summary': [
    'admission date',
    'discharge date',
    'hospital course was uncomplicated',
    'discharge medications',
    'discharged home in stable condition',
    'discharge diagnosis',
    'follow up with primary care in two weeks',
  ],
  'radiology-report': [
    'impression no acute abnormality',
    'findings',
    'technique axial images were obtained',
    'with intravenous contrast',
    'comparison is made with the prior study',
    'ct of the abdomen and pelvis',
    'electronically signed by the radiologist',
  ],
  'pathology-report': [
    'specimen received in formalin',
    'gross description',
    'microscopic examination',
    'margins are free of carcinoma',
    'core needle biopsy',
    'final pathologic diagnosis',
    'cassettes submitted for histology',
  ],
  'operative-note': [
    'preoperative diagnosis',
    'procedure performed',
    'general endotracheal anesthesia',
    'estimated blood loss minimal',
    'a midline incision was made',
    'closed with absorbable sutures',
    'tolerated the procedure well',
  ],
  // The rare type: few examples, so only balanced class weights keep it from being outvoted.
  'consent-form': [
    'i hereby consent to',
    'risks benefits and alternatives were explained',
    'signature of patient or guardian',
    'witness signature',
    'i voluntarily agree',
    'interpreter used',
  ],
};
const TYPES = Object.keys(TYPE_PHRASES).sort();
const FILLER = [
  'the patient',
  'history of hypertension',
  'type two diabetes',
  'was seen today',
  'no known drug allergies',
  'blood pressure stable',
  'denies chest pain',
  'medical record number',
  'attending physician',
  'lives with family',
  'date of birth',
  'the plan was discussed',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A document of `type`: a date, an MRN, and phrases, `ownShare` of them the type's own. */
function generateDocument(random: () => number, type: string, ownShare = 0.45): string {
  const parts = [`Date: ${1 + Math.floor(random() * 12)}/${1 + Math.floor(random() * 28)}/2023`];
  parts.push(`MRN ${Math.floor(random() * 9_000_000 + 1_000_000)}`);
  for (let i = 0; i < 14; i++) {
    parts.push(random() < ownShare ? pick(random, TYPE_PHRASES[type] as string[]) : pick(random, FILLER));
  }
  return parts.join('. ');
}

function generateExamples(seed: number, counts: Record<string, number>, ownShare?: number): TextExample[] {
  const random = mulberry32(seed);
  const examples: TextExample[] = [];
  for (const [type, count] of Object.entries(counts)) {
    for (let i = 0; i < count; i++)
      examples.push({ text: generateDocument(random, type, ownShare), label: type });
  }
  // Interleave the types, as a real export would be.
  return examples
    .map((example) => ({ example, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ example }) => example);
}

const COUNTS = {
  'discharge-summary': 24,
  'radiology-report': 24,
  'pathology-report': 20,
  'operative-note': 20,
  'consent-form': 6,
};

/** Scanner damage: m read as rn, l as 1, o as 0, and dropped letters. */
function ocrNoise(text: string, random: () => number): string {
  let noisy = '';
  for (const ch of text) {
    const roll = random();
    if (/[a-z]/.test(ch) && roll < 0.04) continue;
    if (ch === 'm' && roll < 0.5) noisy += 'rn';
    else if (ch === 'l' && roll < 0.5) noisy += '1';
    else if (ch === 'o' && roll < 0.2) noisy += '0';
    else noisy += ch;
  }
  return noisy;
}

const training = generateExamples(1, COUNTS);
const model = trainTextModel(training);
const heldOut = generateExamples(2, { ...COUNTS, 'consent-form': 10 });

const accuracy = (examples: TextExample[]) =>
  examples.filter((e) => predictText(model, e.text)[0]?.label === e.label).length / examples.length;

describe('trainTextModel', () => {
  it('learns a separable problem, the rare type included', () => {
    expect(model.labels).toEqual(TYPES);
    expect(model.training.labelCounts).toEqual(COUNTS);
    expect(accuracy(heldOut)).toBeGreaterThanOrEqual(0.97);
    const rare = heldOut.filter((e) => e.label === 'consent-form');
    expect(accuracy(rare)).toBe(1);
    // Out-of-fold (each example predicted by a model that did not see it).
    expect(model.training.outOfFoldAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(model.training.outOfFoldMacroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('classifies OCR-damaged documents (rn for m, 1 for l, dropped letters) correctly', () => {
    const random = mulberry32(3);
    const noisy = heldOut.map((e) => ({ ...e, text: ocrNoise(e.text, random) }));
    expect(noisy.filter((e, i) => e.text !== heldOut[i]?.text).length).toBe(noisy.length);
    expect(accuracy(noisy)).toBeGreaterThanOrEqual(0.95);
  });

  it('gives calibrated probabilities of every label that sum to 1, best first', () => {
    for (const example of heldOut.slice(0, 20)) {
      const ranked = predictText(model, example.text);
      expect(ranked.map((r) => r.label).sort()).toEqual(TYPES);
      expect(ranked.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1, 10);
      for (let i = 1; i < ranked.length; i++) {
        expect(ranked[i - 1]!.probability).toBeGreaterThanOrEqual(ranked[i]!.probability);
      }
    }
    // Text with no known term falls back to the biases: still a distribution.
    const unknown = predictText(model, 'zzzz qqqq');
    expect(unknown.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1, 10);
  });

  it('balances classes: a rare, weakly signalled type is still found', () => {
    // Most of each document is shared filler; the rare type has 10 examples against 80 + 80.
    const counts = { 'discharge-summary': 80, 'radiology-report': 80, 'consent-form': 10 };
    const imbalanced = trainTextModel(generateExamples(12, counts, 0.08), { folds: 0 });
    const test = generateExamples(
      13,
      { 'discharge-summary': 30, 'radiology-report': 30, 'consent-form': 30 },
      0.08,
    );
    const predicted = test.map((e) => ({
      label: e.label,
      predicted: predictText(imbalanced, e.text)[0]!.label,
    }));
    const rare = predicted.filter((p) => p.label === 'consent-form');
    const calledRare = predicted.filter((p) => p.predicted === 'consent-form');
    // ~30 % of these rare documents hold none of their type's phrases, so recall cannot be near 1;
    // without balanced class weights the rare type is hardly ever predicted (recall 0.1).
    expect(rare.filter((p) => p.predicted === 'consent-form').length / rare.length).toBeGreaterThanOrEqual(
      0.5,
    );
    expect(
      calledRare.filter((p) => p.label === 'consent-form').length / calledRare.length,
    ).toBeGreaterThanOrEqual(0.85);
  });

  it('uses extra features: a header feature seen only with one type pulls toward it', () => {
    const examples = generateExamples(4, COUNTS).map((e) => ({
      ...e,
      extraFeatures: e.label === 'operative-note' ? ['hdr:procedure'] : [],
    }));
    const withHeaders = trainTextModel(examples, { folds: 0 });
    expect(withHeaders.vocabulary).toContain('hdr:procedure');
    const text = 'the patient was seen today. history of hypertension.';
    const without = predictText(withHeaders, text).find((r) => r.label === 'operative-note')!.probability;
    const withHeader = predictText(withHeaders, text, ['hdr:procedure']).find(
      (r) => r.label === 'operative-note',
    )!.probability;
    expect(withHeader).toBeGreaterThan(without + 0.2);
  });

  it('spells its vocabulary as documentTerms does (training and prediction agree)', () => {
    const examples = training.slice(0, 30).map((e, i) => ({ ...e, extraFeatures: [`hdr:h${i % 3}`] }));
    const small = trainTextModel(examples, { folds: 0, minDf: 1 });
    const expected = new Set(examples.flatMap((e) => documentTerms(e.text, e.extraFeatures)));
    expect(new Set(small.vocabulary)).toEqual(expected);
    expect(small.vocabulary).toHaveLength(expected.size);
  });

  it('keeps the vocabulary to terms in ≥ minDf documents, at most maxFeatures, most frequent first', () => {
    const capped = trainTextModel(training, { folds: 0, maxFeatures: 50 });
    expect(capped.vocabulary).toHaveLength(50);
    // Shared filler is in more documents than any type's own phrase.
    expect(capped.vocabulary).toContain('w:the');
    const singletons = trainTextModel(training, { folds: 0, minDf: 1 }).vocabulary.length;
    const pairs = trainTextModel(training, { folds: 0, minDf: 2 }).vocabulary.length;
    expect(pairs).toBeLessThan(singletons);
    // idf falls as document frequency rises.
    const idfOf = (term: string) => capped.idf[capped.vocabulary.indexOf(term)]!;
    expect(idfOf('w:the')).toBeLessThan(idfOf(capped.vocabulary[49]!) + 1e-9);
  });

  it('trains without calibration when folds = 0', () => {
    const plain = trainTextModel(training, { folds: 0 });
    expect(plain.temperature).toBe(1);
    expect(plain.suggestedThreshold).toBe(0.5);
    expect(plain.training.outOfFoldAccuracy).toBeNull();
    expect(trainTextModel(training, { folds: 0, uncalibratedThreshold: 0.8 }).suggestedThreshold).toBe(0.8);
  });

  it('copes with a label that has fewer examples than folds', () => {
    const tiny = generateExamples(5, { ...COUNTS, 'consent-form': 2 });
    const result = trainTextModel(tiny, { folds: 5 });
    expect(result.training.folds).toBe(5);
    expect(result.labels).toContain('consent-form');
    expect(Number.isFinite(result.temperature)).toBe(true);
    expect(predictText(result, generateDocument(mulberry32(6), 'radiology-report'))[0]?.label).toBe(
      'radiology-report',
    );
  });

  it('refuses bad input', () => {
    expect(() => trainTextModel([])).toThrow(/at least 2 labels/);
    expect(() => trainTextModel(training.map((e) => ({ ...e, label: 'x' })))).toThrow(/at least 2 labels/);
    expect(() => trainTextModel(training, { folds: -1 })).toThrow(/invalid training options/);
    expect(() => trainTextModel(training, { targetPrecision: 2 })).toThrow(/invalid training options/);
  });
});

describe('model identity and serialisation', () => {
  it('is reproducible: the same data and options give the same bytes and version', () => {
    const again = trainTextModel(generateExamples(1, COUNTS));
    expect(serialiseTextModel(again)).toBe(serialiseTextModel(model));
    expect(again.version).toBe(model.version);
    expect(model.version).toMatch(/^tm-[0-9a-f]{12}$/);
    expect(serialiseTextModel(model)).not.toMatch(/20\d\d-\d\d-\d\dT/); // no timestamps
  });

  it('changes version when the data or options change', () => {
    const otherData = trainTextModel(generateExamples(7, COUNTS));
    expect(otherData.version).not.toBe(model.version);
    const otherSeed = trainTextModel(training, { seed: 2 });
    expect(otherSeed.version).not.toBe(model.version);
  });

  it('round-trips through JSON with the same predictions', () => {
    const json = serialiseTextModel(model);
    const parsed = parseTextModel(json);
    expect(parsed).toEqual(model);
    expect(serialiseTextModel(parsed)).toBe(json);
    const text = heldOut[0]!.text;
    expect(predictText(parsed, text)).toEqual(predictText(model, text));
  });

  it('rejects what is not a text model', () => {
    const json = JSON.parse(serialiseTextModel(model)) as Record<string, unknown>;
    expect(() => parseTextModel('not json')).toThrow(/not JSON/);
    expect(() => parseTextModel('{"format":"something-else/1"}')).toThrow(
      /not a Chartroom text model.*something-else\/1.*chartroom-text-model\/1/,
    );
    expect(() => parseTextModel(JSON.stringify({ ...json, labels: 'x' }))).toThrow(/invalid text model/);
    expect(() => parseTextModel(JSON.stringify({ ...json, idf: (json.idf as number[]).slice(1) }))).toThrow(
      /idf values/,
    );
    // An edited model no longer matches its version.
    expect(() => parseTextModel(JSON.stringify({ ...json, temperature: 2 }))).toThrow(/damaged or edited/);
    expect(json.format).toBe(TEXT_MODEL_FORMAT);
  });

  it('stays compact: float32 weights in base64', () => {
    const vocabularySize = model.vocabulary.length;
    for (const weights of model.weights)
      expect(weights).toHaveLength(Math.ceil((vocabularySize * 4) / 3) * 4);
    // ~5.4 bytes per weight plus the term and its idf: 50,000 terms × 14 labels ≈ 5.8 MB at most.
    const perTerm = model.labels.length * 5.4 + 40;
    expect(serialiseTextModel(model).length).toBeLessThan(vocabularySize * perTerm);
  });
});

describe('calibration', () => {
  it('suggests a threshold above which out-of-fold precision reaches the target', () => {
    const { suggestedThreshold, training: t } = model;
    expect(suggestedThreshold).toBeGreaterThan(0);
    expect(suggestedThreshold).toBeLessThanOrEqual(1);
    expect(t.thresholdAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(t.thresholdCoverage).toBeGreaterThan(0.8);

    // crossValidate with the same options reproduces the predictions the threshold was chosen on.
    const { predictions, temperature } = crossValidate(training, { folds: 5 });
    expect(temperature).toBe(model.temperature);
    expect(predictions.map((p) => p.index)).toEqual(training.map((_, i) => i));
    const above = predictions.filter((p) => p.probability >= suggestedThreshold);
    const precision = above.filter((p) => p.predicted === p.label).length / above.length;
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(above.length / predictions.length).toBeCloseTo(t.thresholdCoverage!, 6);
  });

  it('chooses the smallest threshold that reaches the target precision', () => {
    const hard = generateExamples(
      14,
      { 'discharge-summary': 60, 'radiology-report': 60, 'pathology-report': 60 },
      0.1,
    );
    const options = { folds: 5, targetPrecision: 0.95 };
    const calibrated = trainTextModel(hard, options);
    const { predictions } = crossValidate(hard, options);
    const precisionAt = (p: number) => {
      const above = predictions.filter((q) => q.probability >= p);
      return above.filter((q) => q.predicted === q.label).length / above.length;
    };
    const threshold = calibrated.suggestedThreshold;
    expect(calibrated.training.outOfFoldAccuracy).toBeLessThan(0.95); // so the threshold has work to do
    expect(threshold).toBeGreaterThan(0.5);
    expect(threshold).toBeLessThan(1);
    expect(precisionAt(threshold)).toBeGreaterThanOrEqual(0.95);
    expect(precisionAt(threshold)).toBeCloseTo(calibrated.training.thresholdAccuracy!, 6);
    for (const lower of predictions.map((p) => p.probability).filter((p) => p < threshold)) {
      expect(precisionAt(lower)).toBeLessThan(0.95);
    }
  });

  it('applies the temperature when predicting', () => {
    const text = 'the patient was seen today. specimen received in formalin.'; // not certain
    const top = predictText(model, text)[0]!;
    expect(top.probability).toBeLessThan(0.999);
    const softer = predictText({ ...model, temperature: model.temperature * 3 }, text)[0]!;
    expect(softer.label).toBe(top.label);
    expect(softer.probability).toBeLessThan(top.probability);
    const flat = predictText({ ...model, temperature: 1e6 }, text);
    for (const { probability } of flat) expect(probability).toBeCloseTo(1 / TYPES.length, 3);
  });

  it('makes confidence match accuracy on an ambiguous problem', () => {
    // Few of each document's phrases are its type's own: many documents are honestly uncertain.
    const hard = generateExamples(
      8,
      { 'discharge-summary': 60, 'radiology-report': 60, 'pathology-report': 60 },
      0.08,
    );
    const { predictions, temperature } = crossValidate(hard, { folds: 5 });
    const accuracyOf = predictions.filter((p) => p.predicted === p.label).length / predictions.length;
    const meanConfidence = predictions.reduce((sum, p) => sum + p.probability, 0) / predictions.length;
    expect(accuracyOf).toBeGreaterThan(0.5);
    expect(accuracyOf).toBeLessThan(0.97);
    expect(temperature).not.toBe(1);
    expect(Math.abs(meanConfidence - accuracyOf)).toBeLessThan(0.06);
  });

  it('refuses cross-validation with fewer than 2 folds', () => {
    expect(() => crossValidate(training, { folds: 1 })).toThrow(/at least 2 folds/);
  });
});

describe('explainPrediction', () => {
  it('names the words that pushed a document toward its type', () => {
    const text = generateDocument(mulberry32(9), 'pathology-report', 0.6);
    expect(predictText(model, text)[0]?.label).toBe('pathology-report');
    const terms = explainPrediction(model, text, 'pathology-report');
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.length).toBeLessThanOrEqual(8);
    const ownWords = new Set(TYPE_PHRASES['pathology-report']!.join(' ').split(' '));
    const fillerWords = new Set(FILLER.join(' ').split(' '));
    // The strongest terms come from the type's own phrases, never from the shared filler.
    const readableWords = terms.filter((t) => !t.term.includes('…')).flatMap((t) => t.term.split(' '));
    expect(readableWords.length).toBeGreaterThan(0);
    expect(readableWords.some((word) => ownWords.has(word))).toBe(true);
    expect(readableWords.filter((word) => fillerWords.has(word) && !ownWords.has(word))).toEqual([]);
    for (const term of terms) expect(term.term).not.toMatch(/^[wbc]:/);
    for (let i = 1; i < terms.length; i++)
      expect(terms[i - 1]!.weight).toBeGreaterThanOrEqual(terms[i]!.weight);
    expect(terms.every((t) => t.weight > 0)).toBe(true);
    expect(explainPrediction(model, text, 'pathology-report', [], 3)).toHaveLength(3);
  });

  it('keeps named features as they are', () => {
    const examples = generateExamples(10, COUNTS).map((e) => ({
      ...e,
      extraFeatures: e.label === 'consent-form' ? ['hdr:consent'] : [],
    }));
    const withHeaders = trainTextModel(examples, { folds: 0 });
    const text = generateDocument(mulberry32(11), 'consent-form');
    const terms = explainPrediction(withHeaders, text, 'consent-form', ['hdr:consent'], 20).map(
      (t) => t.term,
    );
    expect(terms).toContain('hdr:consent');
  });

  it('gives only terms that pushed toward the label, even for a label the document is not', () => {
    const text = generateDocument(mulberry32(9), 'pathology-report', 0.6);
    const towardOther = explainPrediction(model, text, 'consent-form', [], 50);
    expect(towardOther.every((t) => t.weight > 0)).toBe(true);
    expect(towardOther.length).toBeLessThan(50);
  });

  it('refuses a label the model does not know', () => {
    expect(() => explainPrediction(model, 'text', 'no-such-type')).toThrow(/knows no label/);
  });
});
