import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdf, PdfInputError } from '../../pipeline/src/split/rasterise-pdf.ts';
import { syntheticPatients } from './patients.ts';
import { writeSampleBatch, type SampleBatch } from './sample-batch.ts';

describe('writeSampleBatch', () => {
  let dir: string;
  let batch: SampleBatch;
  const read = (name: string) => readFile(path.join(dir, name));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'chartroom-batch-'));
    // The default 300 dpi, because that resolution is part of what the batch promises.
    batch = await writeSampleBatch(dir, { seed: 4 });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the listed files and nothing else', async () => {
    expect((await readdir(dir)).sort()).toEqual(batch.files.map((file) => file.name).sort());
    expect(batch.files.map(({ name, expect, pages }) => [name, expect, pages])).toEqual([
      ['discharge-summary.tif', 'document', 3],
      ['radiology-report.pdf', 'document', 2],
      ['progress-note.png', 'document', 1],
      ['clinic-letter.jpg', 'document', 1],
      ['corrupt-scan.pdf', 'quarantine', 0],
      ['empty.tif', 'quarantine', 0],
      ['notes.txt.pdf', 'quarantine', 0],
    ]);
    expect(batch.patients).toEqual(syntheticPatients(12, 4));
  });

  it('is about three patients of the index, with patient A on two documents', () => {
    const mrnOf = (name: string) => batch.files.find((file) => file.name === name)?.patientMrn;
    const indexMrns = batch.patients.map((patient) => patient.mrn);
    const [a, b, c] = [
      mrnOf('discharge-summary.tif'),
      mrnOf('radiology-report.pdf'),
      mrnOf('progress-note.png'),
    ];
    expect(new Set([a, b, c]).size).toBe(3);
    for (const mrn of [a, b, c]) expect(indexMrns).toContain(mrn);
    expect(mrnOf('clinic-letter.jpg')).toBe(a);
    expect(mrnOf('corrupt-scan.pdf')).toBeNull();
  });

  it('writes the discharge summary as a 3-page 300-dpi bilevel TIFF', async () => {
    const tiff = await read('discharge-summary.tif');
    expect(await sharp(tiff).metadata()).toMatchObject({ format: 'tiff', pages: 3, density: 300 });
    for (let page = 0; page < 3; page++) {
      const meta = await sharp(tiff, { page }).metadata();
      expect([meta.width, meta.height]).toEqual([2550, 3300]);
    }
  });

  it('writes the radiology report as a 2-page scanned PDF that the pipeline can render', async () => {
    const bytes = await read('radiology-report.pdf');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
    const pdf = await openPdf(bytes);
    try {
      expect(pdf.pageCount).toBe(2);
      expect((await pdf.renderPage(1, 72)).width).toBe(612);
    } finally {
      await pdf.close();
    }
  });

  it('writes single-page PNG and JPEG scans at 300 dpi', async () => {
    expect(await sharp(await read('progress-note.png')).metadata()).toMatchObject({
      format: 'png',
      width: 2550,
      height: 3300,
      channels: 1,
      density: 300,
    });
    expect(await sharp(await read('clinic-letter.jpg')).metadata()).toMatchObject({
      format: 'jpeg',
      width: 2550,
      height: 3300,
      density: 300,
    });
  });

  it('writes files the pipeline must quarantine', async () => {
    await expect(openPdf(await read('corrupt-scan.pdf'))).rejects.toThrow(PdfInputError);
    await expect(openPdf(await read('notes.txt.pdf'))).rejects.toThrow(PdfInputError);
    expect((await read('empty.tif')).length).toBe(0);
  });

  it('lists distinctive phrases with the file and page they are printed on', () => {
    expect(batch.phrases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          phrase: 'pericardial friction rub',
          file: 'discharge-summary.tif',
          pageIndex: 1,
        }),
        expect.objectContaining({ phrase: 'warfarin bridging', file: 'discharge-summary.tif', pageIndex: 2 }),
        expect.objectContaining({ file: 'radiology-report.pdf', pageIndex: 0 }),
      ]),
    );
    for (const phrase of batch.phrases) {
      const file = batch.files.find((entry) => entry.name === phrase.file);
      expect(file?.expect).toBe('document');
      expect(phrase.patientMrn).toBe(file?.patientMrn);
    }
  });

  it('writes byte-identical files for the same seed', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'chartroom-batch-'));
    try {
      const small = await writeSampleBatch(again, { seed: 4, dpi: 60 });
      const other = await mkdtemp(path.join(tmpdir(), 'chartroom-batch-'));
      try {
        await writeSampleBatch(other, { seed: 4, dpi: 60 });
        for (const { name } of small.files) {
          expect(await readFile(path.join(other, name))).toEqual(await readFile(path.join(again, name)));
        }
      } finally {
        await rm(other, { recursive: true, force: true });
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});
