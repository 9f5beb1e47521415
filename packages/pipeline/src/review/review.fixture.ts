import { createHash } from 'node:crypto';
import {
  batchKeys,
  DocumentTypes,
  inboxKeys,
  type BatchManifest,
  type DocumentFiling,
  type DocumentPageRef,
  type PageText,
  type Patient,
} from '@chartroom/domain';
import sharp from 'sharp';
import { expect } from 'vitest';
import { MemoryBlobStore } from '../../../../test/support/memory-blob-store.ts';
import { MemoryPatientIndex } from '../../../../test/support/memory-patient-index.ts';
import { fileDocument } from '../file/file-document.stage.ts';
import { identifierPatterns } from '../identify/extract-identifiers.stage.ts';
import { DEFAULT_MATCH_OPTIONS } from '../identify/match-patient.stage.ts';
import type { IndexedDocument } from '../index/build-index-document.ts';
import { intakeBatch } from '../intake/intake-batch.stage.ts';
import { planDocuments } from '../segment/plan-documents.stage.ts';
import type { Segmentation } from '../segment/segment-documents.stage.ts';
import { ReviewActionError } from './review-action-error.ts';
import { batchFilings, type ReviewDeps } from './review-support.ts';

// A small batch taken through the real stages (intake → OCR text → segment → file) over an in-memory
// store, for the review actions' unit tests.

export const station = 'ward-3';
export const batchName = 'b1';
export const batchId = `${station}_${batchName}`;
export const doc = (ordinal: number) => `${batchId}-d${String(ordinal).padStart(3, '0')}`;
export const now = () => new Date('2026-11-23T10:00:00Z');

const patient = (mrn: string, family: string, given: string, birthDate: string, aliases?: string[]) =>
  ({
    mrn,
    family,
    given: [given],
    birthDate,
    sex: 'unknown',
    address: null,
    city: null,
    state: null,
    postalCode: null,
    ...(aliases ? { aliases } : {}),
  }) satisfies Patient;

export const OKAFOR = patient('5550001', 'Okafor', 'Chidi', '1975-06-02');
/** Absorbed 5550092 in a patient merge. */
export const BRENNAN = patient('5550002', 'Brennan', 'Maeve', '1981-01-15', ['5550092']);
export const LINDQVIST = patient('5550003', 'Lindqvist', 'Astrid', '1990-09-09');

/**
 * Eight pages in one file, cut by the change of patient into three documents:
 * d001 = pages 0–2 (Okafor), d002 = pages 3–4 (Brennan), d003 = pages 5–7 (Okafor).
 */
export const PAGES = [
  'Patient: Okafor, Chidi MRN: 5550001\nwarfarin bridging plan',
  'INR 2.4 today, continue the dose',
  'recheck INR in one week',
  'Patient: Brennan, Maeve MRN: 5550002\nsutures removed',
  'wound healing well',
  'Patient: Okafor, Chidi MRN: 5550001\nchest film clear',
  'no acute findings',
  'signed by the reader',
];

export const pageText = (body: string): PageText => ({
  text: body,
  meanConfidence: 90,
  words: body
    .split(/\s+/)
    .map((word) => ({ text: word, confidence: 90, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } })),
  engine: { name: 'test', version: '0', languages: ['eng'] },
});

export interface ReviewFixture {
  blobs: MemoryBlobStore;
  patients: MemoryPatientIndex;
  /** Everything upserted to the search index, in order. */
  indexed: IndexedDocument[];
  deps: ReviewDeps;
  plan: Segmentation;
  /** The latest index entry of a document. */
  indexOf(documentId: string): IndexedDocument | undefined;
}

export async function reviewFixture(
  options: { blobs?: MemoryBlobStore; pages?: string[] } = {},
): Promise<ReviewFixture> {
  const blobs = options.blobs ?? new MemoryBlobStore();
  const pages = options.pages ?? PAGES;
  const frames = await Promise.all(
    pages.map((_, index) =>
      sharp({
        create: { width: 120, height: 160, channels: 3, background: { r: 250 - index, g: 250, b: 250 } },
      })
        .png()
        .toBuffer(),
    ),
  );
  const tiff = await sharp(frames, { join: { animated: true } })
    .tiff({ compression: 'lzw' })
    .toBuffer();
  const manifest: BatchManifest = {
    version: 1,
    station,
    batchName,
    createdAt: now().toISOString(),
    files: [
      { name: 'chart.tif', bytes: tiff.length, sha256: createHash('sha256').update(tiff).digest('hex') },
    ],
  };
  await blobs.put(inboxKeys.file(station, batchName, 'chart.tif'), tiff);
  await blobs.put(inboxKeys.manifest(station, batchName), JSON.stringify(manifest));
  await blobs.put(inboxKeys.completionMarker(station, batchName), '');
  const limits = {
    maxFileBytes: 10_000_000,
    maxPagesPerFile: 50,
    maxImagePixels: 50_000_000,
    rasterDpi: 100,
  };
  await intakeBatch(station, batchName, { blobs, limits, now });
  for (const [index, body] of pages.entries()) {
    const pageId = `f000-p${String(index).padStart(4, '0')}`;
    await blobs.put(batchKeys.pageText(batchId, pageId), JSON.stringify(pageText(body)));
  }

  const patterns = identifierPatterns('\\bMRN[\\s:#.]*([0-9]{6,10})\\b');
  const plan = await planDocuments(batchId, new Map(), { blobs, patterns, minConfidence: 60 });
  const patients = new MemoryPatientIndex([OKAFOR, BRENNAN, LINDQVIST]);
  const indexed: IndexedDocument[] = [];
  const types = new DocumentTypes();
  const deps: ReviewDeps = {
    blobs,
    patients,
    search: { upsert: (document) => Promise.resolve(void indexed.push(structuredClone(document))) },
    patterns,
    match: DEFAULT_MATCH_OPTIONS,
    // No model: the type stays uncertain unless a clerk decides it.
    classify: { types, model: () => Promise.resolve(null), minConfidence: null },
    types,
    now,
  };
  for (const document of plan.documents) await fileDocument(batchId, document.documentId, deps);
  return {
    blobs,
    patients,
    indexed,
    deps,
    plan,
    indexOf: (documentId) => indexed.findLast((entry) => entry.documentId === documentId),
  };
}

const pageKey = (page: DocumentPageRef) => `${page.fileIndex}:${page.pageIndex}`;

/**
 * The invariant no review action may break: every page the plan put in a document is, in the
 * latest filings of the batch, in exactly one document's pages or blank pages.
 */
export async function expectEveryPageOnce(fixture: ReviewFixture): Promise<DocumentFiling[]> {
  const latest = await batchFilings(fixture.blobs, batchId);
  const held = latest.flatMap((filing) => [...filing.pages, ...(filing.blankPages ?? [])].map(pageKey));
  const planned = fixture.plan.documents.flatMap((document) => document.pages.map(pageKey));
  expect([...held].sort()).toEqual([...planned].sort());
  expect(new Set(held).size).toBe(held.length);
  // A document that is not merged keeps at least one page.
  for (const filing of latest) if (filing.status !== 'merged') expect(filing.pages.length).toBeGreaterThan(0);
  return latest;
}

export const pageIdsOf = (filing: DocumentFiling) => filing.pages.map((page) => page.pageId);

/** The action is refused with this kind of ReviewActionError, and its message holds no patient data. */
export async function expectRefusal(
  action: Promise<unknown>,
  kind: ReviewActionError['kind'],
  message: RegExp,
): Promise<void> {
  const error = await action.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ReviewActionError);
  expect(error).toMatchObject({ kind, message: expect.stringMatching(message) as string });
  expect((error as Error).message).not.toMatch(
    /okafor|brennan|lindqvist|chidi|maeve|astrid|\d{4}-\d{2}-\d{2}/i,
  );
}
