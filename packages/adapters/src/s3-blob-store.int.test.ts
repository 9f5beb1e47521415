import { randomBytes } from 'node:crypto';
import { loadConfig } from '@chartroom/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { createS3Client, S3BlobStore } from './s3-blob-store.ts';

// Against the real S3-compatible server that test/global-setup.ts brought up.
describe('S3BlobStore (real S3 server)', () => {
  let blobs: S3BlobStore;

  beforeAll(async () => {
    const config = loadConfig();
    const bucket = `it-blobs-${randomBytes(4).toString('hex')}`;
    const client = createS3Client({
      endpoint: config.CHARTROOM_S3_ENDPOINT,
      region: config.CHARTROOM_S3_REGION,
      accessKeyId: config.CHARTROOM_S3_ACCESS_KEY_ID,
      secretAccessKey: config.CHARTROOM_S3_SECRET_ACCESS_KEY,
      bucket,
      forcePathStyle: true,
    });
    blobs = new S3BlobStore(client, bucket);
    await blobs.ensureBucket();
    await blobs.ensureBucket(); // idempotent
  });

  it('stores bytes exactly (no checksum framing inside the object)', async () => {
    const bytes = randomBytes(300_000);
    await blobs.put('a/b/page.png', bytes, 'image/png');
    expect((await blobs.get('a/b/page.png')).equals(bytes)).toBe(true);
    expect(await blobs.exists('a/b/page.png')).toBe(true);
    expect(await blobs.exists('a/b/missing.png')).toBe(false);
    expect(await blobs.getIfExists('a/b/missing.png')).toBeNull();
  });

  it('never overwrites with putIfAbsent', async () => {
    expect(await blobs.putIfAbsent('orig/1', 'first')).toBe(true);
    expect(await blobs.putIfAbsent('orig/1', 'second')).toBe(false);
    expect((await blobs.get('orig/1')).toString()).toBe('first');
  });

  it('lists past one page of results, copies and deletes', async () => {
    const keys = Array.from({ length: 1010 }, (_, i) => `many/${String(i).padStart(4, '0')}`);
    for (let start = 0; start < keys.length; start += 50) {
      await Promise.all(keys.slice(start, start + 50).map((key) => blobs.put(key, key)));
    }
    const listed = await blobs.list('many/');
    expect(listed.map((object) => object.key)).toEqual(keys);
    await blobs.copy('many/0001', 'copied/0001');
    expect((await blobs.get('copied/0001')).toString()).toBe('many/0001');
    await blobs.delete(keys);
    expect(await blobs.list('many/')).toEqual([]);
  });
});
