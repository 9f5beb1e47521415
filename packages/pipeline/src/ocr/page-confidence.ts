import type { BoundingBox, OcrWord, PageText } from '@chartroom/domain';

/**
 * How well a page's text was read: the mean OCR confidence of its words weighted by their
 * letters and digits. Words on barcodes (the engine reads bars as junk "words") and tokens with
 * no letter or digit (specks read as punctuation) say nothing about the text, so they do not
 * count. Null when the page has no such words.
 */
export function pageReadingConfidence(
  text: PageText,
  barcodeBoxes: readonly BoundingBox[] = [],
): number | null {
  let weight = 0;
  let sum = 0;
  for (const word of text.words) {
    const characters = word.text.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (characters === 0 || onAny(word, barcodeBoxes)) continue;
    weight += characters;
    sum += characters * word.confidence;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 10) / 10;
}

/** True when the word's centre lies on one of the boxes, grown by a tenth of their size (quiet zones). */
function onAny(word: OcrWord, boxes: readonly BoundingBox[]): boolean {
  const x = (word.bbox.x0 + word.bbox.x1) / 2;
  const y = (word.bbox.y0 + word.bbox.y1) / 2;
  return boxes.some((box) => {
    const marginX = (box.x1 - box.x0) * 0.1;
    const marginY = (box.y1 - box.y0) * 0.1;
    return x >= box.x0 - marginX && x <= box.x1 + marginX && y >= box.y0 - marginY && y <= box.y1 + marginY;
  });
}
