import { documentKeys, type DocumentFiling } from '@chartroom/domain';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../../../test/support/memory-blob-store.ts';
import { confirmDocumentType } from '../classify/confirm-document-type.stage.ts';
import { assignPatient } from './assign-patient.ts';
import { filingHistory } from './filing-history.ts';
import { splitDocument } from './split-document.ts';
import {
  doc,
  expectEveryPageOnce,
  expectRefusal,
  pageIdsOf,
  reviewFixture,
  type ReviewFixture,
} from './review.fixture.ts';

const pdfPages = async (fixture: ReviewFixture, documentId: string) =>
  (await PDFDocument.load(await fixture.blobs.get(documentKeys.searchablePdf(documentId)))).getPageCount();

describe('splitDocument', () => {
  let fixture: ReviewFixture;
  beforeEach(async () => {
    fixture = await reviewFixture();
  });

  it('cuts a document in two; both parts are identified again on their own pages and stay in review', async () => {
    expect(await pdfPages(fixture, doc(1))).toBe(3);
    const { original, created } = await splitDocument(doc(1), 2, 'clerk.ana', fixture.deps);

    expect(original).toMatchObject({
      documentId: doc(1),
      version: 2,
      status: 'review',
      change: { kind: 'split', actor: 'clerk.ana', relatedDocumentIds: [doc(4)] },
    });
    expect(pageIdsOf(original)).toEqual(['f000-p0000']);
    // The page with the identifiers stays: the matcher is sure, but a clerk is working on it.
    expect(original.decision).toMatchObject({ outcome: 'matched', patientMrn: '5550001' });

    // The next free ordinal of the batch; filing version 1.
    expect(created).toMatchObject({
      documentId: doc(4),
      batchId: 'ward-3_b1',
      version: 1,
      status: 'review',
      change: { kind: 'split', relatedDocumentIds: [doc(1)] },
    });
    expect(pageIdsOf(created)).toEqual(['f000-p0001', 'f000-p0002']);
    // The identification really ran on the new pages: they carry no identifier.
    expect(created.decision.outcome).toBe('review');
    expect(created.decision.reasons.map((reason) => reason.code)).toContain('no-identifiers');
    expect(created.patientMrn).toBeNull();
    expect(created.classification?.decidedBy).toBe('text');

    // Both re-indexed, both with a PDF of their own pages.
    expect(fixture.indexOf(doc(1))).toMatchObject({ status: 'review', filingVersion: 2, pageCount: 1 });
    expect(fixture.indexOf(doc(4))).toMatchObject({ status: 'review', filingVersion: 1, pageCount: 2 });
    expect(fixture.indexOf(doc(4))?.pages.map((page) => page.text)).toEqual([
      'INR 2.4 today, continue the dose',
      'recheck INR in one week',
    ]);
    expect(await pdfPages(fixture, doc(1))).toBe(1);
    expect(await pdfPages(fixture, doc(4))).toBe(2);
    // The old version is kept as it was.
    const [v1] = await filingHistory(fixture.blobs, doc(1));
    expect(v1 && pageIdsOf(v1)).toEqual(['f000-p0000', 'f000-p0001', 'f000-p0002']);
    await expectEveryPageOnce(fixture);
  });

  it('gives later splits the next ordinal after documents split off earlier', async () => {
    await splitDocument(doc(1), 2, 'clerk.ana', fixture.deps);
    const { created } = await splitDocument(doc(3), 3, 'clerk.ana', fixture.deps);
    expect(created.documentId).toBe(doc(5));
    await expectEveryPageOnce(fixture);
  });

  it('keeps a type confirmed after a split in review: a clerk assigns the patient', async () => {
    const { original } = await splitDocument(doc(1), 2, 'clerk.ana', fixture.deps);
    expect(original.decision.outcome).toBe('matched');
    const typed = await confirmDocumentType(doc(1), 'letter', 'clerk.ana', fixture.deps);
    expect(typed).toMatchObject({ status: 'review', change: { kind: 'set-type', actor: 'clerk.ana' } });
    const again = await confirmDocumentType(doc(1), 'letter', 'clerk.ana', fixture.deps);
    expect(again.status).toBe('review');
  });

  it('refuses a page outside 2..pages, a one-page document and a document not in review', async () => {
    await expectRefusal(splitDocument(doc(2), 1, 'clerk.ana', fixture.deps), 'invalid', /from 2 to 2, not 1/);
    await expectRefusal(splitDocument(doc(2), 3, 'clerk.ana', fixture.deps), 'invalid', /from 2 to 2, not 3/);
    await expectRefusal(splitDocument(doc(2), 1.5, 'clerk.ana', fixture.deps), 'invalid', /not 1.5/);
    await splitDocument(doc(2), 2, 'clerk.ana', fixture.deps);
    await expectRefusal(splitDocument(doc(2), 2, 'clerk.ana', fixture.deps), 'invalid', /has one page/);
    await assignPatient(
      doc(1),
      { mrn: '5550001', confirmed: ['mrn', 'name'], docType: 'letter' },
      'clerk.ana',
      fixture.deps,
    );
    await expectRefusal(
      splitDocument(doc(1), 2, 'clerk.ana', fixture.deps),
      'conflict',
      /is filed, not in review/,
    );
    await expectRefusal(splitDocument(doc(9), 2, 'clerk.ana', fixture.deps), 'not-found', /not known/);
    await expectEveryPageOnce(fixture);
  });

  it('undoes the new document when the original changed meanwhile: no page is lost nor doubled', async () => {
    // Another clerk writes the original's next version just before this split does.
    class RacingBlobStore extends MemoryBlobStore {
      override async putIfAbsent(key: string, body: Uint8Array | string): Promise<boolean> {
        if (key === documentKeys.filing(doc(1), 2) && !this.objects.has(key)) {
          const v1 = JSON.parse(
            this.objects.get(documentKeys.filing(doc(1), 1))?.toString() ?? '{}',
          ) as DocumentFiling;
          await super.putIfAbsent(key, JSON.stringify({ ...v1, version: 2 }));
        }
        return super.putIfAbsent(key, body);
      }
    }
    const racing = await reviewFixture({ blobs: new RacingBlobStore() });
    await expectRefusal(splitDocument(doc(1), 2, 'clerk.ana', racing.deps), 'conflict', /changed meanwhile/);
    const created = await filingHistory(racing.blobs, doc(4));
    expect(created.map((filing) => [filing.version, filing.status, filing.pages.length])).toEqual([
      [1, 'review', 2],
      [2, 'merged', 0],
    ]);
    expect(created[1]?.change).toMatchObject({
      kind: 'split',
      note: expect.stringMatching(/^undone/) as string,
    });
    expect(racing.indexOf(doc(4))).toMatchObject({ status: 'merged', pageCount: 0 });
    await expectEveryPageOnce(racing);
  });
});
