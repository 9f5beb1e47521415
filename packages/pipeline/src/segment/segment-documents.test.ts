import type { BatchRecord, InterpretedBarcode, PageText } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { identifierPatterns } from '../identify/extract-identifiers.stage.ts';
import type { PageEvidence } from './page-evidence.ts';
import { segmentDocuments } from './segment-documents.stage.ts';

const options = { patterns: identifierPatterns('\\bMRN[\\s:#.]*([0-9]{6,10})\\b'), minConfidence: 60 };
const A = 'Patient: ALVAREZ, Rosa MRN: 1000001 DOB: 02/03/1950';
const B = 'Patient: BECKER, Tom MRN: 1000002 DOB: 07/08/1960';
const BLANK = '(blank)';

const text = (body: string): PageText => ({
  text: body,
  meanConfidence: 92,
  words: body
    .split(/\s+/)
    .map((word) => ({ text: word, confidence: 92, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } })),
  engine: { name: 'test', version: '0', languages: ['eng'] },
});
const separator: InterpretedBarcode = {
  format: 'Code39',
  text: 'PATCHT',
  box: null,
  meaning: 'separator',
  identifiers: {},
};
const label = (mrn: string): InterpretedBarcode => ({
  format: 'Code128',
  text: mrn,
  box: null,
  meaning: 'patient-label',
  identifiers: { mrn },
});
const cover = (mrn: string, name: string, birthDate: string): InterpretedBarcode => ({
  format: 'QRCode',
  text: '…',
  box: null,
  meaning: 'cover-sheet',
  identifiers: { mrn, name, birthDate, loinc: '18842-5' },
});

/** One file whose pages are described by [title + body, barcodes]. */
function segment(pages: [string, InterpretedBarcode[]][]) {
  const batch: BatchRecord = {
    batchId: 'ward-1_b1',
    station: 'ward-1',
    batchName: 'b1',
    receivedAt: '2026-11-23T10:00:00Z',
    files: [
      {
        fileIndex: 0,
        name: 'stack.pdf',
        originalKey: 'k',
        sha256: 'x',
        bytes: 1,
        status: 'split',
        mediaType: 'application/pdf',
        pages: pages.map((_, pageIndex) => ({
          pageIndex,
          pageId: `f000-p000${pageIndex}`,
          imageKey: 'i',
          width: 1,
          height: 1,
          dpi: 300,
        })),
      },
    ],
  };
  const evidence = new Map<string, PageEvidence>(
    pages.map(([body, barcodes], pageIndex) => {
      const pageId = `f000-p000${pageIndex}`;
      const page = text(body);
      // "(blank)" stands for a page the page stage found blank.
      if (body === BLANK)
        page.preparation = { rotationDeg: 0, skewDeg: 0, blank: true, width: 1, height: 1, dpi: 300 };
      return [pageId, { pageId, text: page, barcodes }];
    }),
  );
  const result = segmentDocuments(batch, evidence, [], options);
  return {
    ...result,
    shape: result.documents.map((doc) => ({
      pages: doc.pages.map((page) => page.pageIndex),
      openedBy: doc.openedBy,
      misfiled: doc.suspectedMisfiledPages.map((pageId) => Number(pageId.slice(-1))),
    })),
  };
}

describe('segmentDocuments', () => {
  it('cuts at separator sheets and leaves them out of every document', () => {
    const { shape, separatorPages } = segment([
      [`DISCHARGE SUMMARY\n${A}`, []],
      ['continued text', []],
      ['', [separator]],
      [`PROGRESS NOTE\n${A}`, []],
    ]);
    expect(shape).toEqual([
      { pages: [0, 1], openedBy: 'file-start', misfiled: [] },
      { pages: [3], openedBy: 'separator-sheet', misfiled: [] },
    ]);
    expect(separatorPages.map((page) => page.pageIndex)).toEqual([2]);
  });

  it('leaves blank pages out of documents without cutting them, and accounts for them', () => {
    const { shape, blankPages } = segment([
      [`DISCHARGE SUMMARY\n${A}`, []],
      [BLANK, []],
      ['continued text', []],
      [BLANK, []],
    ]);
    expect(shape).toEqual([{ pages: [0, 2], openedBy: 'file-start', misfiled: [] }]);
    expect(blankPages.map((page) => page.pageIndex)).toEqual([1, 3]);
  });

  it('cuts an unseparated stack where the patient changes; pages without identifiers stay with the one before', () => {
    const { shape } = segment([
      [`DISCHARGE SUMMARY\n${A}`, []],
      ['page two, no header', []],
      [`DISCHARGE SUMMARY\n${B}`, []],
      [`DISCHARGE SUMMARY\n${B}`, []],
    ]);
    expect(shape).toEqual([
      { pages: [0, 1], openedBy: 'file-start', misfiled: [] },
      { pages: [2, 3], openedBy: 'patient-change', misfiled: [] },
    ]);
  });

  it('cuts at cover sheets, patient labels and document titles', () => {
    const { shape } = segment([
      [`DISCHARGE SUMMARY\n${A}`, []],
      ['cover sheet', [cover('1000001', 'ALVAREZ^ROSA', '1950-02-03')]],
      [`OPERATIVE REPORT\n${A}`, []],
      ['lab slip', [label('1000002')]],
      [`RADIOLOGY REPORT\n${B}`, []],
      [`PATHOLOGY REPORT\n${B}`, []],
    ]);
    expect(shape.map((doc) => [doc.pages, doc.openedBy])).toEqual([
      [[0], 'file-start'],
      [[1, 2], 'cover-sheet'],
      [[3, 4], 'patient-label'],
      [[5], 'title-change'],
    ]);
  });

  it('marks one page of another patient inside a separated document as misfiled, without cutting', () => {
    const { shape } = segment([
      ['', [separator]],
      [`DISCHARGE SUMMARY\n${A}`, []],
      [`DISCHARGE SUMMARY\n${B}`, []],
      [`DISCHARGE SUMMARY\n${A}`, []],
    ]);
    expect(shape).toEqual([{ pages: [1, 2, 3], openedBy: 'separator-sheet', misfiled: [2] }]);
  });

  it('puts a single stray page back between two pages of one document (A, B, A) and marks it', () => {
    const { shape } = segment([
      [`DISCHARGE SUMMARY\n${A}`, []],
      [`DISCHARGE SUMMARY\n${B}`, []],
      [`DISCHARGE SUMMARY\n${A}`, []],
    ]);
    expect(shape).toEqual([{ pages: [0, 1, 2], openedBy: 'file-start', misfiled: [1] }]);
  });
});
