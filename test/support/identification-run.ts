import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BatchSummary } from '@chartroom/domain';
import {
  patientsCsv,
  scoreIdentification,
  type IdentificationBatch,
  type IdentificationScore,
  type SyntheticPatient,
} from '@chartroom/samples';
import type { IsolatedChartroom } from './isolated-chartroom.ts';

/** `review list --json`, the parts identification is scored on. */
export interface ReviewList {
  items: {
    documentId: string;
    batchId: string;
    suspectedMisfiledPages: number[];
    pages: { file: string; pageIndex: number }[];
    decision: {
      matcher: string;
      identifiers: unknown[];
      reasons: { code: string }[];
      candidates: unknown[];
    } | null;
  }[];
}

interface BarcodesOutput {
  files: { file: string; pages: { pageIndex: number; barcodes: { text: string }[] }[] }[];
}

export interface IdentificationRun {
  summary: Omit<BatchSummary, 'completedAt'>;
  /** This batch's review items only. */
  review: ReviewList;
  score: IdentificationScore;
  /** Drop to summary, as `drop --wait` measured it from outside. */
  seconds: number;
}

/**
 * Runs a generated identification batch through a running Chartroom the way users do (patients
 * import, drop --wait, review list, barcodes) and scores the outcome against the batch's truth.
 */
export async function runIdentification(
  chartroom: IsolatedChartroom,
  truth: IdentificationBatch,
  options: { station: string; background?: SyntheticPatient[] },
): Promise<IdentificationRun> {
  const csv = path.join(chartroom.stateDir, `patients-${options.station}.csv`);
  await writeFile(csv, patientsCsv([...truth.patients, ...(options.background ?? [])]));
  await chartroom.json('patients', 'import', csv);
  const started = performance.now();
  const summary = await chartroom.json<Omit<BatchSummary, 'completedAt'>>(
    'drop',
    truth.dir,
    '--station',
    options.station,
    '--wait',
  );
  const seconds = (performance.now() - started) / 1000;
  // The review queue may hold earlier batches; only this one's items count.
  const queue = await chartroom.json<ReviewList>('review', 'list');
  const review = { items: queue.items.filter((item) => item.batchId === summary.batchId) };
  const markedPages = review.items.flatMap((item) =>
    item.suspectedMisfiledPages.flatMap((page) => (item.pages[page - 1] ? [item.pages[page - 1]!] : [])),
  );
  const barcodes = await chartroom.json<BarcodesOutput>('barcodes', truth.dir);
  const barcodesRead = barcodes.files.flatMap((file) =>
    file.pages.flatMap((page) =>
      page.barcodes.map((barcode) => ({
        file: path.basename(file.file),
        pageIndex: page.pageIndex,
        text: barcode.text,
      })),
    ),
  );
  const score = scoreIdentification(truth, {
    documents: summary.documents,
    separators: summary.separators,
    markedPages,
    barcodesRead,
  });
  return { summary, review, score, seconds };
}
