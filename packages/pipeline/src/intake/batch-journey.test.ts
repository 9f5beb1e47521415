import { createHash } from 'node:crypto';
import {
  batchKeys,
  documentKeys,
  DocumentTypes,
  inboxKeys,
  modelKeys,
  type BatchManifest,
  type PageText,
  type Patient,
} from '@chartroom/domain';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../../../test/support/memory-blob-store.ts';
import { MemoryPatientIndex } from '../../../../test/support/memory-patient-index.ts';
import { confirmDocumentType } from '../classify/confirm-document-type.stage.ts';
import { fileDocument } from '../file/file-document.stage.ts';
import { identifierPatterns } from '../identify/extract-identifiers.stage.ts';
import { DEFAULT_MATCH_OPTIONS } from '../identify/match-patient.stage.ts';
import type { IndexedDocument } from '../index/build-index-document.ts';
import { planDocuments } from '../segment/plan-documents.stage.ts';
import { completeBatch } from '../summary/complete-batch.stage.ts';
import { findReadyBatches } from './find-ready-batches.stage.ts';
import { intakeBatch } from './intake-batch.stage.ts';

// The stages of a batch's journey, chained over an in-memory store (the S3 adapter is
// exercised by the integration tests): intake → (OCR output) → segment → file → summary.

const station = 'ward-3';
const batchName = 'b1';
const batchId = `${station}_${batchName}`;
const limits = { maxFileBytes: 10_000_000, maxPagesPerFile: 50, maxImagePixels: 50_000_000, rasterDpi: 100 };
const now = () => new Date('2026-11-23T10:00:00Z');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const blank = (shade: number) =>
  sharp({ create: { width: 300, height: 400, channels: 3, background: { r: shade, g: shade, b: shade } } });

async function dropBatch(
  blobs: MemoryBlobStore,
  files: Record<string, Buffer>,
  manifestOverrides: Partial<Record<string, string>> = {},
) {
  const manifest: BatchManifest = {
    version: 1,
    station,
    batchName,
    createdAt: now().toISOString(),
    files: [],
  };
  for (const [name, bytes] of Object.entries(files)) {
    manifest.files.push({ name, bytes: bytes.length, sha256: manifestOverrides[name] ?? sha(bytes) });
    await blobs.put(inboxKeys.file(station, batchName, name), bytes);
  }
  manifest.files.push({ name: 'never-arrived.pdf', bytes: 10, sha256: 'a'.repeat(64) });
  await blobs.put(inboxKeys.file(station, batchName, 'stray.png'), await blank(250).png().toBuffer());
  await blobs.put(inboxKeys.manifest(station, batchName), JSON.stringify(manifest));
  await blobs.put(inboxKeys.completionMarker(station, batchName), '');
}

const text = (body: string): PageText => ({
  text: body,
  meanConfidence: 90,
  words: body
    .split(/\s+/)
    .map((word) => ({ text: word, confidence: 90, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } })),
  engine: { name: 'test', version: '0', languages: ['eng'] },
});

const patient: Patient = {
  mrn: '5550001',
  family: 'Okafor',
  given: ['Chidi'],
  birthDate: '1975-06-02',
  sex: 'male',
  address: null,
  city: null,
  state: null,
  postalCode: null,
};

describe('a batch from inbox to summary', () => {
  let blobs: MemoryBlobStore;
  let tiff: Buffer;
  let png: Buffer;

  beforeEach(async () => {
    blobs = new MemoryBlobStore();
    const frames = await Promise.all([blank(255).png().toBuffer(), blank(240).png().toBuffer()]);
    tiff = await sharp(frames, { join: { animated: true } })
      .tiff({ compression: 'lzw' })
      .toBuffer();
    png = await blank(255).png().toBuffer();
  });

  it('keeps every original, quarantines bad files with reasons, and accounts for every page', async () => {
    const damaged = Buffer.from('%PDF-1.4 truncated');
    await dropBatch(
      blobs,
      { 'chart.tif': tiff, 'empty.pdf': Buffer.alloc(0), 'note.png': png, 'bad-upload.png': damaged },
      {
        'bad-upload.png': 'b'.repeat(64),
      },
    );
    expect((await findReadyBatches(blobs)).ready).toEqual([{ station, batchName }]);

    const record = await intakeBatch(station, batchName, { blobs, limits, now });
    const byName = new Map(record.files.map((file) => [file.name, file]));
    expect(byName.get('chart.tif')).toMatchObject({ status: 'split', mediaType: 'image/tiff' });
    expect(byName.get('note.png')).toMatchObject({ status: 'split', mediaType: 'image/png' });
    expect(byName.get('empty.pdf')).toMatchObject({
      status: 'quarantined',
      reason: 'the file is empty (0 bytes)',
    });
    expect(byName.get('bad-upload.png')).toMatchObject({
      status: 'quarantined',
      reason: expect.stringMatching(/checksum/) as string,
    });
    expect(byName.get('never-arrived.pdf')).toMatchObject({ status: 'quarantined', originalKey: null });
    expect(byName.get('stray.png')).toMatchObject({
      status: 'quarantined',
      reason: expect.stringMatching(/not listed/) as string,
    });
    // Originals are kept byte for byte, quarantined ones included; the inbox is emptied.
    for (const file of record.files) {
      if (file.originalKey) expect(await blobs.exists(file.originalKey)).toBe(true);
    }
    expect((await blobs.get(byName.get('chart.tif')?.originalKey ?? '')).equals(tiff)).toBe(true);
    expect(await blobs.list(inboxKeys.batchPrefix(station, batchName))).toEqual([]);
    // Re-running intake returns the same record.
    expect(await intakeBatch(station, batchName, { blobs, limits, now })).toEqual(record);

    // OCR read the TIFF's pages and failed for good on the PNG.
    await blobs.put(
      batchKeys.pageText(batchId, 'f000-p0000'),
      JSON.stringify(text('Patient: Okafor, Chidi MRN: 5550001')),
    );
    await blobs.put(
      batchKeys.pageText(batchId, 'f000-p0001'),
      JSON.stringify(text('page two: warfarin bridging')),
    );
    const patterns = identifierPatterns('\\bMRN[\\s:#.]*([0-9]{6,10})\\b');
    const segmentation = await planDocuments(batchId, new Map([['f002-p0000', 'tesseract crashed']]), {
      blobs,
      patterns,
      minConfidence: 60,
    });
    expect(segmentation.documents).toHaveLength(1);
    expect(segmentation.quarantinedPages).toEqual([
      expect.objectContaining({
        file: 'note.png',
        pageIndex: 0,
        reason: 'the page text could not be read: tesseract crashed',
      }),
    ]);

    const indexed: IndexedDocument[] = [];
    const types = new DocumentTypes();
    const search = { upsert: (doc: IndexedDocument) => Promise.resolve(void indexed.push(doc)) };
    const patients = new MemoryPatientIndex([patient]);
    // No model, and no headers on these pages: the patient is sure, the type is not.
    const filing = await fileDocument(batchId, `${batchId}-d001`, {
      blobs,
      patients,
      search,
      patterns,
      match: DEFAULT_MATCH_OPTIONS,
      classify: { types, model: () => Promise.resolve(null), minConfidence: null },
      now,
    });
    expect(filing).toMatchObject({ status: 'review', patientMrn: '5550001', version: 1 });
    expect(filing.classification).toMatchObject({ outcome: 'uncertain', decidedBy: 'text' });
    expect(await blobs.exists(documentKeys.filing(`${batchId}-d001`, 1))).toBe(true);
    expect(indexed[0]?.pages.map((page) => [page.page, page.text])).toEqual([
      [1, 'Patient: Okafor, Chidi MRN: 5550001'],
      [2, 'page two: warfarin bridging'],
    ]);
    expect(indexed[0]?.reasons.map((reason) => reason.code)).toEqual(['type-uncertain']);

    // A clerk names the type: a new filing version, filed (the matcher was sure), re-indexed,
    // and the text with its confirmed type kept for retraining.
    const confirmed = await confirmDocumentType(`${batchId}-d001`, 'progress_note', 'clerk.ana', {
      blobs,
      patients,
      search,
      types,
      now,
    });
    expect(confirmed).toMatchObject({
      version: 2,
      status: 'filed',
      docType: 'progress-note',
      loinc: '11506-3',
    });
    expect(confirmed.classification).toMatchObject({ decidedBy: 'clerk', confidence: 1 });
    expect(await blobs.exists(documentKeys.filing(`${batchId}-d001`, 1))).toBe(true);
    expect(indexed[1]).toMatchObject({
      status: 'filed',
      docType: 'progress-note',
      filingVersion: 2,
      reasons: [],
    });
    const example = JSON.parse(
      (await blobs.get(modelKeys.confirmedType(`${batchId}-d001`))).toString('utf8'),
    ) as { label: string; confirmedBy: string; text: string };
    expect(example).toMatchObject({ label: 'progress-note', confirmedBy: 'clerk.ana' });
    expect(example.text).toContain('warfarin bridging');
    await expect(
      confirmDocumentType(`${batchId}-d001`, 'recipe', 'clerk.ana', { blobs, patients, search, types, now }),
    ).rejects.toThrow(/unknown document type "recipe"/);

    const summary = await completeBatch(batchId, { blobs, now });
    expect(summary.pages).toBe(3);
    expect(summary.documents).toEqual([
      {
        documentId: `${batchId}-d001`,
        status: 'filed',
        patientMrn: '5550001',
        docType: 'progress-note',
        loinc: '11506-3',
        pages: [
          { file: 'chart.tif', pageIndex: 0 },
          { file: 'chart.tif', pageIndex: 1 },
        ],
      },
    ]);
    expect(summary.quarantined.map((item) => item.file).sort()).toEqual(
      ['bad-upload.png', 'empty.pdf', 'never-arrived.pdf', 'note.png', 'stray.png'].sort(),
    );
  });

  it('quarantines every file, keeping them, when the manifest is missing', async () => {
    await blobs.put(inboxKeys.file(station, batchName, 'a.png'), png);
    await blobs.put(inboxKeys.completionMarker(station, batchName), '');
    const record = await intakeBatch(station, batchName, { blobs, limits, now });
    expect(record.files).toEqual([
      expect.objectContaining({ name: 'a.png', status: 'quarantined', reason: 'the batch has no manifest' }),
    ]);
    expect(await blobs.exists(record.files[0]?.originalKey ?? '')).toBe(true);
  });
});
