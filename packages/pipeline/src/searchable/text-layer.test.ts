import type { OcrWord } from '@chartroom/domain';
import { PDFDocument, PDFName, StandardFonts, type PDFFont } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { textLayerOperators, type PageGeometry } from './text-layer.ts';

/** Half a point per pixel (144 dpi) on a 500-point-high page. */
const GEOMETRY: PageGeometry = { pointsPerPixel: 0.5, pageHeight: 500 };

const word = (text: string, x0: number, y0: number, x1: number, y1: number): OcrWord => ({
  text,
  confidence: 90,
  bbox: { x0, y0, x1, y1 },
});

interface ShownText {
  text: string;
  x: number;
  y: number;
  size: number;
  /** Width on the page: the plain glyph widths scaled by Tz. */
  width: number;
}

/** Replays the operators the way a viewer places text: Tf, Tm and Tz set the state, Tj shows and advances. */
function shownText(operators: string[], font: PDFFont): ShownText[] {
  const shown: ShownText[] = [];
  let size = 0;
  let squeeze = 100;
  let x = 0;
  let y = 0;
  for (const operator of operators) {
    const parts = operator.split(' ');
    const args = parts.slice(0, -1);
    switch (parts.at(-1) ?? '') {
      case 'Tf':
        size = Number(args[1]);
        break;
      case 'Tz':
        squeeze = Number(args[0]);
        break;
      case 'Tm':
        x = Number(args[4]);
        y = Number(args[5]);
        break;
      case 'Tj': {
        const text = Buffer.from(args[0]!.slice(1, -1), 'hex').toString('latin1');
        const plain = [...text].reduce((sum, char) => sum + font.widthOfTextAtSize(char, size), 0);
        const width = (plain * squeeze) / 100;
        shown.push({ text, x, y, size, width });
        x += width;
        break;
      }
    }
  }
  return shown;
}

async function helvetica(): Promise<PDFFont> {
  const doc = await PDFDocument.create();
  return doc.embedFont(StandardFonts.Helvetica);
}

describe('textLayerOperators', () => {
  it('draws each word invisibly, stretched over its box, with a space across the gap to the next', async () => {
    const font = await helvetica();
    const words = [word('Hello', 100, 100, 200, 130), word('world', 220, 100, 330, 130)];
    const operators = textLayerOperators(words, font, PDFName.of('F1'), GEOMETRY).map(String);

    expect(operators.slice(0, 3)).toEqual(['q', 'BT', '3 Tr']);
    expect(operators.slice(-2)).toEqual(['ET', 'Q']);
    const shown = shownText(operators, font);
    expect(shown.map((item) => item.text)).toEqual(['Hello', ' ', 'world']);
    const [hello, space, world] = shown;
    // No descenders: the box bottom is the baseline and its height the cap height (0.718 em).
    expect(hello).toMatchObject({ x: 50, y: 435 });
    expect(hello!.size).toBeCloseTo(15 / 0.718, 1);
    expect(hello!.width).toBeCloseTo(50, 1);
    expect(space!.x + space!.width).toBeCloseTo(110, 1);
    expect(world).toMatchObject({ x: 110, y: 435 });
    expect(world!.width).toBeCloseTo(55, 1);
  });

  it('puts a line with descenders on a baseline above its box bottom, shared by all its words', async () => {
    const font = await helvetica();
    const words = [word('Hello', 100, 100, 200, 127), word('yours', 220, 106, 330, 133)];
    const shown = shownText(textLayerOperators(words, font, PDFName.of('F1'), GEOMETRY).map(String), font);

    const size = (33 * 0.5) / (0.718 + 0.207);
    expect(shown[0]!.size).toBeCloseTo(size, 1);
    for (const item of shown) expect(item.y).toBeCloseTo(500 - 133 * 0.5 + 0.207 * size, 1);
  });

  it('starts a new line when the next word is below or back to the left, and skips empty words', async () => {
    const font = await helvetica();
    const words = [
      word('first', 100, 100, 200, 130),
      word('  ', 210, 100, 230, 130),
      word('line', 240, 100, 300, 130),
      word('next', 100, 160, 180, 190),
    ];
    const shown = shownText(textLayerOperators(words, font, PDFName.of('F1'), GEOMETRY).map(String), font);

    expect(shown.map((item) => item.text)).toEqual(['first', ' ', 'line', 'next']);
    expect(shown.map((item) => item.y)).toEqual([435, 435, 435, 405]);
  });

  it('draws nothing for a page without words', async () => {
    expect(textLayerOperators([], await helvetica(), PDFName.of('F1'), GEOMETRY)).toEqual([]);
  });
});
