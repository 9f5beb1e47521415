import { documentKeys, type DocumentFiling } from '@chartroom/domain';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignPatient } from './assign-patient.ts';
import { filingHistory } from './filing-history.ts';
import { markPageBlank } from './mark-page-blank.ts';
import { mergeDocuments } from './merge-documents.ts';
import { movePage } from './move-page.ts';
import {
  doc,
  expectEveryPageOnce,
  expectRefusal,
  pageIdsOf,
  reviewFixture,
  type ReviewFixture,
} from './review.fixture.ts';

describe('movePage', () => {
  let fixture: ReviewFixture;
  beforeEach(async () => {
    fixture = await reviewFixture();
  });

  it('moves a page into another document of the batch, in batch order; the target keeps status and patient', async () => {
    const filed = await assignPatient(
      doc(3),
      { mrn: '5550001', confirmed: ['mrn', 'name'], docType: 'letter' },
      'clerk.ana',
      fixture.deps,
    );
    const { source, target } = await movePage(doc(1), 3, doc(3), 'clerk.bo', fixture.deps);
    expect(pageIdsOf(target)).toEqual(['f000-p0002', 'f000-p0005', 'f000-p0006', 'f000-p0007']);
    expect(target).toMatchObject({
      version: 3,
      status: 'filed',
      patientMrn: '5550001',
      docType: 'letter',
      decision: filed.decision,
      change: { kind: 'move-page', actor: 'clerk.bo', relatedDocumentIds: [doc(1)] },
    });
    expect(pageIdsOf(source)).toEqual(['f000-p0000', 'f000-p0001']);
    expect(source).toMatchObject({
      version: 2,
      status: 'review',
      patientMrn: '5550001',
      change: { kind: 'move-page', relatedDocumentIds: [doc(3)] },
    });
    expect(fixture.indexOf(doc(3))).toMatchObject({ status: 'filed', filingVersion: 3, pageCount: 4 });
    expect(fixture.indexOf(doc(1))).toMatchObject({ status: 'review', filingVersion: 2, pageCount: 2 });
    const pdf = await PDFDocument.load(await fixture.blobs.get(documentKeys.searchablePdf(doc(3))));
    expect(pdf.getPageCount()).toBe(4);
    await expectEveryPageOnce(fixture);
  });

  it('decides the source’s patient again without the page', async () => {
    // Moving away the only page with identifiers leaves the source without a patient.
    const { source } = await movePage(doc(2), 1, doc(1), 'clerk.ana', fixture.deps);
    expect(source.patientMrn).toBeNull();
    expect(source.decision.reasons.map((reason) => reason.code)).toContain('no-identifiers');
    await expectEveryPageOnce(fixture);
  });

  it('refuses the last page, another batch, itself, a merged target and a page that is not there', async () => {
    await markPageBlank(doc(2), 2, 'clerk.ana', fixture.deps);
    await expectRefusal(movePage(doc(2), 1, doc(1), 'clerk.ana', fixture.deps), 'invalid', /use merge/);
    await expectRefusal(movePage(doc(1), 4, doc(2), 'clerk.ana', fixture.deps), 'invalid', /pages 1–3/);
    await expectRefusal(movePage(doc(1), 0, doc(2), 'clerk.ana', fixture.deps), 'invalid', /page 0 is not/);
    await expectRefusal(movePage(doc(1), 1, doc(1), 'clerk.ana', fixture.deps), 'invalid', /already in/);
    await expectRefusal(
      movePage(doc(1), 1, 'ward-3_b1-d077', 'clerk.ana', fixture.deps),
      'invalid',
      /not known/,
    );

    const other = (await filingHistory(fixture.blobs, doc(3)))[0] as DocumentFiling;
    const foreign = 'ward-3_b2-d001';
    await fixture.blobs.put(
      documentKeys.filing(foreign, 1),
      JSON.stringify({ ...other, documentId: foreign, batchId: 'ward-3_b2' }),
    );
    await expectRefusal(movePage(doc(1), 1, foreign, 'clerk.ana', fixture.deps), 'invalid', /same batch/);

    await mergeDocuments(doc(2), 'next', 'clerk.ana', fixture.deps);
    await expectRefusal(
      movePage(doc(1), 1, doc(3), 'clerk.ana', fixture.deps),
      'conflict',
      /merged into another document; it takes no pages/,
    );
    await expectEveryPageOnce(fixture);
  });
});
