import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BatchSummary } from '@chartroom/domain';
import {
  patientsCsv,
  scoreIdentification,
  writeIdentificationBatch,
  type IdentificationBatch,
  type IdentificationScore,
} from '@chartroom/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsolatedChartroom } from '../support/isolated-chartroom.ts';

// Patient safety, end to end: the generated adversarial batch (twins, namesakes, a transposed MRN,
// nickname and diacritic variants, 1D and 2D labels, cover and separator sheets, an unseparated
// stack, misfiled pages) goes through the real pipeline; nothing may be filed to the wrong
// patient, and each document must be filed or sent to review as its scenario requires.

interface ReviewList {
  items: {
    documentId: string;
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

describe('patient identification on an adversarial batch', () => {
  const chartroom = new IsolatedChartroom();
  let truth: IdentificationBatch;
  let summary: Omit<BatchSummary, 'completedAt'>;
  let score: IdentificationScore;
  let review: ReviewList;

  beforeAll(async () => {
    await chartroom.init();
    truth = await writeIdentificationBatch(path.join(chartroom.stateDir, 'batch'));
    const csv = path.join(chartroom.stateDir, 'patients.csv');
    writeFileSync(csv, patientsCsv(truth.patients));
    expect((await chartroom.chartroom('up')).code).toBe(0);
    await chartroom.json('patients', 'import', csv);
    summary = await chartroom.json('drop', truth.dir, '--station', 'e2e-id', '--wait');
    review = await chartroom.json<ReviewList>('review', 'list');
    const markedPages = review.items.flatMap((item) =>
      item.suspectedMisfiledPages.flatMap((page) => (item.pages[page - 1] ? [item.pages[page - 1]!] : [])),
    );
    const barcodes = await chartroom.json<{
      files: { file: string; pages: { pageIndex: number; barcodes: { text: string }[] }[] }[];
    }>('barcodes', truth.dir);
    const barcodesRead = barcodes.files.flatMap((file) =>
      file.pages.flatMap((page) =>
        page.barcodes.map((barcode) => ({
          file: path.basename(file.file),
          pageIndex: page.pageIndex,
          text: barcode.text,
        })),
      ),
    );
    score = scoreIdentification(truth, {
      documents: summary.documents,
      separators: summary.separators,
      markedPages,
      barcodesRead,
    });
  });

  afterAll(async () => {
    await chartroom.stop();
  });

  it('files nothing to the wrong patient', () => {
    expect(score.wrongPatientFilings).toBe(0);
  });

  it('files or reviews each document as its scenario requires', () => {
    // A failure shows the matcher's reasons, so the report says why, not only what.
    const reasonsOf = (documentId: string | null) =>
      review.items
        .find((item) => item.documentId === documentId)
        ?.decision?.reasons.map((reason) => reason.code) ?? [];
    const failures = score.perScenario
      .filter((row) => !row.ok)
      .map((row) => ({ ...row, reasons: reasonsOf(row.documentId) }));
    expect(failures).toEqual([]);
  });

  it('shows every review decision with its matcher version, identifiers, candidates and reasons', () => {
    expect(review.items.length).toBe(score.perScenario.filter((row) => row.got === 'review').length);
    for (const item of review.items) {
      expect(item.decision?.matcher).toBe('fellegi-sunter/1');
      expect(Array.isArray(item.decision?.identifiers)).toBe(true);
      expect(Array.isArray(item.decision?.candidates)).toBe(true);
      expect(item.decision?.reasons.length).toBeGreaterThan(0);
    }
  });

  it('finds every document boundary and marks every misfiled page', () => {
    expect(score).toMatchObject({ boundaryPrecision: 1, boundaryRecall: 1 });
    expect(score.misfiledPagesCaught).toBe(score.misfiledPages);
    expect(summary.separators).toEqual(truth.separators);
  });

  it('reads every printed barcode', () => {
    expect(score.barcodeReadRate).toBe(1);
  });
});
