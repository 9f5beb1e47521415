import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BatchSummary } from '@chartroom/domain';
import {
  formatUsDate,
  renderPage,
  scannedPdf,
  syntheticPatients,
  writeIdentificationBatch,
  type IdentificationBatch,
  type IdentificationScore,
} from '@chartroom/samples';
import { MATCHER_VERSION } from '@chartroom/pipeline';
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
    // The matcher alone decides filed or review here: these scenario pages are mostly labels and
    // headers, too little text for a sure type, and types are the classification tests' concern.
    await chartroom.init({ CHARTROOM_CLASSIFY_MIN_CONFIDENCE: '0' });
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
      expect(item.decision?.matcher).toBe(MATCHER_VERSION);
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

  it('types a document by its cover sheet’s LOINC code', () => {
    const covered = score.perScenario.find((row) => row.scenario === 'separated stack: cover sheet');
    const document = summary.documents.find((candidate) => candidate.documentId === covered?.documentId);
    // The cover sheet's code wins over whatever the text suggests.
    expect(document).toMatchObject({ loinc: '11506-3', docType: 'progress-note' });
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

describe('an HL7 A40 merge, end to end', () => {
  const chartroom = new IsolatedChartroom();

  afterAll(async () => {
    await chartroom.stop();
  });

  it('files a page carrying the merged MRN to the surviving patient', async () => {
    await chartroom.init();
    expect((await chartroom.chartroom('up')).code).toBe(0);
    const [survivor] = syntheticPatients(1, 71);
    if (!survivor) throw new Error('no synthetic patient');
    const duplicateMrn = '9000001';
    const dob = survivor.birthDate.replaceAll('-', '');
    const name = `${survivor.family.toUpperCase()}^${(survivor.given[0] ?? '').toUpperCase()}`;
    const msh = (event: string, control: string) =>
      `MSH|^~\\&|ADT|HOSP|CHARTROOM|HOSP|20240105083000||ADT^${event}|${control}|P|2.5.1`;
    // The patient registered twice (a duplicate record), then the registrar merges the duplicate away.
    const adt = [
      [msh('A04', 'M1'), 'EVN|A04', `PID|1||${survivor.mrn}^^^HOSP^MR||${name}||${dob}|F`],
      [msh('A04', 'M2'), 'EVN|A04', `PID|1||${duplicateMrn}^^^HOSP^MR||${name}||${dob}|F`],
      [
        msh('A40', 'M3'),
        'EVN|A40',
        `PID|1||${survivor.mrn}^^^HOSP^MR||${name}||${dob}|F`,
        `MRG|${duplicateMrn}^^^HOSP^MR`,
      ],
    ]
      .map((segments) => segments.join('\r'))
      .join('\r\n');
    const adtFile = path.join(chartroom.stateDir, 'adt.hl7');
    writeFileSync(adtFile, adt);
    expect(await chartroom.json('patients', 'import', adtFile)).toMatchObject({
      format: 'hl7-adt',
      merged: 1,
    });

    // A page printed while the duplicate record existed: its MRN is the merged one.
    const batchDir = path.join(chartroom.stateDir, 'merged-batch');
    mkdirSync(batchDir);
    const page = await renderPage({
      title: 'PROGRESS NOTE',
      headerStyle: 'none',
      lines: [
        `Patient: ${survivor.family.toUpperCase()}, ${survivor.given[0] ?? ''}   MRN: ${duplicateMrn}   DOB: ${formatUsDate(survivor.birthDate)}`,
        '',
        'Seen for follow-up.',
      ],
    });
    writeFileSync(path.join(batchDir, 'old-label.pdf'), await scannedPdf([page.png]));
    const summary = await chartroom.json<Omit<BatchSummary, 'completedAt'>>(
      'drop',
      batchDir,
      '--station',
      'e2e-merge',
      '--wait',
    );
    expect(summary.documents.map(({ status, patientMrn }) => ({ status, patientMrn }))).toEqual([
      { status: 'filed', patientMrn: survivor.mrn },
    ]);
  });
});
