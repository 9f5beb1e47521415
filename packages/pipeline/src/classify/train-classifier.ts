import type { DocumentTypes } from '@chartroom/domain';
import { trainTextModel, type TextModel, type TrainOptions } from './model/text-model.ts';
import { classifierFeatures } from './classifier-features.ts';

/** One labelled text: a CSV row, a generated document, or a clerk's confirmed type. */
export interface LabelledText {
  text: string;
  /** A type key or one of its aliases (e.g. MTSamples' "discharge_summary"). */
  label: string;
}

/**
 * Trains the document-type model on labelled texts whose labels are mapped to the hospital's type
 * keys first (so "discharge_summary" and "discharge-summary" are one class). Labels that name no
 * type are refused with the list, not silently dropped.
 */
export function trainDocumentClassifier(
  examples: LabelledText[],
  types: DocumentTypes,
  options: Partial<TrainOptions> = {},
): TextModel {
  const unknown = new Set(examples.filter((e) => !types.find(e.label)).map((e) => e.label));
  if (unknown.size > 0) {
    throw new Error(
      `labels that name no document type: ${[...unknown].sort().join(', ')}; ` +
        `add them as aliases (CHARTROOM_DOCUMENT_TYPES_FILE) or relabel`,
    );
  }
  return trainTextModel(
    examples.map((example) => ({
      text: example.text,
      label: types.get(example.label).key,
      extraFeatures: classifierFeatures(example.text),
    })),
    options,
  );
}
