// The samples are imported by file, not through @chartroom/samples, whose index pulls in this package.
import { BadInputError } from '@chartroom/domain';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdfImageExtractor, type EmbeddedPageImage } from './extract-pdf-image.ts';
import { openPdf } from './rasterise-pdf.ts';
import { splitIntoPages, type SplitLimits } from './split-pages.stage.ts';
import {
  bilevel,
  ccittXObject,
  flateXObject,
  grayImage,
  imagePagesPdf,
  jbig2XObject,
  jpegXObject,
  type GrayImage,
  type ImagePageSpec,
  type ImageXObject,
} from '../../../samples/src/pdf-encodings.ts';
import { renderPage } from '../../../samples/src/render-page.ts';
import { scannedPdf } from '../../../samples/src/scanned-pdf.ts';

const DPI = 100;
const limits = { maxImagePixels: 50_000_000 };

let source: GrayImage;

beforeAll(async () => {
  const page = await renderPage(
    {
      title: 'PROGRESS NOTE',
      lines: ['Patient seen on the ward this morning.', 'Plan: continue current medication.', ''],
      footer: 'Page 1 of 1',
    },
    { dpi: DPI, noise: true, seed: 7 },
  );
  source = await grayImage(page.png);
});

async function extractFirstPage(pdf: Uint8Array): Promise<EmbeddedPageImage | null> {
  const extractor = await openPdfImageExtractor(pdf, limits);
  expect(extractor).not.toBeNull();
  return extractor!.extractPage(0);
}

async function onePage(image: ImageXObject, spec: Partial<ImagePageSpec> = {}): Promise<Uint8Array> {
  return imagePagesPdf([{ image, dpi: DPI, ...spec }]);
}

/** Extracts the only page and checks it is an upright 8-bit gray page at the scan's size and resolution. */
async function extracted(pdf: Uint8Array, width = source.width, height = source.height): Promise<GrayImage> {
  const page = await extractFirstPage(pdf);
  expect(page).not.toBeNull();
  expect(page).toMatchObject({ width, height, dpi: DPI });
  const metadata = await sharp(page!.png).metadata();
  expect(metadata).toMatchObject({ format: 'png', width, height, channels: 1, depth: 'uchar', density: DPI });
  return grayImage(page!.png);
}

/** What pdf.js shows for the page at the scan's resolution: the truth extraction must match. */
async function rendered(pdf: Uint8Array): Promise<GrayImage> {
  const opened = await openPdf(pdf);
  try {
    return await grayImage((await opened.renderPage(0, DPI)).png);
  } finally {
    await opened.close();
  }
}

function meanDifference(a: GrayImage, b: GrayImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let total = 0;
  for (let i = 0; i < a.data.length; i++) total += Math.abs(a.data[i]! - b.data[i]!);
  return total / a.data.length;
}

function largestDifference(a: GrayImage, b: GrayImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let largest = 0;
  for (let i = 0; i < a.data.length; i++) largest = Math.max(largest, Math.abs(a.data[i]! - b.data[i]!));
  return largest;
}

async function turned(image: GrayImage, angle: number): Promise<GrayImage> {
  return grayImage(
    await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
      .rotate(angle)
      .png()
      .toBuffer(),
  );
}

describe('openPdfImageExtractor: JPEG (DCTDecode)', () => {
  it('hands a gray JPEG to libjpeg: the pixels are the JPEG decoded, and match the rendered page', async () => {
    const image = await jpegXObject(source);
    const pdf = await onePage(image);
    const page = await extracted(pdf);
    expect(meanDifference(page, await grayImage(Buffer.from(image.data)))).toBe(0);
    expect(meanDifference(page, source)).toBeLessThan(3);
    expect(meanDifference(page, await rendered(pdf))).toBeLessThan(1.5);
  });

  it('turns an RGB JPEG into gray, and leaves CMYK to the renderer', async () => {
    const pdf = await onePage(await jpegXObject(source, { colour: 'rgb' }));
    const page = await extracted(pdf);
    expect(meanDifference(page, source)).toBeLessThan(3);
    expect(meanDifference(page, await rendered(pdf))).toBeLessThan(1.5);
    expect(await extractFirstPage(await onePage(await jpegXObject(source, { colour: 'cmyk' })))).toBeNull();
  });
});

describe('openPdfImageExtractor: raw pixels (FlateDecode)', () => {
  it('gives back 8-bit gray exactly, with or without PNG prediction and /Decode [1 0]', async () => {
    for (const options of [{}, { predictor: true }, { decodeInverted: true, predictor: true }]) {
      const pdf = await onePage(flateXObject(source, options));
      expect(largestDifference(await extracted(pdf), source), JSON.stringify(options)).toBe(0);
    }
    const pdf = await onePage(flateXObject(source, { predictor: true }));
    expect(meanDifference(await extracted(pdf), await rendered(pdf))).toBeLessThan(1);
  });

  it('gives back 1-bit gray exactly, with or without PNG prediction and /Decode [1 0]', async () => {
    const expected = bilevel(source);
    for (const options of [{}, { predictor: true }, { decodeInverted: true }]) {
      const pdf = await onePage(flateXObject(source, { bilevel: true, ...options }));
      const page = await extracted(pdf);
      expect(largestDifference(page, expected), JSON.stringify(options)).toBe(0);
      expect(meanDifference(page, await rendered(pdf)), JSON.stringify(options)).toBeLessThan(1);
    }
  });

  it('converts RGB and indexed colour to gray', async () => {
    const rgbPdf = await onePage(flateXObject(source, { colour: 'rgb', predictor: true }));
    const rgbPage = await extracted(rgbPdf);
    expect(meanDifference(rgbPage, await rendered(rgbPdf))).toBeLessThan(1);
    expect(meanDifference(rgbPage, source)).toBeLessThan(20); // a tinted page is darker in gray

    const indexedPdf = await onePage(flateXObject(source, { colour: 'indexed' }));
    expect(largestDifference(await extracted(indexedPdf), source)).toBeLessThanOrEqual(1);
  });
});

describe('openPdfImageExtractor: fax (CCITTFaxDecode)', () => {
  it('decodes Group 4 through libtiff, either way round of /BlackIs1', async () => {
    const expected = bilevel(source);
    for (const blackIs1 of [false, true]) {
      const pdf = await onePage(await ccittXObject(source, { k: -1, blackIs1 }));
      const page = await extracted(pdf);
      expect(largestDifference(page, expected), `BlackIs1 ${blackIs1}`).toBe(0);
      expect(meanDifference(page, await rendered(pdf)), `BlackIs1 ${blackIs1}`).toBeLessThan(1);
    }
  });

  it('decodes Group 3 with EOL codes (one- and two-dimensional) and byte-aligned Modified Huffman', async () => {
    const expected = bilevel(source);
    for (const options of [
      { k: 0, endOfLine: true },
      { k: 2, endOfLine: true },
      { k: 0, endOfLine: true, encodedByteAlign: true },
      { k: 0, encodedByteAlign: true },
    ]) {
      const pdf = await onePage(await ccittXObject(source, options));
      const page = await extracted(pdf);
      expect(largestDifference(page, expected), JSON.stringify(options)).toBe(0);
      expect(meanDifference(page, await rendered(pdf)), JSON.stringify(options)).toBeLessThan(1);
    }
  });

  it('leaves Group 3 without EOL codes or byte alignment to the renderer', async () => {
    const pdf = await onePage(await ccittXObject(source, { k: 0 }));
    expect(await extractFirstPage(pdf)).toBeNull();
    expect(meanDifference(await rendered(pdf), bilevel(source))).toBeLessThan(1);
  });
});

describe('openPdfImageExtractor: JBIG2Decode', () => {
  it('leaves a JBIG2 page claiming another size than its image to the renderer', async () => {
    const image = await jbig2XObject(source);
    const data = Buffer.from(image.data);
    data.writeUInt32BE(60_000, 11 + 4); // the page-information segment's height, after its 11-byte header
    expect(await extractFirstPage(await onePage({ ...image, data }))).toBeNull();
  });

  it("decodes JBIG2 with pdf.js's decoder, reading /JBIG2Globals first", async () => {
    const expected = bilevel(source);
    for (const globals of [false, true]) {
      const pdf = await onePage(await jbig2XObject(source, { globals }));
      const page = await extracted(pdf);
      expect(largestDifference(page, expected), `globals ${globals}`).toBe(0);
      expect(meanDifference(page, await rendered(pdf)), `globals ${globals}`).toBeLessThan(1);
    }
  });
});

describe('openPdfImageExtractor: orientation and resolution', () => {
  it('turns the image as the page shows it, whether placed turned, by /Rotate, or both', async () => {
    const image = flateXObject(source);
    for (const [turn, rotate] of [
      [90, 0],
      [180, 0],
      [270, 0],
      [90, 90],
      [270, 90],
      [0, 90],
      [0, 270],
      [90, 180],
    ] as const) {
      const pdf = await onePage(image, { turn, rotate });
      const sideways = turn % 180 !== 0;
      const page = await extracted(
        pdf,
        sideways ? source.height : source.width,
        sideways ? source.width : source.height,
      );
      const label = `turn ${turn}, /Rotate ${rotate}`;
      expect(largestDifference(page, await turned(source, turn)), label).toBe(0);
      expect(meanDifference(page, await rendered(pdf)), label).toBeLessThan(1);
    }
  });

  it('mirrors as well as turns when the image is placed mirrored', async () => {
    const image = flateXObject(source);
    const flopped = await grayImage(
      await sharp(source.data, { raw: { width: source.width, height: source.height, channels: 1 } })
        .flop()
        .png()
        .toBuffer(),
    );
    for (const turn of [0, 90, 180, 270] as const) {
      const pdf = await onePage(image, { turn, mirrored: true });
      const sideways = turn % 180 !== 0;
      const page = await extracted(
        pdf,
        sideways ? source.height : source.width,
        sideways ? source.width : source.height,
      );
      expect(largestDifference(page, await turned(flopped, turn)), `turn ${turn}`).toBe(0);
      expect(meanDifference(page, await rendered(pdf)), `turn ${turn}`).toBeLessThan(1);
    }
  });

  it('brings a page scanned sideways and set upright by /Rotate back upright', async () => {
    const pdf = await onePage(await jpegXObject(source), { turn: 0, rotate: 90 });
    const page = await extracted(pdf);
    expect(meanDifference(page, source)).toBeLessThan(3);
  });

  it('squares fax pixels of unequal resolution at the finer one', async () => {
    const faxRows = await grayImage(
      await sharp(source.data, { raw: { width: source.width, height: source.height, channels: 1 } })
        .resize(source.width, source.height / 2, { fit: 'fill' })
        .png()
        .toBuffer(),
    );
    const image = await ccittXObject(faxRows);
    for (const turn of [0, 90] as const) {
      const pdf = await onePage(image, { verticalDpi: DPI / 2, turn });
      const page = await extracted(
        pdf,
        turn ? source.height : source.width,
        turn ? source.width : source.height,
      );
      expect(meanDifference(page, await rendered(pdf)), `turn ${turn}`).toBeLessThan(2);
    }
  });

  it('leaves images over the pixel limit to the renderer', async () => {
    const pdf = await onePage(flateXObject(source));
    const extractor = await openPdfImageExtractor(pdf, { maxImagePixels: source.width * source.height - 1 });
    expect(await extractor!.extractPage(0)).toBeNull();
  });
});

describe('openPdfImageExtractor: pages that must be rendered', () => {
  it('returns null for a text page and a vector page', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([612, 792]).drawText('Discharge summary', { x: 72, y: 700, size: 24, font });
    doc.addPage([612, 792]).drawRectangle({ x: 72, y: 72, width: 300, height: 200, color: rgb(0, 0, 0) });
    const extractor = await openPdfImageExtractor(await doc.save(), limits);
    expect(extractor?.pageCount).toBe(2);
    expect(await extractor!.extractPage(0)).toBeNull();
    expect(await extractor!.extractPage(1)).toBeNull();
  });

  it('returns null when something visible is painted over the image', async () => {
    const image = flateXObject(source);
    const stamp = flateXObject({ data: Buffer.alloc(100 * 100, 0), width: 100, height: 100 });
    const cases: Partial<ImagePageSpec>[] = [
      { moreImages: [stamp], after: 'q 72 0 0 72 36 36 cm /Im1 Do Q' },
      { after: 'BT /F1 12 Tf 72 72 Td (signed) Tj ET' },
      { after: '0 0 m 200 200 l S' },
    ];
    for (const spec of cases) {
      expect(await extractFirstPage(await onePage(image, spec)), spec.after).toBeNull();
    }
  });

  it('extracts a scan under an invisible text layer, as in a searchable PDF', async () => {
    const pdf = await onePage(flateXObject(source), {
      after: 'BT 3 Tr /F1 12 Tf 72 72 Td (searchable) Tj ET',
    });
    expect(largestDifference(await extracted(pdf), source)).toBe(0);
  });

  it('returns null for masked images and for filters it does not decode', async () => {
    const image = flateXObject(source);
    const masked: ImageXObject = { ...image, dict: { ...image.dict, Mask: [0, 10] } };
    const jpx: ImageXObject = { ...image, dict: { ...image.dict, Filter: 'JPXDecode' } };
    const lzw: ImageXObject = { ...image, dict: { ...image.dict, Filter: 'LZWDecode' } };
    for (const candidate of [masked, jpx, lzw]) {
      expect(await extractFirstPage(await onePage(candidate))).toBeNull();
    }
  });

  it('does not open encrypted files, whose streams only pdf.js decrypts', async () => {
    const pdf = Buffer.from(await onePage(flateXObject(source))).toString('latin1');
    const encrypted = pdf.replace('trailer\n<<', 'trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 >>');
    expect(encrypted).not.toBe(pdf);
    expect(await openPdfImageExtractor(Buffer.from(encrypted, 'latin1'), limits)).toBeNull();
  });

  it('returns null for damaged image data, leaving the verdict to the renderer', async () => {
    const image = await jpegXObject(source);
    const damaged: ImageXObject = { ...image, data: Buffer.from(image.data).fill(0x55, 200) };
    expect(await extractFirstPage(await onePage(damaged))).toBeNull();
    const inflated = flateXObject(source);
    const truncated: ImageXObject = { ...inflated, data: inflated.data.subarray(0, 1000) };
    expect(await extractFirstPage(await onePage(truncated))).toBeNull();
  });
});

describe('splitIntoPages with embedded images', () => {
  const splitLimits: SplitLimits = {
    maxFileBytes: 50 * 1024 * 1024,
    maxPagesPerFile: 10,
    maxImagePixels: 50_000_000,
    rasterDpi: 150,
  };

  async function splitPages(pdf: Uint8Array) {
    const pages = [];
    for await (const page of (await splitIntoPages(pdf, splitLimits)).pages()) pages.push(page);
    return pages;
  }

  it('takes the scan out of a scanned PDF and renders a text page', async () => {
    const scanned = await scannedPdf(
      [
        await sharp(source.data, {
          raw: { width: source.width, height: source.height, channels: 1 },
        })
          .png()
          .toBuffer(),
      ],
      { dpi: DPI },
    );
    const [scan] = await splitPages(scanned);
    expect(scan).toMatchObject({
      pageIndex: 0,
      width: source.width,
      height: source.height,
      dpi: DPI,
      source: 'embedded-image',
    });

    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([612, 792]).drawText('Referral letter', { x: 72, y: 700, size: 24, font });
    const [text] = await splitPages(await doc.save());
    expect(text).toMatchObject({ width: 1275, height: 1650, dpi: 150, source: 'rendered' });
  });

  it('quarantines a PDF whose scan cannot be decoded by either path', async () => {
    const image = await jpegXObject(source);
    const garbage: ImageXObject = { ...image, data: Buffer.alloc(image.data.length, 0x55) };
    await expect(splitPages(await onePage(garbage))).rejects.toBeInstanceOf(BadInputError);
  });
});
