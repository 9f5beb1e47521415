import type { OcrWord } from '@chartroom/domain';
import {
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
  type PDFFont,
  type PDFName,
  type PDFOperator,
} from 'pdf-lib';
import { encodableText } from './encodable-text.ts';
import { groupIntoLines, type TextLine } from './text-lines.ts';

/** Where the page image sits: PDF points per image pixel, and the page height in points. */
export interface PageGeometry {
  pointsPerPixel: number;
  pageHeight: number;
}

// Helvetica's vertical metrics (AFM), in em: how far ink reaches above and below the baseline.
const CAP_HEIGHT = 0.718;
const X_HEIGHT = 0.523;
const DESCENT = 0.207;
const COMMA_DESCENT = 0.147;
/** Characters whose ink goes well below the baseline, so a box that contains one ends below it. */
const DESCENDING = /[gjpqy()[\]{}|@]/u;
const COMMA = /[,;]/u;
/** Characters whose ink stays at or under the x-height; anything else reaches cap height. */
const SHORT_ONLY = /^[acegmnopqrsuvwxyz.,:;_~=+<> -]*$/u;
/** Text layer characters are never painted, so coordinates need no more than 1/100 point. */
const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * The invisible text layer of a page (text rendering mode 3): every OCR word in Helvetica, in reading
 * order, stretched horizontally (Tz) to its box so selection and search highlights cover the printed
 * word. Words of one line share a font size and baseline, worked out from the line's box and which
 * characters reach above the x-height or below the baseline, so viewers keep them on one line; a
 * space between words, stretched across the gap, makes copied text come out as words.
 */
export function textLayerOperators(
  words: readonly OcrWord[],
  font: PDFFont,
  fontName: PDFName,
  geometry: PageGeometry,
): PDFOperator[] {
  const charset = new Set(font.getCharacterSet());
  const operators: PDFOperator[] = [];
  for (const line of groupIntoLines(words)) {
    const drawable = line.words
      .map((word) => ({ box: word.bbox, text: encodableText(word.text, charset).trim() }))
      .filter((word) => word.text !== '');
    if (drawable.length === 0) continue;
    const { size, baseline } = lineMetrics(line, drawable, geometry);
    operators.push(setFontAndSize(fontName, size));
    drawable.forEach(({ box, text }, index) => {
      const left = box.x0 * geometry.pointsPerPixel;
      const width = Math.max(box.x1 - box.x0, 1) * geometry.pointsPerPixel;
      operators.push(
        setTextMatrix(1, 0, 0, 1, round(left), round(baseline)),
        setCharacterSqueeze(round((100 * width) / unkernedWidth(font, text, size))),
        showText(font.encodeText(text)),
      );
      const next = drawable[index + 1];
      if (next) {
        const gap = Math.max(next.box.x0 - box.x1, 0) * geometry.pointsPerPixel;
        // A zero horizontal scale upsets some viewers; 1 % is still no visible width.
        const squeeze = Math.max(round((100 * gap) / font.widthOfTextAtSize(' ', size)), 1);
        operators.push(setCharacterSqueeze(squeeze), showText(font.encodeText(' ')));
      }
    });
  }
  if (operators.length === 0) return [];
  return [
    pushGraphicsState(),
    beginText(),
    setTextRenderingMode(TextRenderingMode.Invisible),
    ...operators,
    endText(),
    popGraphicsState(),
  ];
}

function lineMetrics(
  line: TextLine,
  drawable: readonly { text: string }[],
  geometry: PageGeometry,
): { size: number; baseline: number } {
  const text = drawable.map((word) => word.text).join(' ');
  const descent = DESCENDING.test(text) ? DESCENT : COMMA.test(text) ? COMMA_DESCENT : 0;
  const inkEm = (SHORT_ONLY.test(text) ? X_HEIGHT : CAP_HEIGHT) + descent;
  const inkHeight = Math.max(line.box.y1 - line.box.y0, 1) * geometry.pointsPerPixel;
  const size = Math.max(round(inkHeight / inkEm), 1);
  const bottom = geometry.pageHeight - line.box.y1 * geometry.pointsPerPixel;
  return { size, baseline: bottom + descent * size };
}

/** `Tj` shows glyphs at their plain widths; pdf-lib's `widthOfTextAtSize` also applies kerning pairs. */
function unkernedWidth(font: PDFFont, text: string, size: number): number {
  let width = 0;
  for (const char of text) width += font.widthOfTextAtSize(char, size);
  return width;
}
