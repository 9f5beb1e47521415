import { findSectionHeaders, headerFeatures, type SectionHeaderHit } from './section-headers.ts';

/** How much of a document's beginning counts as its opening (a title, "Dear Dr.", "CHIEF COMPLAINT"). */
const OPENING_CHARACTERS = 150;

/**
 * The model's extra features, the same in training and use: the section headers found, and the
 * words of the opening, which say more about the kind of document than the same words further
 * down (5-fold on MTSamples: macro-F1 0.73 → 0.78, accuracy 89.5 → 91.3 %).
 */
export function classifierFeatures(
  text: string,
  hits: readonly SectionHeaderHit[] = findSectionHeaders(text),
): string[] {
  const opening =
    text
      .slice(0, OPENING_CHARACTERS)
      .toLowerCase()
      .match(/[a-z]{3,}/g) ?? [];
  return [...headerFeatures(hits), ...opening.map((word) => `open:${word}`)];
}
