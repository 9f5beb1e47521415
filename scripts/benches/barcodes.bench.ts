import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZxingBarcodeReader } from '@chartroom/adapters';
import {
  faxDegrade,
  patientLabel2D,
  renderPage,
  rotate90,
  skew,
  syntheticPatients,
  type BarcodeKind,
} from '@chartroom/samples';
import sharp from 'sharp';

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

/**
 * Chartroom's barcode reader (the same ZxingBarcodeReader the worker uses, with its defaults) on:
 * - generated chart pages carrying each symbology, clean and spoiled as pages reach a hospital
 *   (sideways, skewed 3° and 7°, a 150-dpi fax);
 * - with `corpus`, ZXing's own black-box test images (e.g. ../shared/data/barcodes/zxing), at the
 *   rotations ZXing tests, against the pass counts ZXing's tests demand (expectations.tsv).
 */
export async function benchBarcodes(options: {
  corpus: string | undefined;
  labels: number;
}): Promise<Record<string, unknown>> {
  const reader = await ZxingBarcodeReader.start();
  return {
    generated: await generatedPages(reader, options.labels),
    ...(options.corpus ? { zxingBlackBox: await zxingBlackBox(reader, options.corpus) } : {}),
  };
}

const CONDITIONS: [string, (png: Buffer) => Promise<Buffer>][] = [
  ['clean 300 dpi', (png) => Promise.resolve(png)],
  ['turned 90°', rotate90],
  ['skewed 3°', (png) => skew(png, 3)],
  ['skewed 7°', (png) => skew(png, 7)],
  ['150-dpi fax', (png) => faxDegrade(png, { dpi: 150 })],
];
const KINDS: BarcodeKind[] = ['code128', 'code39', 'qrcode', 'datamatrix', 'pdf417'];

async function generatedPages(reader: ZxingBarcodeReader, labels: number) {
  const patients = syntheticPatients(labels, 404);
  const rows: {
    kind: string;
    condition: string;
    read: number;
    misread: number;
    pages: number;
    msPerPage: number;
  }[] = [];
  for (const kind of KINDS) {
    for (const [condition, spoil] of CONDITIONS) {
      let read = 0;
      let misread = 0;
      let ms = 0;
      for (const [i, patient] of patients.entries()) {
        const text =
          kind === 'code128' || kind === 'code39'
            ? patient.mrn
            : patientLabel2D(patient, { loinc: '11506-3' });
        const page = await renderPage(
          {
            title: 'PROGRESS NOTE',
            patient,
            lines: ['Seen today for follow-up.'],
            barcodes: [{ kind, text }],
          },
          { noise: true, seed: i + 1 },
        );
        const png = await spoil(page.png);
        const started = performance.now();
        const found = await reader.read(png);
        ms += performance.now() - started;
        if (found.some((barcode) => barcode.text === text)) read++;
        misread += found.filter((barcode) => barcode.text !== text).length;
      }
      rows.push({
        kind,
        condition,
        read,
        misread,
        pages: patients.length,
        msPerPage: Math.round(ms / patients.length),
      });
    }
  }
  const pages = rows.reduce((sum, row) => sum + row.pages, 0);
  return {
    scenario: `${labels} labels per symbology × ${CONDITIONS.length} conditions, full US-letter pages`,
    readRate: ratio(
      rows.reduce((sum, row) => sum + row.read, 0),
      pages,
    ),
    misreads: rows.reduce((sum, row) => sum + row.misread, 0),
    meanMsPerPage: Math.round(rows.reduce((sum, row) => sum + row.msPerPage * row.pages, 0) / pages),
    rows,
  };
}

interface Expectation {
  folder: string;
  format: string;
  rotations: number[];
  mustPass: number[];
}

/** expectations.tsv: folder, format, reader, rotations ("0,180" or "0/90/…"), must_pass, try_harder_must_pass, … */
function parseExpectations(tsv: string): Expectation[] {
  const rows: Expectation[] = [];
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#') || line.startsWith('folder') || line.trim() === '') continue;
    const [folder = '', format = '', , rotation = '', mustPass = '', tryHarder = ''] = line.split('\t');
    if (rotation === '-') continue; // structured-append test: not a per-image read
    const rotations = rotation.split(/[,/]/).map(Number);
    // The reader runs with tryHarder, so ZXing's try-harder counts are the bar.
    const counts = (tryHarder === 'same' || tryHarder === '' ? mustPass : tryHarder).split('/').map(Number);
    rows.push({ folder, format, rotations, mustPass: rotations.map((_, i) => counts[i] ?? counts[0] ?? 0) });
  }
  return rows;
}

async function zxingBlackBox(reader: ZxingBarcodeReader, corpus: string) {
  const expectations = parseExpectations(await readFile(path.join(corpus, 'expectations.tsv'), 'utf8'));
  const present = new Set(await readdir(corpus));
  const folders = [];
  let skippedBinary = 0;
  for (const expectation of expectations.filter((row) => present.has(row.folder))) {
    const dir = path.join(corpus, expectation.folder);
    const names = await readdir(dir);
    const images = names.filter((name) => /\.(png|jpe?g|gif)$/i.test(name));
    const cases: { image: string; text: string }[] = [];
    let skipped = 0;
    for (const image of images) {
      const stem = image.replace(/\.[^.]+$/, '');
      if (!names.includes(`${stem}.txt`)) {
        skipped++; // a .bin expectation: a binary payload, compared byte for byte by ZXing
        continue;
      }
      cases.push({ image, text: await readFile(path.join(dir, `${stem}.txt`), 'utf8') });
    }
    const byRotation = [];
    for (const [i, rotation] of expectation.rotations.entries()) {
      let passed = 0;
      let misreads = 0;
      for (const { image, text } of cases) {
        const png = await sharp(path.join(dir, image)).rotate(rotation).png().toBuffer();
        const found = await reader.read(png);
        if (found.some((barcode) => barcode.text === text)) passed++;
        else if (found.length > 0) misreads++;
      }
      // ZXing's count includes the images skipped here; they come off its bar rather than failing ours.
      const zxingMustPass = Math.max(0, (expectation.mustPass[i] ?? 0) - skipped);
      byRotation.push({ rotation, images: cases.length, passed, zxingMustPass, misreads });
    }
    skippedBinary += skipped;
    folders.push({
      folder: expectation.folder,
      format: expectation.format,
      meetsZxing: byRotation.every((row) => row.passed >= row.zxingMustPass),
      byRotation,
    });
  }
  const attempts = folders.flatMap((folder) => folder.byRotation);
  return {
    corpus: path.basename(corpus),
    images: folders.reduce((sum, folder) => sum + (folder.byRotation[0]?.images ?? 0), 0),
    reads: attempts.reduce((sum, row) => sum + row.passed, 0),
    attempts: attempts.reduce((sum, row) => sum + row.images, 0),
    readRate: ratio(
      attempts.reduce((sum, row) => sum + row.passed, 0),
      attempts.reduce((sum, row) => sum + row.images, 0),
    ),
    zxingMustPass: attempts.reduce((sum, row) => sum + row.zxingMustPass, 0),
    misreads: attempts.reduce((sum, row) => sum + row.misreads, 0),
    foldersMeetingZxing: `${folders.filter((folder) => folder.meetsZxing).length}/${folders.length}`,
    skippedBinaryPayloads: skippedBinary,
    folders,
  };
}
