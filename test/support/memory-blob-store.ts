import type { BlobStore } from '@chartroom/domain';

/**
 * An in-memory BlobStore for unit tests of stages (the port's contract, no S3). Integration
 * tests run the same stages against the real S3 adapter.
 */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, Buffer>();

  put(key: string, body: Uint8Array | string): Promise<void> {
    this.objects.set(key, Buffer.from(body));
    return Promise.resolve();
  }
  async putIfAbsent(key: string, body: Uint8Array | string): Promise<boolean> {
    if (this.objects.has(key)) return false;
    await this.put(key, body);
    return true;
  }
  async get(key: string): Promise<Buffer> {
    const value = await this.getIfExists(key);
    if (value === null) throw new Error(`no object ${key}`);
    return value;
  }
  getIfExists(key: string): Promise<Buffer | null> {
    return Promise.resolve(this.objects.get(key) ?? null);
  }
  exists(key: string): Promise<boolean> {
    return Promise.resolve(this.objects.has(key));
  }
  list(prefix: string): Promise<{ key: string; size: number }[]> {
    return Promise.resolve(
      [...this.objects.entries()]
        .filter(([key]) => key.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => ({ key, size: value.length })),
    );
  }
  async copy(fromKey: string, toKey: string): Promise<void> {
    await this.put(toKey, await this.get(fromKey));
  }
  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.objects.delete(key);
    return Promise.resolve();
  }
}
