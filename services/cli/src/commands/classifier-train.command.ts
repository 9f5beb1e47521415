import { readFile, writeFile } from 'node:fs/promises';
import { documentTypesFromConfig } from '@chartroom/adapters';
import type { Config } from '@chartroom/config';
import {
  loadConfirmedTypes,
  parseLabelledCsv,
  serialiseTextModel,
  storeModel,
  trainDocumentClassifier,
  type LabelledText,
  type TextModel,
} from '@chartroom/pipeline';
import { SHIPPED_MODEL_RECIPE, shippedTrainingSet } from '@chartroom/samples';
import { CliError } from '../cli-error.ts';
import { blobStoreFor } from '../connections.ts';

export interface TrainSources {
  csv?: string | undefined;
  /** The project's generated documents: the shipped model's recipe. */
  synthetic: boolean;
  /** Clerks' confirmed types from the review queue (in S3). */
  fromReview: boolean;
  /** Write the model to this file instead of storing and activating it in S3. */
  out?: string | undefined;
}

export interface TrainReport {
  version: string;
  examples: number;
  perType: Record<string, number>;
  outOfFoldAccuracy: number | null;
  suggestedThreshold: number;
  storedAs: string;
  skippedRows: number[];
}

/**
 * Trains the document-type model from labelled texts. Stored in S3 under its version and made
 * current (workers pick it up within a minute), or written to a file with --out.
 */
export async function classifierTrainCommand(sources: TrainSources, config: Config): Promise<TrainReport> {
  if (!sources.csv && !sources.synthetic && !sources.fromReview) {
    throw new CliError('classifier train needs --csv <file>, --synthetic and/or --from-review');
  }
  const types = documentTypesFromConfig(config);
  const examples: LabelledText[] = [];
  let skippedRows: number[] = [];
  if (sources.synthetic) {
    examples.push(...shippedTrainingSet());
  }
  if (sources.csv) {
    const csv = await readFile(sources.csv, 'utf8').catch(() => {
      throw new CliError(`${sources.csv}: cannot read the file`);
    });
    const parsed = parseLabelledCsv(csv);
    examples.push(...parsed.examples);
    skippedRows = parsed.skippedRows;
  }
  const blobs = sources.fromReview || !sources.out ? blobStoreFor(config) : null;
  try {
    if (sources.fromReview && blobs) {
      examples.push(...(await loadConfirmedTypes(blobs)).map((e) => ({ text: e.text, label: e.label })));
    }
    if (examples.length === 0) throw new CliError('no labelled examples to train on');
    let model: TextModel;
    try {
      // Generated documents alone: the shipped model's recipe, threshold floor included.
      const options =
        sources.synthetic && !sources.csv && !sources.fromReview ? SHIPPED_MODEL_RECIPE.training : {};
      model = trainDocumentClassifier(examples, types, options);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
    let storedAs: string;
    if (sources.out) {
      await writeFile(sources.out, serialiseTextModel(model));
      storedAs = sources.out;
    } else {
      const source = [
        sources.synthetic ? 'generated documents' : null,
        sources.csv ? `CSV ${sources.csv}` : null,
        sources.fromReview ? 'clerk-confirmed types' : null,
      ]
        .filter(Boolean)
        .join(' + ');
      if (!blobs) throw new Error('unreachable: a blob store is made whenever --out is absent');
      storedAs = (await storeModel(blobs, model, { activate: true, source, now: new Date() })).key;
    }
    return {
      version: model.version,
      examples: model.training.examples,
      perType: model.training.labelCounts,
      outOfFoldAccuracy: model.training.outOfFoldAccuracy ?? null,
      suggestedThreshold: model.suggestedThreshold,
      storedAs,
      skippedRows,
    };
  } finally {
    blobs?.client.destroy();
  }
}

export function formatTrainReport(report: TrainReport): string {
  return [
    `model ${report.version}: ${report.examples} examples, stored as ${report.storedAs}`,
    ...Object.entries(report.perType).map(([type, count]) => `  ${type.padEnd(28)} ${count}`),
    `out-of-fold accuracy ${report.outOfFoldAccuracy === null ? '-' : (report.outOfFoldAccuracy * 100).toFixed(1) + ' %'}` +
      `, confidence threshold ${report.suggestedThreshold.toFixed(3)}`,
    ...(report.skippedRows.length > 0
      ? [`skipped CSV rows without text or label: ${report.skippedRows.join(', ')}`]
      : []),
  ].join('\n');
}
