import { readFile } from 'node:fs/promises';
import { cleanOptionsFromConfig, TesseractOcrEngine } from '@chartroom/adapters';
import { loadConfig } from '@chartroom/config';
import { DEFAULT_DOCUMENT_TYPES, DocumentTypes } from '@chartroom/domain';
import {
  classifyDocument,
  parseLabelledCsv,
  readPageImage,
  trainDocumentClassifier,
  type LabelledText,
  type TextModel,
} from '@chartroom/pipeline';
import { renderPage, trainShippedModel } from '@chartroom/samples';

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

interface Prediction {
  truth: string;
  predicted: string;
  confidence: number;
  decided: boolean;
}

/**
 * Document-type classification on a labelled CSV (columns text|transcription, doc_type): with
 * `train`, a model trained on that file is scored on `csv`; otherwise stratified k-fold
 * cross-validation on `csv`, each fold's model with its own calibrated threshold (nothing of the
 * test fold is seen in training or calibration). Scored as the pipeline decides: section headers
 * and model through classifyDocument. Then the same on OCR-degraded text: a sample of test
 * documents is printed to 300-dpi page images with scanner noise and read by the page stage.
 */
export async function benchClassify(options: {
  csv: string;
  train: string | undefined;
  /** Score the model Chartroom ships (trained on generated documents only) instead of training one. */
  shipped: boolean;
  folds: number;
  ocrSample: number;
  main: number;
}): Promise<Record<string, unknown>> {
  const types = new DocumentTypes(DEFAULT_DOCUMENT_TYPES);
  const evaluation = await readExamples(options.csv, types);
  const folds: { model: TextModel; test: LabelledText[]; trainSeconds: number }[] = [];
  if (options.shipped) {
    const started = performance.now();
    const model = trainShippedModel(types);
    folds.push({ model, test: evaluation, trainSeconds: (performance.now() - started) / 1000 });
  } else if (options.train) {
    const started = performance.now();
    const model = trainDocumentClassifier(await readExamples(options.train, types), types);
    folds.push({ model, test: evaluation, trainSeconds: (performance.now() - started) / 1000 });
  } else {
    for (const [i, { train, test }] of stratifiedFolds(evaluation, options.folds).entries()) {
      const started = performance.now();
      const model = trainDocumentClassifier(train, types);
      const trainSeconds = (performance.now() - started) / 1000;
      process.stderr.write(`fold ${i + 1}/${options.folds}: trained in ${trainSeconds.toFixed(1)} s\n`);
      folds.push({ model, test, trainSeconds });
    }
  }

  const predictions: Prediction[] = [];
  let classifyMs = 0;
  for (const fold of folds) {
    for (const example of fold.test) {
      const started = performance.now();
      predictions.push(predict(example, fold.model, types));
      classifyMs += performance.now() - started;
    }
  }
  const counts = countBy(evaluation.map((e) => e.label));
  // The main types: the most frequent labels with at least 10 examples (MTSamples: eight).
  const mainTypes = [...counts]
    .filter(([, count]) => count >= 10)
    .sort((a, b) => b[1] - a[1])
    .slice(0, options.main)
    .map(([label]) => label);

  return {
    csv: options.csv,
    train: options.train ?? null,
    method: options.shipped
      ? 'the shipped model, scored on --csv'
      : options.train
        ? 'train on --train, score on --csv'
        : `${options.folds}-fold stratified cross-validation`,
    examples: evaluation.length,
    perType: Object.fromEntries(counts),
    mainTypes,
    models: folds.map((fold) => ({
      version: fold.model.version,
      threshold: fold.model.suggestedThreshold,
      trainSeconds: round(fold.trainSeconds, 1),
    })),
    msPerDocument: round(classifyMs / predictions.length, 1),
    clean: score(predictions, mainTypes),
    ocr: options.ocrSample > 0 ? await ocrDegraded(folds, types, options.ocrSample, mainTypes) : null,
  };
}

async function readExamples(file: string, types: DocumentTypes): Promise<LabelledText[]> {
  const { examples } = parseLabelledCsv(await readFile(file, 'utf8'));
  // Labels are scored as type keys, so "discharge_summary" and "discharge-summary" agree.
  return examples.map((e) => ({ text: e.text, label: types.get(e.label).key }));
}

function predict(
  example: LabelledText,
  model: TextModel,
  types: DocumentTypes,
  text = example.text,
): Prediction {
  const decision = classifyDocument({ text, coverSheet: null }, { types, model, minConfidence: null });
  return {
    truth: example.label,
    predicted: decision.docType,
    confidence: decision.confidence,
    decided: decision.outcome === 'decided',
  };
}

/** Deterministic stratified folds: each label's examples dealt round-robin in file order. */
function stratifiedFolds(examples: LabelledText[], k: number) {
  const foldOf = new Map<LabelledText, number>();
  const seen = new Map<string, number>();
  for (const example of examples) {
    const n = seen.get(example.label) ?? 0;
    seen.set(example.label, n + 1);
    foldOf.set(example, n % k);
  }
  return Array.from({ length: k }, (_, fold) => ({
    train: examples.filter((e) => foldOf.get(e) !== fold),
    test: examples.filter((e) => foldOf.get(e) === fold),
  }));
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Per-type precision/recall/F1, macro-F1 over the main types, confusion, and the review share. */
function score(predictions: Prediction[], mainTypes: string[]) {
  const labels = [...new Set(predictions.flatMap((p) => [p.truth, p.predicted]))].sort();
  const perType = labels.map((label) => {
    const tp = predictions.filter((p) => p.truth === label && p.predicted === label).length;
    const predicted = predictions.filter((p) => p.predicted === label).length;
    const actual = predictions.filter((p) => p.truth === label).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return {
      type: label,
      support: actual,
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
    };
  });
  const main = perType.filter((row) => mainTypes.includes(row.type));
  const decided = predictions.filter((p) => p.decided);
  const correct = (list: Prediction[]) => list.filter((p) => p.truth === p.predicted).length;
  const confusion: Record<string, Record<string, number>> = {};
  for (const p of predictions) {
    confusion[p.truth] ??= {};
    const row = confusion[p.truth] as Record<string, number>;
    row[p.predicted] = (row[p.predicted] ?? 0) + 1;
  }
  return {
    documents: predictions.length,
    accuracy: round(correct(predictions) / predictions.length),
    macroF1Main: round(main.reduce((sum, row) => sum + row.f1, 0) / Math.max(1, main.length)),
    macroF1All: round(perType.reduce((sum, row) => sum + row.f1, 0) / Math.max(1, perType.length)),
    sentToReview: round(1 - decided.length / predictions.length),
    accuracyAboveThreshold: decided.length ? round(correct(decided) / decided.length) : null,
    // What another threshold would do: the share decided without a clerk and how many of those are right.
    thresholdCurve: [0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98].map((threshold) => {
      const above = predictions.filter((p) => p.confidence >= threshold);
      return {
        threshold,
        decided: round(above.length / predictions.length),
        accuracy: above.length ? round(correct(above) / above.length) : null,
      };
    }),
    perType,
    confusion,
  };
}

/**
 * The first page of a sample of test documents, printed (about 3,000 characters on a letter page)
 * and read back through the page stage; scored against the same truncated text read cleanly.
 */
async function ocrDegraded(
  folds: { model: TextModel; test: LabelledText[] }[],
  types: DocumentTypes,
  sample: number,
  mainTypes: string[],
) {
  const config = loadConfig({});
  const engine = await TesseractOcrEngine.start({ languages: ['eng'], workers: 2 });
  try {
    // An even spread over the main types and folds.
    const picked: { example: LabelledText; model: TextModel }[] = [];
    for (let round = 0; picked.length < sample && round < 1000; round++) {
      for (const type of mainTypes) {
        const fold = folds[round % folds.length];
        const example = fold?.test.filter((e) => e.label === type)[Math.floor(round / folds.length)];
        if (fold && example && picked.length < sample) picked.push({ example, model: fold.model });
      }
    }
    const clean: Prediction[] = [];
    const ocr: Prediction[] = [];
    let characters = 0;
    await Promise.all(
      [0, 1].map(async (lane) => {
        for (let i = lane; i < picked.length; i += 2) {
          const { example, model } = picked[i] as (typeof picked)[number];
          const { lines, rendered } = await printFirstPage(example.text, i + 1);
          const reading = await readPageImage(rendered.png, rendered.dpi, {
            ocr: engine,
            barcodes: null,
            clean: cleanOptionsFromConfig(config),
          });
          characters += lines.join('\n').length;
          clean[i] = predict(example, model, types, lines.join('\n'));
          ocr[i] = predict(example, model, types, reading.text.text);
        }
      }),
    );
    return {
      documents: picked.length,
      meanCharactersPerPage: Math.round(characters / Math.max(1, picked.length)),
      cleanFirstPage: score(clean, mainTypes),
      ocrFirstPage: score(ocr, mainTypes),
    };
  } finally {
    await engine.stop();
  }
}

/** As much of the text as fits on one printed page, with scanner noise. */
async function printFirstPage(text: string, seed: number) {
  for (let count = 40; count > 4; count -= 4) {
    const lines = firstPageLines(text, count);
    try {
      const rendered = await renderPage(
        { title: '', headerStyle: 'none', lines },
        { dpi: 300, noise: true, seed },
      );
      return { lines, rendered };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error; // more than fits: print less
    }
  }
  throw new Error('not even a few lines of this text fit on a page');
}

/** Lines of about 90 characters, up to `count`; a dictated report's paragraphs wrap. */
function firstPageLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if ((line + ' ' + word).length > 90) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    if (lines.length >= count) break;
  }
  return lines.slice(0, count);
}
