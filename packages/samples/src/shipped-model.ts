import { DocumentTypes } from '@chartroom/domain';
import { trainDocumentClassifier, type LabelledText, type TextModel } from '@chartroom/pipeline';
import { trainingDocuments } from './training-documents.ts';

/**
 * How the model Chartroom ships is made: trained only on documents the project generates itself
 * (no third-party report text), deterministically, so every installation trains the same model,
 * byte for byte and version for version. Generated texts are easier than real dictation and
 * calibration on them is overconfident, so it decides a type alone only at 0.98 (on MTSamples
 * 98.8 % of those decisions are right, see README); a model trained on the hospital's own
 * documents sets its threshold from them.
 */
export const SHIPPED_MODEL_RECIPE = {
  documents: { perType: 60, seed: 20261130 },
  training: { minThreshold: 0.98 },
} as const;

/** The shipped model's training set: 60 generated documents of each built-in type. */
export function shippedTrainingSet(): LabelledText[] {
  return trainingDocuments(SHIPPED_MODEL_RECIPE.documents).map((doc) => ({
    text: doc.text,
    label: doc.docType,
  }));
}

/**
 * Trains the shipped model (≈ 10 s on one core): workers do it once, when the store has no model.
 * A hospital's own type list keeps the generated documents of the types it has.
 */
export function trainShippedModel(types = new DocumentTypes()): TextModel {
  const examples = shippedTrainingSet().filter((example) => types.find(example.label));
  return trainDocumentClassifier(examples, types, SHIPPED_MODEL_RECIPE.training);
}
