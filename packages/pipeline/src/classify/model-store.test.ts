import { modelKeys } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../../../test/support/memory-blob-store.ts';
import { trainTextModel } from './model/text-model.ts';
import {
  activateModel,
  CurrentModelCache,
  installDefaultModel,
  listModels,
  loadCurrentPointer,
  storeModel,
} from './model-store.ts';

const examples = (word: string) =>
  ['alpha', 'beta', 'gamma'].flatMap((label) =>
    [1, 2, 3].map((i) => ({ label, text: `${label} ${label} report ${word} ${i}` })),
  );
const shipped = trainTextModel(examples('shipped'), { folds: 0 });
const trained = trainTextModel(examples('hospital'), { folds: 0 });
const now = new Date('2026-11-30T12:00:00Z');

describe('the classifier model store', () => {
  it('installs the shipped model once, and never over a hospital-trained one', async () => {
    const blobs = new MemoryBlobStore();
    let trainings = 0;
    const train = () => {
      trainings += 1;
      return shipped;
    };
    await installDefaultModel(blobs, train, now);
    expect((await loadCurrentPointer(blobs))?.version).toBe(shipped.version);
    await storeModel(blobs, trained, { activate: true, source: 'CSV x.csv', now });
    await installDefaultModel(blobs, train, now); // an upgrade restarts the workers
    expect(trainings).toBe(1); // a model is current: nothing to train
    expect(await loadCurrentPointer(blobs)).toMatchObject({ version: trained.version, source: 'CSV x.csv' });
    expect(await blobs.exists(modelKeys.classifier(shipped.version))).toBe(true);
  });

  it('keeps every version; storing without activating leaves the current one', async () => {
    const blobs = new MemoryBlobStore();
    await storeModel(blobs, shipped, { activate: true, source: 'a', now });
    await storeModel(blobs, trained, { activate: false, source: 'b', now });
    expect((await loadCurrentPointer(blobs))?.version).toBe(shipped.version);
    expect((await blobs.list('models/classifier/')).map((o) => o.key).sort()).toEqual(
      [
        modelKeys.classifier(shipped.version),
        modelKeys.classifier(trained.version),
        modelKeys.classifierCurrent,
      ].sort(),
    );
  });

  it('rolls back to a stored version, and refuses one that is not stored or not a model', async () => {
    const blobs = new MemoryBlobStore();
    await storeModel(blobs, shipped, { activate: true, source: 'a', now });
    await storeModel(blobs, trained, { activate: true, source: 'b', now });
    expect(await listModels(blobs)).toEqual(
      [
        { version: shipped.version, current: false },
        { version: trained.version, current: true },
      ].sort((x, y) => x.version.localeCompare(y.version)),
    );
    await activateModel(blobs, shipped.version, { source: 'rollback', now });
    expect(await loadCurrentPointer(blobs)).toMatchObject({ version: shipped.version, source: 'rollback' });
    await expect(activateModel(blobs, 'tm-000000000000', { source: 'x', now })).rejects.toThrow(/no model/);
    await blobs.put(modelKeys.classifier('tm-broken'), '{"format":"nope"}');
    await expect(activateModel(blobs, 'tm-broken', { source: 'x', now })).rejects.toThrow();
    expect((await loadCurrentPointer(blobs))?.version).toBe(shipped.version);
  });

  it('lets a long-lived worker pick up a newly activated model after the cache time', async () => {
    const blobs = new MemoryBlobStore();
    let clock = 0;
    const cache = new CurrentModelCache(blobs, 60_000, () => clock);
    expect(await cache.get()).toBeNull();
    clock += 60_000;
    await storeModel(blobs, shipped, { activate: true, source: 'a', now });
    expect((await cache.get())?.version).toBe(shipped.version);
    await storeModel(blobs, trained, { activate: true, source: 'b', now });
    clock += 1_000;
    expect((await cache.get())?.version).toBe(shipped.version); // still cached
    clock += 60_000;
    expect((await cache.get())?.version).toBe(trained.version);
  });
});
