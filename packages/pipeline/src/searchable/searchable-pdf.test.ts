import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OcrWord, PageText } from '@chartroom/domain';
import { PDFDict, PDFDocument, PDFName, PDFStream, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../split/rasterise-pdf.ts';
import { searchablePdf, type SearchablePage } from './searchable-pdf.ts';

const DPI = 150;
const PIXELS_PER_POINT = DPI / 72;
const LETTER = { width: 612, height: 792 };

/** Lines printed on the test page: size and baseline in points from the bottom, words 1 inch from the left. */
const PRINTED = [
  { text: 'DISCHARGE SUMMARY', size: 15, baseline: 716 },
  { text: 'Patient: DOE, Jane   MRN: 00123456', size: 11, baseline: 690 },
  { text: 'Admitted with right lower lobe pneumonia (confirmed on x-ray).', size: 11, baseline: 660 },
  { text: 'Given ceftriaxone 1 g IV daily; improving on room air.', size: 11, baseline: 645 },
  { text: 'seen as a case', size: 11, baseline: 630 },
];

interface PrintedWord {
  text: string;
  baseline: number;
  bbox: OcrWord['bbox'];
}

/**
 * A page image and its words as OCR would report them, without running OCR: the words are printed
 * at known places with pdf-lib, rasterised, and each word's box is its ink found in the raster.
 */
async function printedPage(): Promise<{ page: SearchablePage; words: PrintedWord[] }> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pdfPage = doc.addPage([LETTER.width, LETTER.height]);
  const placed: { text: string; x: number; width: number; size: number; baseline: number }[] = [];
  for (const line of PRINTED) {
    let x = 72;
    for (const text of line.text.split(/ +/)) {
      pdfPage.drawText(text, { x, y: line.baseline, size: line.size, font });
      const width = font.widthOfTextAtSize(text, line.size);
      placed.push({ text, x, width, size: line.size, baseline: line.baseline });
      x += width + font.widthOfTextAtSize(' ', line.size);
    }
  }
  const opened = await openPdf(await doc.save());
  const image = await opened.renderPage(0, DPI).finally(() => opened.close());
  const gray = await sharp(image.png).extractChannel(0).raw().toBuffer();

  const words = placed.map(({ text, x, width, size, baseline }): PrintedWord => {
    const left = Math.floor((x - 2) * PIXELS_PER_POINT);
    const right = Math.ceil((x + width + 2) * PIXELS_PER_POINT);
    const top = Math.floor((LETTER.height - baseline - size) * PIXELS_PER_POINT);
    const bottom = Math.ceil((LETTER.height - baseline + 0.3 * size) * PIXELS_PER_POINT);
    const bbox = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (let y = top; y < bottom; y++) {
      for (let x = left; x < right; x++) {
        if (gray[y * image.width + x]! >= 128) continue;
        bbox.x0 = Math.min(bbox.x0, x);
        bbox.y0 = Math.min(bbox.y0, y);
        bbox.x1 = Math.max(bbox.x1, x + 1);
        bbox.y1 = Math.max(bbox.y1, y + 1);
      }
    }
    return { text, baseline, bbox };
  });
  return {
    page: { png: image.png, width: image.width, height: image.height, dpi: DPI, text: pageText(words) },
    words,
  };
}

let printedOnce: ReturnType<typeof printedPage> | undefined;
/** The printed page is the same in every test; render it once. */
const testPage = () => (printedOnce ??= printedPage());

function pageText(words: { text: string; bbox: OcrWord['bbox'] }[]): PageText {
  return {
    text: words.map((word) => word.text).join(' '),
    meanConfidence: 90,
    words: words.map(({ text, bbox }) => ({ text, bbox, confidence: 90 })),
    engine: { name: 'test', version: '0', languages: ['eng'] },
  };
}

/** A black-and-white page (only 0 and 255), as a fax or Group 4 scan decodes. */
async function blackAndWhite(page: SearchablePage): Promise<SearchablePage> {
  const png = await sharp(page.png).extractChannel(0).threshold(128).png().toBuffer();
  return { ...page, png };
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** The text a viewer finds on each page, with pdf.js loaded as split/rasterise-pdf.ts loads it. */
async function pdfText(bytes: Uint8Array): Promise<{ items: PdfTextItem[]; view: number[] }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const globals = globalThis as { pdfjsWorker?: unknown };
  globals.pdfjsWorker ??= (await import(
    pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.worker.mjs')).href
  )) as unknown;
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts') + path.sep,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) =>
        'str' in item ? [{ ...item, transform: item.transform as number[] }] : [],
      );
      pages.push({ items, view: page.view });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The text as copying the whole page would give it: lines of words. */
function copiedText(items: PdfTextItem[]): string {
  return items
    .map((item) => item.str + (item.hasEOL ? '\n' : ''))
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

async function renderedPage(pdf: Uint8Array, pageIndex: number): Promise<Buffer> {
  const opened = await openPdf(pdf);
  const image = await opened.renderPage(pageIndex, DPI).finally(() => opened.close());
  return sharp(image.png).extractChannel(0).raw().toBuffer();
}

function meanAbsoluteDifference(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

/** How each page's image is stored: "/DCTDecode 8" for JPEG, "/FlateDecode 1" for 1-bit PNG data. */
async function imageEncodings(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((page) => {
    const xObjects = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
    const image = doc.context.lookup(xObjects.values()[0], PDFStream);
    const entry = (key: string) => String(image.dict.get(PDFName.of(key)));
    return `${entry('Filter')} ${entry('BitsPerComponent')}`;
  });
}

describe('searchablePdf', () => {
  it('sizes each page from its pixels and dpi and lays every word over its box, in order', async () => {
    const { page, words } = await testPage();
    const pdf = await searchablePdf([page]);
    const [text] = await pdfText(pdf);

    expect(text!.view).toEqual([0, 0, (page.width * 72) / DPI, (page.height * 72) / DPI]);
    expect(copiedText(text!.items)).toBe(PRINTED.map((line) => line.text.replace(/ +/g, ' ')).join('\n'));

    // pdf.js joins the words of a line into one item: it starts at the first word and ends at the last.
    const lineItems = text!.items.filter((item) => item.str.trim() !== '');
    expect(lineItems).toHaveLength(PRINTED.length);
    let first = 0;
    lineItems.forEach((item, line) => {
      const lineWords = words.slice(first, (first += item.str.trim().split(' ').length));
      const left = lineWords[0]!.bbox.x0 / PIXELS_PER_POINT;
      const right = lineWords.at(-1)!.bbox.x1 / PIXELS_PER_POINT;
      const [, , , , x, y] = item.transform;
      expect(Math.abs(x! - left), `left of "${item.str}"`).toBeLessThan(0.5);
      expect(Math.abs(x! + item.width - right), `right of "${item.str}"`).toBeLessThan(0.5);
      expect(Math.abs(y! - lineWords[0]!.baseline), `baseline of "${item.str}"`).toBeLessThan(0.75);
      // The font size is estimated from the ink's height and which letters rise or descend.
      const size = item.transform[3]!;
      expect(Math.abs(size / PRINTED[line]!.size - 1), `size of "${item.str}"`).toBeLessThan(0.15);
    });
  });

  it('leaves the image as it was: the text layer is invisible', async () => {
    const { page } = await testPage();
    const original = await sharp(page.png).extractChannel(0).raw().toBuffer();
    const withText = await renderedPage(await searchablePdf([page]), 0);
    const imageOnly = await renderedPage(await searchablePdf([{ ...page, text: null }]), 0);

    expect(meanAbsoluteDifference(withText, imageOnly)).toBe(0);
    expect(meanAbsoluteDifference(withText, original)).toBeLessThan(2);
  });

  it('embeds a gray page as JPEG and a black-and-white page as a 1-bit image, unless told not to', async () => {
    const { page } = await testPage();
    const bilevel = await blackAndWhite(page);
    const pdf = await searchablePdf([page, bilevel]);
    expect(await imageEncodings(pdf)).toEqual(['/DCTDecode 8', '/FlateDecode 1']);
    expect(await imageEncodings(await searchablePdf([bilevel], { bilevelAsPng: false }))).toEqual([
      '/DCTDecode 8',
    ]);

    const original = await sharp(bilevel.png).extractChannel(0).raw().toBuffer();
    expect(meanAbsoluteDifference(await renderedPage(pdf, 1), original)).toBe(0);
  });

  it('writes words outside WinAnsi as their nearest Latin letters or "?" instead of failing', async () => {
    const { page } = await testPage();
    const box = (x0: number) => ({ x0, y0: 100, x1: x0 + 80, y1: 130 });
    const words = ['Łódź', '日本', 'ok👍🏽', 'ﬁne', 'Žižek'].map((text, i) => ({
      text,
      bbox: box(150 + i * 100),
    }));
    const pdf = await searchablePdf([{ ...page, text: pageText(words) }]);
    const [text] = await pdfText(pdf);
    expect(copiedText(text!.items)).toBe('Lódz ?? ok? fine Žižek');
  });

  it('makes one PDF page per page and sets producer, title and, when given, the creation date', async () => {
    const { page } = await testPage();
    const creationDate = new Date('2024-05-01T12:00:00Z');
    const pages = [page, { ...page, text: null }, page];
    const pdf = await searchablePdf(pages, { title: 'Discharge summary', creationDate });
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });

    expect(doc.getPageCount()).toBe(3);
    expect((await pdfText(pdf)).map((text) => text.items.length > 0)).toEqual([true, false, true]);
    expect(doc.getProducer()).toBe('Chartroom');
    expect(doc.getTitle()).toBe('Discharge summary');
    expect(doc.getCreationDate()).toEqual(creationDate);
    expect(Buffer.from(await searchablePdf(pages, { title: 'Discharge summary', creationDate }))).toEqual(
      Buffer.from(pdf),
    );
  });

  it('refuses an image whose size is not the one given', async () => {
    const { page } = await testPage();
    await expect(searchablePdf([{ ...page, width: page.width + 1 }])).rejects.toThrow(/1275×1650 pixels/);
  });
});
