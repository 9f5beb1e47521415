import { readFile } from 'node:fs/promises';
import { parseTextModel, type TextModel } from './model/text-model.ts';

/**
 * The model Chartroom ships, trained only on documents the project generates itself (no
 * third-party report texts). README "Document classification" gives the command that reproduces
 * it byte for byte; a test holds the two together.
 */
export const SHIPPED_MODEL_FILE = new URL('./shipped-model/document-classifier.json', import.meta.url);

/**
 * How the shipped model is made: `chartroom classifier train --synthetic` uses exactly this. Generated
 * texts are easier than real dictation, so calibration on them is overconfident: the shipped model
 * decides a type alone only at 0.98 (on MTSamples 98.8 % of its own decisions are then right, see
 * README); a model trained on the hospital's own documents sets its threshold from them.
 */
export const SHIPPED_MODEL_RECIPE = {
  documents: { perType: 60, seed: 20261130 },
  training: { minThreshold: 0.98 },
} as const;

export async function loadShippedModel(): Promise<TextModel> {
  return parseTextModel(await readFile(SHIPPED_MODEL_FILE, 'utf8'));
}
