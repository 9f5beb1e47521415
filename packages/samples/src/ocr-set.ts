import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  clinicLetter,
  consentForm,
  dischargeSummary,
  progressNote,
  radiologyReport,
  type ClinicalDocument,
} from './clinical-documents.ts';
import { pagePdf, type PageSpec } from './page-pdf.ts';
import { syntheticPatients } from './patients.ts';
import { renderPage } from './render-page.ts';
import { scannedPdf } from './scanned-pdf.ts';

export interface OcrSetPage {
  /** 8-bit gray PNG of the scanned page. */
  image: string;
  /** What is printed on the page, line by line, in reading order. */
  truth: string;
}

export interface OcrSet {
  pages: OcrSetPage[];
  /** All pages as one scanned PDF (one JPEG per page), as a station would send them. */
  pdf: string;
}

/** The text a page spec prints, in the order a reader reads it (top to bottom). */
export async function printedText(spec: PageSpec): Promise<string> {
  const { lines } = await pagePdf(spec);
  return [...lines]
    .sort((a, b) => b.y - a.y || a.x - b.x)
    .map((line) => line.text)
    .join('\n');
}

/**
 * Pages of the invented clinical documents, scanned (noise, 300 dpi by default), each with its
 * ground-truth text beside it as `<page>.txt`: an OCR evaluation set made from nothing outside
 * the project.
 */
export async function writeOcrSet(
  dir: string,
  options: { pages?: number; dpi?: number; seed?: number } = {},
): Promise<OcrSet> {
  const count = options.pages ?? 12;
  const dpi = options.dpi ?? 300;
  const patients = syntheticPatients(Math.max(5, count), options.seed ?? 5);
  const makers = [dischargeSummary, radiologyReport, progressNote, clinicLetter, consentForm];
  const specs: PageSpec[] = [];
  for (let i = 0; specs.length < count; i++) {
    const patient = patients[i % patients.length];
    const make = makers[i % makers.length];
    if (!patient || !make) break;
    const document: ClinicalDocument = make(patient);
    specs.push(...document.pages);
  }
  await mkdir(dir, { recursive: true });
  const pages: OcrSetPage[] = [];
  const pngs: Buffer[] = [];
  for (const [i, spec] of specs.slice(0, count).entries()) {
    const rendered = await renderPage(spec, { dpi, noise: true, seed: i + 1 });
    const name = `page-${String(i + 1).padStart(3, '0')}`;
    const image = path.join(dir, `${name}.png`);
    await writeFile(image, rendered.png);
    const truth = await printedText(spec);
    await writeFile(path.join(dir, `${name}.txt`), truth);
    pages.push({ image, truth });
    pngs.push(rendered.png);
  }
  const pdf = path.join(dir, 'all-pages.pdf');
  await writeFile(pdf, await scannedPdf(pngs, { dpi }));
  return { pages, pdf };
}
