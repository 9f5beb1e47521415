import type { BoundingBox, OcrWord } from '@chartroom/domain';

/** Words printed side by side on one line, left to right, and the box around all of them. */
export interface TextLine {
  words: OcrWord[];
  box: BoundingBox;
}

/**
 * Splits words, kept in the OCR engine's reading order, into lines: a word starts a new line when it
 * does not sit beside the line so far (less than half of the shorter height in common) or when it
 * steps back to the left, as the first word of the next line or the next column does.
 */
export function groupIntoLines(words: readonly OcrWord[]): TextLine[] {
  const lines: TextLine[] = [];
  let current: TextLine | undefined;
  for (const word of words) {
    const previous = current?.words.at(-1);
    if (current && previous && continuesLine(current.box, previous.bbox, word.bbox)) {
      current.words.push(word);
      current.box = union(current.box, word.bbox);
    } else {
      current = { words: [word], box: { ...word.bbox } };
      lines.push(current);
    }
  }
  return lines;
}

function continuesLine(line: BoundingBox, previous: BoundingBox, next: BoundingBox): boolean {
  const shared = Math.min(line.y1, next.y1) - Math.max(line.y0, next.y0);
  const shorter = Math.min(line.y1 - line.y0, next.y1 - next.y0);
  // Boxes may touch or overlap a little; a real step back is a good part of a word's width.
  const stepsBack = next.x0 < previous.x1 - (previous.x1 - previous.x0) / 2;
  return shared >= shorter / 2 && !stepsBack;
}

function union(a: BoundingBox, b: BoundingBox): BoundingBox {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}
