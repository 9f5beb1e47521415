import { PDFDocument, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { openPdf } from '../../pipeline/src/split/rasterise-pdf.ts';
import { clinicLetter, dischargeSummary, progressNote, radiologyReport } from './clinical-documents.ts';
import { LETTER_POINTS, type PageSpec } from './page-pdf.ts';
import { syntheticPatients } from './patients.ts';
import { createPrng } from './prng.ts';
import { renderPage } from './render-page.ts';
import { faxDegrade } from './scan-degradation.ts';
import { addScannerNoise } from './scanner-noise.ts';

/**
 * Pages for testing the clean-up before OCR (orientation, deskew, blank-page detection): text-rich and
 * sparse pages, the blank sheets a scanner produces (duplex backs, bleed-through, speckle, punch holes
 * and edge shadows) and nearly-empty pages that must not be taken for blank.
 */

/** A generated page image: 8-bit gray PNG, with what it shows. */
export interface NamedPage {
  name: string;
  png: Buffer;
  dpi: number;
}

/** Text-rich pages (at least ~600 printed characters) of the invented clinical documents. */
export function textRichPageSpecs(count: number, seed = 7): PageSpec[] {
  const makers = [dischargeSummary, radiologyReport, progressNote, clinicLetter];
  const specs: PageSpec[] = [];
  const patients = syntheticPatients(Math.max(4, count), seed);
  for (const [i, patient] of patients.entries()) {
    const make = makers[i % makers.length];
    if (!make) continue;
    for (const page of make(patient).pages) {
      if (page.lines.join('').length >= 600) specs.push(page);
    }
    if (specs.length >= count) break;
  }
  return specs.slice(0, count);
}

const SPARSE_PAGES: [string, string, string][] = [
  ['TELEPHONE NOTE', 'Called the patient about the lab results.', 'Will repeat the potassium next week.'],
  ['ORDER', 'Physical therapy, twice a week for four weeks.', 'Diagnosis: right knee osteoarthritis.'],
  ['NURSING NOTE', 'Patient resting comfortably, no complaints.', 'Vital signs within normal limits.'],
];

/** A sparse page: a title and two short lines, no patient header. */
export function sparsePageSpec(index: number): PageSpec {
  const [title, first, second] = SPARSE_PAGES[index % SPARSE_PAGES.length] ?? SPARSE_PAGES[0]!;
  return { title, lines: [first, second] };
}

const letterSize = (dpi: number) => ({ width: Math.round(8.5 * dpi), height: Math.round(11 * dpi) });

async function encodeGray(data: Buffer, width: number, height: number, dpi: number): Promise<Buffer> {
  return sharp(data, { raw: { width, height, channels: 1 } })
    .toColourspace('b-w')
    .withDensity(dpi)
    .png()
    .toBuffer();
}

/** Dark disks (`value`) of diameter `size` px at the given centres. */
function drawDisks(
  data: Buffer,
  width: number,
  centres: { x: number; y: number }[],
  size: number,
  value: number,
): void {
  const radius = size / 2;
  const height = data.length / width;
  for (const { x: cx, y: cy } of centres) {
    for (let y = Math.floor(cy - radius); y <= Math.ceil(cy + radius); y++) {
      for (let x = Math.floor(cx - radius); x <= Math.ceil(cx + radius); x++) {
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) data[y * width + x] = value;
      }
    }
  }
}

/** A few dust specks larger than scanner speckle (up to ~0.4 mm), on top of `addScannerNoise`. */
function addDust(data: Buffer, width: number, dpi: number, seed: number): void {
  const random = createPrng(seed);
  const height = data.length / width;
  for (let n = 0; n < 12; n++) {
    const centre = { x: random.int(0, width - 1), y: random.int(0, height - 1) };
    drawDisks(data, width, [centre], (0.006 + random.next() * 0.01) * dpi, random.int(30, 120));
  }
}

/**
 * Blank sheets as scanners deliver them; each must be detected as blank:
 * - `speckle`: a duplex back side, gray paper with speckle and dust;
 * - `bleed-through`: the front's text showing through, mirrored, light gray and blurred;
 * - `border-and-holes`: a scanner-lid shadow along one edge, the dark lid below a short page, and three
 *   dark punch holes;
 * - `fax`: a blank page through a fax (salt-and-pepper noise, lost lines), at 150 dpi.
 */
export async function blankPages(options: { dpi: number; seed?: number }): Promise<NamedPage[]> {
  const { dpi } = options;
  const seed = options.seed ?? 11;
  const { width, height } = letterSize(dpi);
  const white = () => Buffer.alloc(width * height, 255);

  const speckled = white();
  addDust(speckled, width, dpi, seed);
  const speckle = await addScannerNoise(await encodeGray(speckled, width, height, dpi), { dpi, seed });

  const front = await renderPage(textRichPageSpecs(1, seed)[0]!, { dpi });
  const showing = await sharp(front.png)
    .greyscale()
    .flop()
    .blur(Math.max(0.5, dpi / 200))
    .linear(0.22, 255 * 0.78) // black prints through as light gray (≈ 200), paper stays white
    .raw()
    .toBuffer();
  addDust(showing, width, dpi, seed + 1);
  const bleedThrough = await addScannerNoise(await encodeGray(showing, width, height, dpi), {
    dpi,
    seed: seed + 1,
  });

  const bordered = white();
  // The lid's shadow along the left edge, dark at the edge and fading over 0.15 in; and the dark lid
  // itself below a page shorter than the scan area (0.6 in of it, reaching past the border margin).
  const shadowLeft = Math.round(0.15 * dpi);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < shadowLeft; x++) bordered[y * width + x] = Math.round(30 + (170 * x) / shadowLeft);
  }
  bordered.fill(25, (height - Math.round(0.6 * dpi)) * width);
  // A three-hole punch: 0.28 in holes, 0.5 in from the left edge, 4.25 in apart, seen against a dark lid.
  const holes = [-4.25, 0, 4.25].map((offset) => ({ x: 0.5 * dpi, y: (5.5 + offset) * dpi }));
  drawDisks(bordered, width, holes, 0.28 * dpi, 35);
  addDust(bordered, width, dpi, seed + 2);
  const borderAndHoles = await addScannerNoise(await encodeGray(bordered, width, height, dpi), {
    dpi,
    seed: seed + 2,
  });

  const fax = await faxDegrade(await encodeGray(white(), width, height, dpi), { dpi: 150, seed });

  return [
    { name: 'speckle', png: speckle, dpi },
    { name: 'bleed-through', png: bleedThrough, dpi },
    { name: 'border-and-holes', png: borderAndHoles, dpi },
    { name: 'fax', png: fax, dpi: 150 },
  ];
}

/** A one-page PDF drawn by `draw`, rasterised like a scan (noise optional). */
async function drawnPage(
  draw: (page: PDFPage, doc: PDFDocument) => Promise<void>,
  options: { dpi: number; noise: boolean; seed: number },
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([LETTER_POINTS.width, LETTER_POINTS.height]);
  await draw(page, doc);
  const opened = await openPdf(await doc.save());
  try {
    const { png } = await opened.renderPage(0, options.dpi);
    return options.noise ? addScannerNoise(png, { dpi: options.dpi, seed: options.seed }) : png;
  } finally {
    await opened.close();
  }
}

/**
 * Nearly-empty pages that carry content and must not be taken for blank:
 * - `short-line`: one short printed line;
 * - `signature`: only a signature-like scribble;
 * - `empty-form`: a form's label and ruled lines, nothing filled in.
 */
export async function nearlyBlankPages(options: {
  dpi: number;
  noise?: boolean;
  seed?: number;
}): Promise<NamedPage[]> {
  const settings = { dpi: options.dpi, noise: options.noise ?? true, seed: options.seed ?? 13 };
  const top = LETTER_POINTS.height;
  const shortLine = await drawnPage(async (page, doc) => {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    page.drawText('Continued on next page.', { x: 72, y: top - 132, size: 11, font, color: rgb(0, 0, 0) });
  }, settings);
  const signature = await drawnPage(async (page) => {
    const scribble =
      'M 0 20 C 8 -12 22 40 32 8 S 50 -8 58 22 S 76 34 90 4 C 104 -14 116 38 134 14 ' +
      'C 142 4 150 26 160 16 L 190 10';
    page.drawSvgPath(scribble, { x: 340, y: 170, borderWidth: 1.3, borderColor: rgb(0.1, 0.1, 0.35) });
    return Promise.resolve();
  }, settings);
  const emptyForm = await drawnPage(async (page, doc) => {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    page.drawText('Notes:', { x: 72, y: top - 90, size: 9, font, color: rgb(0, 0, 0) });
    for (let row = 0; row < 5; row++) {
      const y = top - 120 - row * 28;
      page.drawLine({ start: { x: 72, y }, end: { x: LETTER_POINTS.width - 72, y }, thickness: 0.6 });
    }
  }, settings);
  return [
    { name: 'short-line', png: shortLine, dpi: settings.dpi },
    { name: 'signature', png: signature, dpi: settings.dpi },
    { name: 'empty-form', png: emptyForm, dpi: settings.dpi },
  ];
}
