import { beforeEach, describe, expect, it } from 'vitest';
import { filingHistory } from './filing-history.ts';
import { requestRescan } from './request-rescan.ts';
import {
  doc,
  expectEveryPageOnce,
  expectRefusal,
  reviewFixture,
  type ReviewFixture,
} from './review.fixture.ts';

describe('requestRescan', () => {
  let fixture: ReviewFixture;
  beforeEach(async () => {
    fixture = await reviewFixture();
  });

  it('sends a document in review back to the station with the clerk’s note; it keeps its pages', async () => {
    const filing = await requestRescan(
      doc(2),
      '  page 2 is cut off at the bottom ',
      'clerk.ana',
      fixture.deps,
    );
    expect(filing).toMatchObject({
      version: 2,
      status: 'rescan',
      change: {
        kind: 'rescan',
        actor: 'clerk.ana',
        note: 'page 2 is cut off at the bottom',
        relatedDocumentIds: [],
      },
    });
    expect(filing.pages).toHaveLength(2);
    // Indexed with its status: neither the search ('filed') nor the queue ('review') shows it.
    expect(fixture.indexOf(doc(2))).toMatchObject({ status: 'rescan', filingVersion: 2 });
    expect((await filingHistory(fixture.blobs, doc(2))).map((version) => version.status)).toEqual([
      'review',
      'rescan',
    ]);
    await expectEveryPageOnce(fixture);
  });

  it('needs a note, and a document in review', async () => {
    await expectRefusal(
      requestRescan(doc(2), '   ', 'clerk.ana', fixture.deps),
      'invalid',
      /note is required/,
    );
    await requestRescan(doc(2), 'too dark', 'clerk.ana', fixture.deps);
    await expectRefusal(
      requestRescan(doc(2), 'too dark', 'clerk.bo', fixture.deps),
      'conflict',
      /sent back for rescanning, not in review/,
    );
    await expectRefusal(
      requestRescan(doc(8), 'too dark', 'clerk.bo', fixture.deps),
      'not-found',
      /not known/,
    );
  });
});
