import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../pipeline/src/split/rasterise-pdf.ts';
import { radiologyReport } from './clinical-documents.ts';
import { syntheticPatients } from './patients.ts';
import { renderPage } from './render-page.ts';
import { scannedPdf } from './scanned-pdf.ts';

describe('scannedPdf', () => {
  it('puts exactly one full-page JPEG on each page, sized from pixels and dpi', async () => {
    const document = radiologyReport(syntheticPatients(2)[1]!);
    const pngs = await Promise.all(
      document.pages.map(async (page) => (await renderPage(page, { dpi: 120 })).png),
    );
    const bytes = await scannedPdf(pngs, { dpi: 120 });

    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(2);
    for (const page of pdf.getPages()) {
      // 1020 × 1320 pixels at 120 dpi is 8.5 × 11 inches.
      expect(page.getSize()).toEqual({ width: 612, height: 792 });
      const xObjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
      const entries = xObjects?.entries() ?? [];
      expect(entries).toHaveLength(1);
      const image = pdf.context.lookup(entries[0]![1]);
      if (!(image instanceof PDFRawStream)) return expect.fail('the page image is not a stream');
      expect(image.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('Image'));
      expect(image.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('DCTDecode'));
      expect(image.dict.get(PDFName.of('ColorSpace'))).toBe(PDFName.of('DeviceGray'));
      const jpeg = await sharp(Buffer.from(image.contents)).metadata();
      expect(jpeg).toMatchObject({ format: 'jpeg', width: 1020, height: 1320, channels: 1 });
    }

    const opened = await openPdf(bytes);
    try {
      expect(opened.pageCount).toBe(2);
      const page = await opened.renderPage(0, 60);
      expect([page.width, page.height]).toEqual([510, 660]);
      const { data } = await sharp(page.png).raw().toBuffer({ resolveWithObject: true });
      expect(data.filter((value) => value < 100).length / data.length).toBeGreaterThan(0.003);
    } finally {
      await opened.close();
    }
  });

  it('takes the resolution from the PNG when none is given', async () => {
    const { png } = await renderPage({ title: 'NOTE', lines: ['short'] }, { dpi: 50 });
    const pdf = await PDFDocument.load(await scannedPdf([png]));
    expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
  });
});
