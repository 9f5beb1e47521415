import { modelKeys, type BlobStore } from '@chartroom/domain';
import { parseTextModel, serialiseTextModel, type TextModel } from './model/text-model.ts';

/** The pointer to the model in use, with where it came from. */
export interface CurrentModelPointer {
  version: string;
  key: string;
  activatedAt: string;
  /** e.g. "shipped default (synthetic)", "chartroom classifier train --csv reports.csv". */
  source: string;
}

/** Stores a model under its version (immutable: same version, same bytes) and optionally makes it current. */
export async function storeModel(
  blobs: BlobStore,
  model: TextModel,
  options: { activate: boolean; source: string; now: Date },
): Promise<CurrentModelPointer> {
  const key = modelKeys.classifier(model.version);
  await blobs.putIfAbsent(key, serialiseTextModel(model), 'application/json');
  const pointer = {
    version: model.version,
    key,
    activatedAt: options.now.toISOString(),
    source: options.source,
  };
  if (options.activate)
    await blobs.put(modelKeys.classifierCurrent, JSON.stringify(pointer, null, 2), 'application/json');
  return pointer;
}

/**
 * Installs the shipped model as current unless a model is already current: a hospital's own
 * trained model is never replaced by an upgrade. `shipped` is only called (it trains) when needed.
 */
export async function installDefaultModel(
  blobs: BlobStore,
  shipped: () => TextModel,
  now: Date,
): Promise<CurrentModelPointer | null> {
  if (await blobs.exists(modelKeys.classifierCurrent)) return null;
  const model = shipped();
  const key = modelKeys.classifier(model.version);
  await blobs.putIfAbsent(key, serialiseTextModel(model), 'application/json');
  const pointer: CurrentModelPointer = {
    version: model.version,
    key,
    activatedAt: now.toISOString(),
    source: 'shipped default (trained on generated documents)',
  };
  // Two workers starting together train the same model; the first pointer written stands.
  await blobs.putIfAbsent(modelKeys.classifierCurrent, JSON.stringify(pointer, null, 2), 'application/json');
  return pointer;
}

/** Makes a stored version current again (a rollback); refuses a version that is not stored or not a model. */
export async function activateModel(
  blobs: BlobStore,
  version: string,
  options: { source: string; now: Date },
): Promise<CurrentModelPointer> {
  const key = modelKeys.classifier(version);
  const stored = await blobs.getIfExists(key);
  if (!stored) throw new Error(`no model ${version} is stored (see classifier list)`);
  parseTextModel(stored.toString('utf8')); // a damaged file must not become current
  const pointer = { version, key, activatedAt: options.now.toISOString(), source: options.source };
  await blobs.put(modelKeys.classifierCurrent, JSON.stringify(pointer, null, 2), 'application/json');
  return pointer;
}

/** Every stored model version, the current one marked. */
export async function listModels(blobs: BlobStore): Promise<{ version: string; current: boolean }[]> {
  const current = await loadCurrentPointer(blobs);
  return (await blobs.list(modelKeys.classifiersPrefix))
    .map((object) => object.key.slice(modelKeys.classifiersPrefix.length).replace(/\.json$/, ''))
    .filter((version) => version !== 'current')
    .sort()
    .map((version) => ({ version, current: version === current?.version }));
}

export async function loadCurrentPointer(blobs: BlobStore): Promise<CurrentModelPointer | null> {
  const stored = await blobs.getIfExists(modelKeys.classifierCurrent);
  return stored ? (JSON.parse(stored.toString('utf8')) as CurrentModelPointer) : null;
}

/**
 * The current model for a long-lived worker: the pointer is re-read at most every `ttlMs`, so a
 * newly trained model is picked up without a restart; each version is parsed once.
 */
export class CurrentModelCache {
  private checkedAt = -Infinity;
  private current: TextModel | null = null;

  constructor(
    private readonly blobs: BlobStore,
    private readonly ttlMs = 60_000,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  async get(): Promise<TextModel | null> {
    if (this.clock() - this.checkedAt < this.ttlMs) return this.current;
    const pointer = await loadCurrentPointer(this.blobs);
    if (!pointer) this.current = null;
    else if (this.current?.version !== pointer.version) {
      this.current = parseTextModel((await this.blobs.get(pointer.key)).toString('utf8'));
    }
    this.checkedAt = this.clock();
    return this.current;
  }
}
