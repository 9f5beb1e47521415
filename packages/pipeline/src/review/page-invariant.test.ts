import { describe, expect, it } from 'vitest';
import { assignPatient } from './assign-patient.ts';
import { filingHistory } from './filing-history.ts';
import { markPageBlank } from './mark-page-blank.ts';
import { mergeDocuments } from './merge-documents.ts';
import { movePage } from './move-page.ts';
import { neighbourDocuments } from './neighbour-documents.ts';
import { splitDocument } from './split-document.ts';
import { doc, expectEveryPageOnce, expectRefusal, pageIdsOf, reviewFixture } from './review.fixture.ts';

describe('review actions never lose a page', () => {
  it('keeps every page of the batch in exactly one document (pages or blank pages) through a clerk’s session', async () => {
    const fixture = await reviewFixture();
    const { deps } = fixture;
    await expectEveryPageOnce(fixture);

    await splitDocument(doc(1), 2, 'clerk.ana', deps); // d001: p0 | d004: p1 p2
    await expectEveryPageOnce(fixture);
    await markPageBlank(doc(4), 2, 'clerk.ana', deps); // d004: p1, blank p2
    await expectEveryPageOnce(fixture);
    await movePage(doc(3), 3, doc(2), 'clerk.ana', deps); // d002: p3 p4 p7 | d003: p5 p6
    await expectEveryPageOnce(fixture);
    await mergeDocuments(doc(1), 'next', 'clerk.ana', deps); // d001: p0 p1, blank p2 | d004 merged
    await expectEveryPageOnce(fixture);
    await splitDocument(doc(2), 3, 'clerk.ana', deps); // d002: p3 p4 | d005: p7
    await expectEveryPageOnce(fixture);
    await expectRefusal(movePage(doc(5), 1, doc(3), 'clerk.ana', deps), 'invalid', /use merge/);
    await mergeDocuments(doc(5), 'previous', 'clerk.ana', deps); // d005: p5 p6 p7 | d003 merged
    await expectEveryPageOnce(fixture);
    await assignPatient(
      doc(2),
      { mrn: '5550002', confirmed: ['mrn', 'name'], docType: 'letter' },
      'clerk.ana',
      deps,
    );
    await movePage(doc(5), 1, doc(2), 'clerk.ana', deps); // into a filed document: d002: p3 p4 p5
    const latest = await expectEveryPageOnce(fixture);

    expect(
      latest.map((filing) => [
        filing.documentId,
        filing.status,
        pageIdsOf(filing),
        (filing.blankPages ?? []).map((page) => page.pageId),
      ]),
    ).toEqual([
      [doc(1), 'review', ['f000-p0000', 'f000-p0001'], ['f000-p0002']],
      [doc(2), 'filed', ['f000-p0003', 'f000-p0004', 'f000-p0005'], []],
      [doc(3), 'merged', [], []],
      [doc(4), 'merged', [], []],
      [doc(5), 'review', ['f000-p0006', 'f000-p0007'], []],
    ]);
    expect(await neighbourDocuments(fixture.blobs, doc(5))).toEqual({ previous: doc(2), next: null });
    // Every version is kept, oldest first.
    expect(
      (await filingHistory(fixture.blobs, doc(2))).map((filing) => filing.change?.kind ?? 'pipeline'),
    ).toEqual(['pipeline', 'move-page', 'split', 'assign-patient', 'move-page']);
    await expectRefusal(mergeDocuments(doc(3), 'next', 'clerk.ana', deps), 'conflict', /merged into another/);
  });
});
