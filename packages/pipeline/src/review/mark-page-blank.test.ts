import { documentKeys } from '@chartroom/domain';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmDocumentType } from '../classify/confirm-document-type.stage.ts';
import { markPageBlank } from './mark-page-blank.ts';
import { requestRescan } from './request-rescan.ts';
import {
  doc,
  expectEveryPageOnce,
  expectRefusal,
  pageIdsOf,
  reviewFixture,
  type ReviewFixture,
} from './review.fixture.ts';

describe('markPageBlank', () => {
  let fixture: ReviewFixture;
  beforeEach(async () => {
    fixture = await reviewFixture();
  });

  it('moves the page to the blank pages, kept with the record; the document stays in review', async () => {
    const filing = await markPageBlank(doc(3), 3, 'clerk.ana', fixture.deps);
    expect(pageIdsOf(filing)).toEqual(['f000-p0005', 'f000-p0006']);
    expect(filing.blankPages?.map((page) => page.pageId)).toEqual(['f000-p0007']);
    expect(filing).toMatchObject({
      version: 2,
      status: 'review',
      patientMrn: '5550001',
      change: { kind: 'mark-blank', actor: 'clerk.ana', note: 'page 3 marked blank', relatedDocumentIds: [] },
    });
    expect(fixture.indexOf(doc(3))).toMatchObject({ filingVersion: 2, pageCount: 2, status: 'review' });
    const pdf = await PDFDocument.load(await fixture.blobs.get(documentKeys.searchablePdf(doc(3))));
    expect(pdf.getPageCount()).toBe(2);

    const again = await markPageBlank(doc(3), 1, 'clerk.ana', fixture.deps);
    expect(again.blankPages?.map((page) => page.pageId)).toEqual(['f000-p0005', 'f000-p0007']);
    await expectEveryPageOnce(fixture);
  });

  it('keeps a type the clerk confirmed', async () => {
    // Once a clerk has re-cut the pages, a type alone does not file the document: it stays in review.
    await markPageBlank(doc(3), 3, 'clerk.ana', fixture.deps);
    const typed = await confirmDocumentType(doc(3), 'letter', 'clerk.ana', fixture.deps);
    expect(typed.status).toBe('review');
    const filing = await markPageBlank(doc(3), 2, 'clerk.ana', fixture.deps);
    expect(filing.classification).toMatchObject({ decidedBy: 'clerk', docType: 'letter' });
    expect(filing.docType).toBe('letter');
  });

  it('keeps at least one page, and works in review only', async () => {
    await markPageBlank(doc(2), 1, 'clerk.ana', fixture.deps);
    await expectRefusal(markPageBlank(doc(2), 1, 'clerk.ana', fixture.deps), 'invalid', /only page/);
    await expectRefusal(markPageBlank(doc(1), 7, 'clerk.ana', fixture.deps), 'invalid', /pages 1–3/);
    await requestRescan(doc(1), 'too dark', 'clerk.ana', fixture.deps);
    await expectRefusal(markPageBlank(doc(1), 1, 'clerk.ana', fixture.deps), 'conflict', /not in review/);
    await expectEveryPageOnce(fixture);
  });
});
