import { documentKeys } from '@chartroom/domain';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmDocumentType } from '../classify/confirm-document-type.stage.ts';
import { assignPatient } from './assign-patient.ts';
import { filingHistory } from './filing-history.ts';
import { mergeDocuments } from './merge-documents.ts';
import { neighbourDocuments } from './neighbour-documents.ts';
import { requestRescan } from './request-rescan.ts';
import { splitDocument } from './split-document.ts';
import {
  doc,
  expectEveryPageOnce,
  expectRefusal,
  pageIdsOf,
  reviewFixture,
  type ReviewFixture,
} from './review.fixture.ts';

describe('neighbourDocuments', () => {
  let fixture: ReviewFixture;
  beforeEach(async () => {
    fixture = await reviewFixture();
  });

  it('names the documents before and after in the batch, as the pages lie, skipping merged ones', async () => {
    expect(await neighbourDocuments(fixture.blobs, doc(1))).toEqual({ previous: null, next: doc(2) });
    expect(await neighbourDocuments(fixture.blobs, doc(2))).toEqual({ previous: doc(1), next: doc(3) });
    expect(await neighbourDocuments(fixture.blobs, doc(3))).toEqual({ previous: doc(2), next: null });

    // A document split off sits right after the one it came from.
    await splitDocument(doc(1), 2, 'clerk.ana', fixture.deps);
    expect(await neighbourDocuments(fixture.blobs, doc(4))).toEqual({ previous: doc(1), next: doc(2) });
    expect(await neighbourDocuments(fixture.blobs, doc(1))).toEqual({ previous: null, next: doc(4) });

    await mergeDocuments(doc(3), 'previous', 'clerk.ana', fixture.deps);
    expect(await neighbourDocuments(fixture.blobs, doc(4))).toEqual({ previous: doc(1), next: doc(3) });
    expect(await neighbourDocuments(fixture.blobs, doc(2))).toEqual({ previous: null, next: null });
    expect(await neighbourDocuments(fixture.blobs, 'nonsense')).toEqual({ previous: null, next: null });
  });
});

describe('mergeDocuments', () => {
  let fixture: ReviewFixture;
  beforeEach(async () => {
    fixture = await reviewFixture();
  });

  it('joins the pages in batch order into the document the clerk is on; the neighbour ends merged', async () => {
    const { kept, merged } = await mergeDocuments(doc(2), 'previous', 'clerk.ana', fixture.deps);
    expect(kept).toMatchObject({
      documentId: doc(2),
      version: 2,
      status: 'review',
      change: { kind: 'merge', actor: 'clerk.ana', relatedDocumentIds: [doc(1)] },
    });
    // The previous document's pages first.
    expect(pageIdsOf(kept)).toEqual(['f000-p0000', 'f000-p0001', 'f000-p0002', 'f000-p0003', 'f000-p0004']);
    // Identified again: two patients' identifiers are now in one document.
    expect(kept.decision.outcome).toBe('review');
    expect(kept.decision.reasons.length).toBeGreaterThan(0);

    expect(merged).toMatchObject({
      documentId: doc(1),
      version: 2,
      status: 'merged',
      pages: [],
      blankPages: [],
      change: { kind: 'merge', relatedDocumentIds: [doc(2)] },
    });
    // The merged document's pages are in its earlier version, untouched.
    expect((await filingHistory(fixture.blobs, doc(1)))[0]?.pages).toHaveLength(3);
    expect(fixture.indexOf(doc(1))).toMatchObject({ status: 'merged', filingVersion: 2, pageCount: 0 });
    expect(fixture.indexOf(doc(2))).toMatchObject({ status: 'review', filingVersion: 2, pageCount: 5 });
    const pdf = await PDFDocument.load(await fixture.blobs.get(documentKeys.searchablePdf(doc(2))));
    expect(pdf.getPageCount()).toBe(5);
    await expectEveryPageOnce(fixture);
  });

  it('merges a filed neighbour, but the result is in review and says it must be filed again', async () => {
    await assignPatient(
      doc(3),
      { mrn: '5550001', confirmed: ['mrn', 'name'], docType: 'letter' },
      'clerk.ana',
      fixture.deps,
    );
    const { kept, merged } = await mergeDocuments(doc(2), 'next', 'clerk.bo', fixture.deps);
    expect(pageIdsOf(kept)).toEqual(['f000-p0003', 'f000-p0004', 'f000-p0005', 'f000-p0006', 'f000-p0007']);
    expect(kept.status).toBe('review');
    expect(kept.change?.note).toMatch(/was filed: the merged document is in review and must be filed again/);
    expect(merged).toMatchObject({ documentId: doc(3), version: 3, status: 'merged' });
    // A merged document takes no further type.
    await expectRefusal(
      confirmDocumentType(doc(3), 'letter', 'clerk.bo', fixture.deps),
      'conflict',
      /merged into another document/,
    );
    await expectEveryPageOnce(fixture);
  });

  it('refuses when there is no neighbour that way, a neighbour sent for rescanning, and a document not in review', async () => {
    await expectRefusal(
      mergeDocuments(doc(1), 'previous', 'clerk.ana', fixture.deps),
      'invalid',
      /has no previous document/,
    );
    await expectRefusal(
      mergeDocuments(doc(1), 'sideways' as never, 'clerk.ana', fixture.deps),
      'invalid',
      /'previous' or the 'next'/,
    );
    await requestRescan(doc(3), 'pages 2 and 3 are cut off', 'clerk.ana', fixture.deps);
    await expectRefusal(
      mergeDocuments(doc(2), 'next', 'clerk.ana', fixture.deps),
      'conflict',
      /sent back for rescanning; it cannot be merged/,
    );
    await expectRefusal(
      mergeDocuments(doc(3), 'previous', 'clerk.ana', fixture.deps),
      'conflict',
      /is sent back for rescanning, not in review/,
    );
    await expectEveryPageOnce(fixture);
  });
});
