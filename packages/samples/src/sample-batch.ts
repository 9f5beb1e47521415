import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import {
  ageOn,
  clinicLetter,
  consentForm,
  dischargeSummary,
  progressNote,
  radiologyReport,
  VISIT,
  type ClinicalDocument,
} from './clinical-documents.ts';
import { syntheticPatients, type SyntheticPatient } from './patients.ts';
import { seedFromString } from './prng.ts';
import { renderPage } from './render-page.ts';
import { scannedPdf } from './scanned-pdf.ts';
import { multiPageTiff } from './tiff.ts';

export interface SampleBatchFile {
  name: string;
  /** What the pipeline should do with the file: file it as a document, or quarantine it. */
  expect: 'document' | 'quarantine';
  /** Pages the pipeline should find; 0 for a file it cannot read. */
  pages: number;
  /** The patient the document is about; null when the file cannot be read. */
  patientMrn: string | null;
  /** The document type the classifier should give it (a type key); null when the file cannot be read. */
  docType: string | null;
}

export interface SampleBatch {
  dir: string;
  files: SampleBatchFile[];
  /** Phrases that occur on exactly one page of the batch: search for one and expect that page. */
  phrases: { phrase: string; file: string; pageIndex: number; patientMrn: string }[];
  /** The whole synthetic patient index (12 patients); the batch's documents are about three of them. */
  patients: SyntheticPatient[];
}

export interface SampleBatchOptions {
  /** Default 1. The same seed writes byte-identical files. */
  seed?: number;
  /** Scan resolution, default 300. */
  dpi?: number;
}

/** The share of a valid PDF kept for the damaged one: enough for a header, not for the page tree. */
const TRUNCATED_SHARE = 0.4;

/**
 * Writes one scanning-station batch into `dir`: documents in the formats stations produce
 * (multi-page G4 TIFF, scanned PDF, PNG, JPEG) plus three files the pipeline must quarantine.
 */
export async function writeSampleBatch(dir: string, options: SampleBatchOptions = {}): Promise<SampleBatch> {
  const seed = options.seed ?? 1;
  const dpi = options.dpi ?? 300;
  const patients = syntheticPatients(12, seed);
  const [a, b, c] = adultsFirst(patients);
  if (!a || !b || !c) throw new Error('the sample batch needs at least three patients');

  const documents = {
    discharge: dischargeSummary(a),
    radiology: radiologyReport(b),
    progress: progressNote(c),
    letter: clinicLetter(a),
    consent: consentForm(b),
  };
  const render = (document: ClinicalDocument, file: string): Promise<Buffer[]> =>
    renderInOrder(document, { dpi, seed: seedFromString(`${seed}:${file}`) });

  await mkdir(dir, { recursive: true });
  const files: SampleBatchFile[] = [];
  const phrases: SampleBatch['phrases'] = [];
  /** Writes one file; `document` is what it holds, or null for a file the pipeline must quarantine. */
  const write = async (
    name: string,
    bytes: Buffer | string,
    document: ClinicalDocument | null,
    docType: string | null = null,
  ) => {
    await writeFile(path.join(dir, name), bytes);
    if (!document) {
      files.push({ name, expect: 'quarantine', pages: 0, patientMrn: null, docType: null });
      return;
    }
    const patientMrn = document.patient.mrn;
    files.push({ name, expect: 'document', pages: document.pages.length, patientMrn, docType });
    for (const { phrase, pageIndex } of document.phrases) {
      phrases.push({ phrase, file: name, pageIndex, patientMrn });
    }
  };

  // Pages are rendered one document at a time so memory stays at a few full-page images.
  const discharge = await render(documents.discharge, 'discharge-summary.tif');
  await write(
    'discharge-summary.tif',
    await multiPageTiff(discharge, { compression: 'ccittfax4', dpi }),
    documents.discharge,
    'discharge-summary',
  );

  const radiology = await render(documents.radiology, 'radiology-report.pdf');
  await write(
    'radiology-report.pdf',
    await scannedPdf(radiology, { dpi }),
    documents.radiology,
    'radiology-report',
  );

  const [progress] = await render(documents.progress, 'progress-note.png');
  await write('progress-note.png', progress!, documents.progress, 'progress-note');

  const [letter] = await render(documents.letter, 'clinic-letter.jpg');
  const letterJpeg = await sharp(letter)
    .toColourspace('b-w')
    .withDensity(dpi)
    .jpeg({ quality: 85 })
    .toBuffer();
  await write('clinic-letter.jpg', letterJpeg, documents.letter, 'letter');

  // A transfer cut short: the PDF header is there, the page tree and cross-reference table are not.
  const consent = await scannedPdf(await render(documents.consent, 'corrupt-scan.pdf'), { dpi });
  await write('corrupt-scan.pdf', consent.subarray(0, Math.floor(consent.length * TRUNCATED_SHARE)), null);

  // A scanner that crashed mid-file, and a text file someone saved under a .pdf name.
  await write('empty.tif', Buffer.alloc(0), null);
  const stationNotes = 'Station 3 notes\nRescan the radiology report if page 2 comes out faint.\n';
  await write('notes.txt.pdf', stationNotes, null);

  assertPhrasesAreUnique(Object.values(documents), phrases);
  return { dir, files, phrases, patients };
}

async function renderInOrder(
  document: ClinicalDocument,
  options: { dpi: number; seed: number },
): Promise<Buffer[]> {
  const pngs: Buffer[] = [];
  for (const [index, page] of document.pages.entries()) {
    const rendered = await renderPage(page, { dpi: options.dpi, noise: true, seed: options.seed + index });
    pngs.push(rendered.png);
  }
  return pngs;
}

/** Adults first (a child with atrial fibrillation would read oddly), in index order otherwise. */
function adultsFirst(patients: SyntheticPatient[]): SyntheticPatient[] {
  const isAdult = (patient: SyntheticPatient) => ageOn(patient.birthDate, VISIT.admitted) >= 30;
  return [...patients.filter(isAdult), ...patients.filter((patient) => !isAdult(patient))];
}

/** A search test is only meaningful if its phrase is on one page of the whole batch. */
function assertPhrasesAreUnique(documents: ClinicalDocument[], phrases: SampleBatch['phrases']): void {
  const allPages = documents.flatMap((document) => document.pages.map((page) => page.lines.join('\n')));
  for (const { phrase } of phrases) {
    const pagesWithPhrase = allPages.filter((text) =>
      text.toLowerCase().includes(phrase.toLowerCase()),
    ).length;
    if (pagesWithPhrase !== 1) throw new Error(`phrase "${phrase}" is on ${pagesWithPhrase} pages, not 1`);
  }
}
