import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  bilevel,
  blankPages,
  ccittXObject,
  decompressionBombPng,
  flateXObject,
  grayImage,
  imagePagesPdf,
  jbig2XObject,
  multiPageTiff,
  pagePdf,
  progressNote,
  rc4EncryptedPdf,
  renderPage,
  rotate90,
  scannedPdf,
  skew,
  syntheticPatients,
  tinyPng,
} from '@chartroom/samples';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { IsolatedChartroom } from '../support/isolated-chartroom.ts';

// The page stage as operators run it: `chartroom ocr --json` on every input a scanning station can
// send (PDF with each image encoding or none, multi-page TIFF in each compression, PNG, JPEG;
// 150–600 dpi; bilevel, gray, colour; sideways, skewed, blank) and on the files it must refuse.

interface OcrOutput {
  files: {
    file: string;
    pages: {
      pageIndex: number;
      text: string;
      meanConfidence: number;
      rotationDeg: number;
      skewDeg: number;
      blank: boolean;
    }[];
  }[];
  quarantined: { file: string; reason: string }[];
}

const PHRASE = /plantar ulcer/;

describe('chartroom ocr on every input a station can send', () => {
  const chartroom = new IsolatedChartroom();
  let output: OcrOutput;
  const byName = (name: string) => output.files.find((file) => path.basename(file.file) === name);

  beforeAll(async () => {
    // At most 3 pages per file for this run, so the page limit can be shown on a small file.
    await chartroom.init({ CHARTROOM_MAX_PAGES_PER_FILE: '3' });
    const dir = path.join(chartroom.stateDir, 'station');
    mkdirSync(dir);
    const write = (name: string, bytes: Uint8Array | string) => writeFileSync(path.join(dir, name), bytes);
    const [patient] = syntheticPatients(1, 3);
    if (!patient) throw new Error('no synthetic patient');
    const spec = progressNote(patient).pages[0]!;
    const page300 = (await renderPage(spec, { dpi: 300, noise: true })).png;
    const page150 = (await renderPage(spec, { dpi: 150, noise: true })).png;
    const page600 = (await renderPage(spec, { dpi: 600 })).png;
    const gray = await grayImage(page300);
    const ink = bilevel(gray);

    write('scan-jpeg.pdf', await scannedPdf([page300]));
    write('scan-flate.pdf', await imagePagesPdf([{ image: flateXObject(gray), dpi: 300 }]));
    write('scan-g4.pdf', await imagePagesPdf([{ image: await ccittXObject(ink), dpi: 300 }]));
    write('scan-jbig2.pdf', await imagePagesPdf([{ image: await jbig2XObject(ink), dpi: 300 }]));
    write('born-digital.pdf', (await pagePdf(spec)).pdf);
    for (const compression of ['ccittfax4', 'lzw', 'jpeg', 'packbits'] as const) {
      write(`scan-${compression}.tif`, await multiPageTiff([page300], { compression }));
    }
    write('two-pages.tif', await multiPageTiff([page300, page300], { compression: 'ccittfax4' }));
    write('fax-150dpi.png', page150);
    write('fine-600dpi.png', page600);
    write(
      'colour.jpg',
      await sharp(page300).toColourspace('srgb').tint({ r: 255, g: 235, b: 190 }).jpeg().toBuffer(),
    );
    write('sideways.png', await rotate90(page300));
    write('crooked.png', await skew(page300, 4));
    const [blank] = await blankPages({ dpi: 300 });
    if (!blank) throw new Error('no blank sample page');
    write('back-side.png', blank.png);

    // And what must be refused, each with its reason.
    write('empty.pdf', '');
    write('notes.pdf', 'Station 3: rescan page 2.\n');
    write('truncated.pdf', (await scannedPdf([page150])).subarray(0, 5000));
    write('locked.pdf', rc4EncryptedPdf({ emptyUserPassword: false }));
    write('bomb.png', decompressionBombPng());
    write('thumbnail.png', await tinyPng());
    write(
      'four-pages.tif',
      await multiPageTiff([page150, page150, page150, page150], { compression: 'ccittfax4' }),
    );

    output = await chartroom.json<OcrOutput>('ocr', dir);
  });

  it('reads the page from a PDF whatever encodes its image, and a PDF with no image at all', () => {
    for (const name of [
      'scan-jpeg.pdf',
      'scan-flate.pdf',
      'scan-g4.pdf',
      'scan-jbig2.pdf',
      'born-digital.pdf',
    ]) {
      const [page] = byName(name)?.pages ?? [];
      expect(page?.text, name).toMatch(PHRASE);
      expect(page?.meanConfidence, name).toBeGreaterThan(80);
    }
  });

  it('reads every frame of a multi-page TIFF in each compression', () => {
    for (const name of ['scan-ccittfax4.tif', 'scan-lzw.tif', 'scan-jpeg.tif', 'scan-packbits.tif']) {
      expect(byName(name)?.pages[0]?.text, name).toMatch(PHRASE);
    }
    expect(byName('two-pages.tif')?.pages.map((page) => PHRASE.test(page.text))).toEqual([true, true]);
  });

  it('reads PNG and JPEG from 150 to 600 dpi, in gray and in colour', () => {
    for (const name of ['fax-150dpi.png', 'fine-600dpi.png', 'colour.jpg']) {
      expect(byName(name)?.pages[0]?.text, name).toMatch(PHRASE);
    }
  });

  it('turns a sideways page upright and straightens a crooked one, saying so', () => {
    const sideways = byName('sideways.png')?.pages[0];
    expect(sideways?.rotationDeg).toBe(270);
    expect(sideways?.text).toMatch(PHRASE);
    const crooked = byName('crooked.png')?.pages[0];
    expect(crooked?.skewDeg).toBeCloseTo(4, 0);
    expect(crooked?.text).toMatch(PHRASE);
    expect(byName('scan-jpeg.pdf')?.pages[0]).toMatchObject({ rotationDeg: 0, skewDeg: 0, blank: false });
  });

  it('finds the blank back side and does not read it', () => {
    expect(byName('back-side.png')?.pages[0]).toMatchObject({ blank: true, text: '' });
  });

  it('refuses each bad file with a reason a person can act on', () => {
    const reasons = Object.fromEntries(
      output.quarantined.map(({ file, reason }) => [path.basename(file), reason]),
    );
    const expected: Record<string, RegExp> = {
      'empty.pdf': /empty/,
      'notes.pdf': /plain text/,
      'truncated.pdf': /damaged or truncated/,
      'locked.pdf': /password/,
      'bomb.png': /60000×60000.*decompression bomb/,
      'thumbnail.png': /too small/,
      'four-pages.tif': /4 pages, over the 3-page limit/,
    };
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, reason] of Object.entries(expected)) expect(reasons[name], name).toMatch(reason);
  });
});
