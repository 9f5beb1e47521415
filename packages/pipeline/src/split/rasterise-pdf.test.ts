import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp, { type Region } from 'sharp';
import { describe, expect, it } from 'vitest';
import { rc4EncryptedPdf } from '../../../samples/src/bad-scans.ts';
import { openPdf, PdfInputError } from './rasterise-pdf.ts';

const LETTER: [number, number] = [612, 792];

async function textPdf(pageTexts: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pageTexts) {
    // One line of 24 pt text, 1 inch from the left and top edges.
    doc.addPage(LETTER).drawText(text, { x: 72, y: 792 - 72 - 24, size: 24, font });
  }
  return doc.save();
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected openPdf to reject'),
    (error: unknown) => error,
  );
}

async function darkPixelShare(png: Buffer, region: Region): Promise<number> {
  const { data, info } = await sharp(png).extract(region).raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (const value of data) if (value < 128) dark++;
  return dark / (info.width * info.height);
}

describe('openPdf', () => {
  it('renders each page of a text PDF as a grayscale PNG of the requested size', async () => {
    const pdf = await openPdf(await textPdf(['Patient: DOE, Jane', 'Second page']));
    try {
      expect(pdf.pageCount).toBe(2);
      for (const pageIndex of [0, 1]) {
        const page = await pdf.renderPage(pageIndex, 150);
        // US letter at 150 dpi: 8.5 × 11 inches.
        expect(page).toMatchObject({ pageIndex, width: 1275, height: 1650, dpi: 150 });

        const meta = await sharp(page.png).metadata();
        expect(meta).toMatchObject({ format: 'png', width: 1275, height: 1650, channels: 1, depth: 'uchar' });

        // The text sits 1 inch from the top-left corner (baseline at 1 inch + 24 pt); the margin is white.
        const textBand = { left: 150, top: 150, width: 300, height: 50 };
        expect(await darkPixelShare(page.png, textBand)).toBeGreaterThan(0.05);
        const margin = { left: 0, top: 0, width: 1275, height: 140 };
        expect(await darkPixelShare(page.png, margin)).toBe(0);
      }
    } finally {
      await pdf.close();
    }
  });

  it('leaves the caller’s bytes usable (pdf.js would otherwise detach the buffer)', async () => {
    const bytes = await textPdf(['x']);
    const pdf = await openPdf(bytes);
    await pdf.close();
    expect(bytes.byteLength).toBeGreaterThan(0);
    await (await openPdf(bytes)).close();
  });

  it('rejects a page index that does not exist', async () => {
    const pdf = await openPdf(await textPdf(['only page']));
    try {
      await expect(pdf.renderPage(1, 72)).rejects.toThrow(RangeError);
    } finally {
      await pdf.close();
    }
  });

  it('reports a truncated PDF as damaged', async () => {
    const bytes = await textPdf(['page one', 'page two']);
    for (const fraction of [0.4, 0.9]) {
      const error = await rejection(openPdf(bytes.subarray(0, Math.floor(bytes.length * fraction))));
      expect(error).toBeInstanceOf(PdfInputError);
      expect((error as Error).message).toMatch(/^PDF is damaged or truncated: /);
    }
  });

  it('reports garbage, text and empty files as not readable PDFs', async () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const text = new TextEncoder().encode('Shift handover notes\n');
    await expect(openPdf(garbage)).rejects.toThrow(/File is not a PDF/);
    await expect(openPdf(text)).rejects.toThrow(PdfInputError);
    await expect(openPdf(new Uint8Array())).rejects.toThrow(/empty \(0 bytes\)/);

    const garbageAfterHeader = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...garbage]);
    await expect(openPdf(garbageAfterHeader)).rejects.toThrow(/^PDF is damaged or truncated: /);
  });

  it('reports a password-protected PDF', async () => {
    const error = await rejection(openPdf(rc4EncryptedPdf({ emptyUserPassword: false })));
    expect(error).toBeInstanceOf(PdfInputError);
    expect((error as Error).message).toMatch(/^PDF is password-protected/);
  });

  it('opens a PDF that is encrypted only to restrict printing or copying', async () => {
    const pdf = await openPdf(rc4EncryptedPdf({ emptyUserPassword: true }));
    try {
      expect((await pdf.renderPage(0, 36)).width).toBe(306);
    } finally {
      await pdf.close();
    }
  });

  it('reports a PDF without pages', async () => {
    const doc = await PDFDocument.create();
    const bytes = await doc.save({ addDefaultPage: false });
    await expect(openPdf(bytes)).rejects.toThrow(new PdfInputError('PDF has no pages'));
  });

  it('reports a scanned page whose image cannot be decoded instead of rendering it blank', async () => {
    const noise = Buffer.from(Array.from({ length: 300 * 300 }, (_, i) => (i * 2654435761) % 251));
    const jpeg = await sharp(noise, { raw: { width: 300, height: 300, channels: 1 } })
      .jpeg()
      .toBuffer();
    // Wipe the Huffman tables (DHT segment up to start-of-scan) but keep the frame header pdf-lib reads.
    // A merely truncated JPEG is not enough: decoders, pdf.js's too, pad it and show a partial image.
    const huffmanTables = jpeg.indexOf(Buffer.from([0xff, 0xc4]));
    const startOfScan = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    expect(huffmanTables).toBeGreaterThan(0);
    jpeg.fill(0, huffmanTables + 4, startOfScan);
    const doc = await PDFDocument.create();
    const image = await doc.embedJpg(jpeg);
    doc.addPage(LETTER).drawImage(image, { x: 0, y: 0, width: 612, height: 792 });

    const pdf = await openPdf(await doc.save());
    try {
      await expect(pdf.renderPage(0, 72)).rejects.toThrow(/page 1 cannot be decoded/);
    } finally {
      await pdf.close();
    }
  });
});
