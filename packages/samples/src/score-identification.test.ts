import { describe, expect, it } from 'vitest';
import type { IdentificationBatch } from './identification-set.ts';
import { scoreIdentification, type IdentificationOutcome } from './score-identification.ts';

const truth: IdentificationBatch = {
  dir: '/tmp/x',
  patients: [],
  documents: [
    { scenario: 'a', file: 's.pdf', pages: [0, 1], truthMrn: '1', expect: 'filed' },
    { scenario: 'b', file: 's.pdf', pages: [2], truthMrn: '2', expect: 'filed' },
    { scenario: 'c', file: 's.pdf', pages: [3, 4, 5], truthMrn: '3', expect: 'review' },
  ],
  separators: [],
  misfiledPages: [{ file: 's.pdf', pageIndex: 4 }],
  barcodes: [
    { file: 's.pdf', pageIndex: 0, text: '1' },
    { file: 's.pdf', pageIndex: 2, text: '2' },
  ],
};
const pages = (...indexes: number[]) => indexes.map((pageIndex) => ({ file: 's.pdf', pageIndex }));

describe('scoreIdentification', () => {
  it('scores a perfect run', () => {
    const outcome: IdentificationOutcome = {
      documents: [
        { documentId: 'd1', status: 'filed', patientMrn: '1', pages: pages(0, 1) },
        { documentId: 'd2', status: 'filed', patientMrn: '2', pages: pages(2) },
        { documentId: 'd3', status: 'review', patientMrn: null, pages: pages(3, 4, 5) },
      ],
      separators: [],
      markedPages: pages(4),
      barcodesRead: [
        { file: 's.pdf', pageIndex: 0, text: '1' },
        { file: 's.pdf', pageIndex: 2, text: '2' },
      ],
    };
    expect(scoreIdentification(truth, outcome)).toMatchObject({
      wrongPatientFilings: 0,
      autoFileRate: 1,
      reviewRecall: 1,
      boundaryPrecision: 1,
      boundaryRecall: 1,
      misfiledPagesCaught: 1,
      barcodeReadRate: 1,
    });
  });

  it('counts a merged document filed to one patient as a wrong-patient filing', () => {
    const outcome: IdentificationOutcome = {
      documents: [
        { documentId: 'd1', status: 'filed', patientMrn: '1', pages: pages(0, 1, 2) },
        { documentId: 'd3', status: 'filed', patientMrn: '3', pages: pages(3, 4, 5) },
      ],
      separators: [],
      markedPages: [],
      barcodesRead: [{ file: 's.pdf', pageIndex: 0, text: '1' }],
    };
    const score = scoreIdentification(truth, outcome);
    expect(score.wrongPatientFilings).toBe(1);
    expect(score.boundaryRecall).toBeCloseTo(0.667, 3);
    expect(score.boundaryPrecision).toBe(1);
    expect(score.reviewRecall).toBe(0);
    expect(score.misfiledPagesCaught).toBe(0);
    expect(score.barcodeReadRate).toBe(0.5);
    expect(score.perScenario.map((row) => row.got)).toEqual([
      'split differently',
      'split differently',
      'filed',
    ]);
  });
});
