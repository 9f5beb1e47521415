import { createHash } from 'node:crypto';
import { inboxKeys } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../../../test/support/memory-blob-store.ts';
import { checkDrop, defaultBatchName, dropBatch, DropRefused } from './drop-batch.stage.ts';
import { findReadyBatches } from './find-ready-batches.stage.ts';

async function* filesOf(entries: Record<string, string>) {
  for (const [name, text] of Object.entries(entries))
    yield await Promise.resolve({ name, bytes: Buffer.from(text) });
}

describe('dropping a batch', () => {
  it('writes the files, then a manifest with their checksums, then the completion marker', async () => {
    const blobs = new MemoryBlobStore();
    const { batchId, manifest } = await dropBatch(
      blobs,
      'ward-3',
      'b7',
      filesOf({ 'a.pdf': 'first', 'b.tif': 'second' }),
      new Date('2026-11-30T10:00:00Z'),
    );
    expect(batchId).toBe('ward-3_b7');
    expect(manifest.files).toEqual([
      { name: 'a.pdf', bytes: 5, sha256: createHash('sha256').update('first').digest('hex') },
      { name: 'b.tif', bytes: 6, sha256: createHash('sha256').update('second').digest('hex') },
    ]);
    expect(await blobs.exists(inboxKeys.completionMarker('ward-3', 'b7'))).toBe(true);
    expect((await findReadyBatches(blobs)).ready).toEqual([{ station: 'ward-3', batchName: 'b7' }]);
  });

  it('writes no marker when a file fails half way, so nothing half-sent is taken', async () => {
    const blobs = new MemoryBlobStore();
    async function* broken() {
      yield await Promise.resolve({ name: 'a.pdf', bytes: Buffer.from('first') });
      throw new Error('connection reset');
    }
    await expect(dropBatch(blobs, 'ward-3', 'b8', broken(), new Date())).rejects.toThrow('connection reset');
    expect(await blobs.exists(inboxKeys.completionMarker('ward-3', 'b8'))).toBe(false);
    expect((await findReadyBatches(blobs)).ready).toEqual([]);
  });

  it('refuses a bad station, batch name or file name with the reason', () => {
    expect(() => checkDrop('Ward 3', 'b1', ['a.pdf'])).toThrow(DropRefused);
    expect(() => checkDrop('ward-3', 'b/1', ['a.pdf'])).toThrow(/not a valid batch name/);
    expect(() => checkDrop('ward-3', 'b1', [])).toThrow(/nothing to drop/);
    expect(() => checkDrop('ward-3', 'b1', ['manifest.json'])).toThrow(/cannot be a file name/);
    expect(() => checkDrop('ward-3', 'b1', ['../a.pdf'])).toThrow(/cannot be a file name/);
    expect(() => checkDrop('ward-3', 'b1', ['a.pdf', 'a.pdf'])).toThrow(/same name/);
    expect(defaultBatchName(new Date('2026-11-30T17:19:07Z'))).toMatch(/^20261130-171907-[0-9a-f]{4}$/);
  });
});
