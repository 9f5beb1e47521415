import path from 'node:path';
import type { BatchSummary } from '@chartroom/domain';
import {
  writeIdentificationBatch,
  type IdentificationBatch,
  type IdentificationScore,
} from '@chartroom/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIdentification, type ReviewList } from '../support/identification-run.ts';
import { IsolatedChartroom } from '../support/isolated-chartroom.ts';

// Patient safety, end to end: the generated adversarial batch (twins, namesakes, a transposed MRN,
// nickname and diacritic variants, 1D and 2D labels, cover and separator sheets, an unseparated
// stack, misfiled pages) goes through the real pipeline; nothing may be filed to the wrong
// patient, and each document must be filed or sent to review as its scenario requires.

describe('patient identification on an adversarial batch', () => {
  const chartroom = new IsolatedChartroom();
  let truth: IdentificationBatch;
  let summary: Omit<BatchSummary, 'completedAt'>;
  let score: IdentificationScore;
  let review: ReviewList;

  beforeAll(async () => {
    await chartroom.init();
    truth = await writeIdentificationBatch(path.join(chartroom.stateDir, 'batch'));
    expect((await chartroom.chartroom('up')).code).toBe(0);
    ({ summary, score, review } = await runIdentification(chartroom, truth, { station: 'e2e-id' }));
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

  it('kept no MRN, name or date of birth of these patients in any log line', () => {
    const logs = chartroom.logs();
    for (const patient of truth.patients) {
      // Not a digit on either side: a 7-digit MRN can hide inside a timestamp.
      expect(logs).not.toMatch(new RegExp(`(?<![0-9])${patient.mrn}(?![0-9])`));
      expect(logs.toLowerCase()).not.toContain(patient.family.toLowerCase());
      expect(logs).not.toContain(patient.birthDate);
    }
  });

  it('reads every printed barcode', () => {
    expect(score.barcodeReadRate).toBe(1);
  });
});
