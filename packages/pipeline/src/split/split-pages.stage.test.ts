import { BadInputError } from '@chartroom/domain';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decompressionBombPng } from '../../../samples/src/bad-scans.ts';
import { splitIntoPages, type SplitLimits } from './split-pages.stage.ts';

const limits: SplitLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxPagesPerFile: 10,
  maxImagePixels: 50_000_000,
  rasterDpi: 100,
};

const page = (width: number, height: number, shade: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: shade, g: shade, b: shade } } })
    .png()
    .toBuffer();

async function collect(bytes: Uint8Array, custom: SplitLimits = limits) {
  const split = await splitIntoPages(bytes, custom);
  const pages = [];
  for await (const item of split.pages()) pages.push(item);
  return { split, pages };
}

async function badInputReason(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    return (error as Error).message;
  }
  throw new Error('expected BadInputError');
}

describe('splitIntoPages', () => {
  it('turns a PNG into one grayscale page, keeping its resolution', async () => {
    const png = await sharp({ create: { width: 850, height: 1100, channels: 3, background: '#ffffff' } })
      .withMetadata({ density: 100 })
      .png()
      .toBuffer();
    const { split, pages } = await collect(png);
    expect(split.mediaType).toBe('image/png');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ pageIndex: 0, width: 850, height: 1100, dpi: 100 });
    expect((await sharp(pages[0]?.png).metadata()).channels).toBe(1);
  });

  it('splits every frame of a multi-page TIFF, whatever the file is called', async () => {
    const frames = await Promise.all([page(400, 500, 255), page(400, 500, 200), page(400, 500, 100)]);
    const tiff = await sharp(frames, { join: { animated: true } })
      .tiff({ compression: 'lzw' })
      .toBuffer();
    const { split, pages } = await collect(tiff);
    expect(split.mediaType).toBe('image/tiff');
    expect(pages.map((item) => item.pageIndex)).toEqual([0, 1, 2]);
    const means = await Promise.all(
      pages.map(async (item) => (await sharp(item.png).stats()).channels[0]?.mean ?? 0),
    );
    expect(means[0]).toBeGreaterThan(means[1] ?? 0);
    expect(means[1]).toBeGreaterThan(means[2] ?? 0);
  });

  it('quarantines a zero-byte file, a text file and a truncated JPEG with readable reasons', async () => {
    expect(await badInputReason(() => collect(Buffer.alloc(0)))).toMatch(/empty/);
    expect(await badInputReason(() => collect(Buffer.from('just some notes\n')))).toMatch(
      /unsupported file type.*plain text/,
    );
    const jpeg = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    expect(await badInputReason(() => collect(jpeg.subarray(0, Math.floor(jpeg.length / 2))))).toMatch(
      /cannot be decoded/,
    );
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    // A valid PNG claiming 60000×60000 pixels in a few hundred bytes: decoding it would need 3.6 GB.
    const bomb = decompressionBombPng(60000);
    expect(await badInputReason(() => collect(bomb))).toMatch(/60000×60000.*decompression bomb/);
  });

  it('refuses images too small to be a page, and files over the size and page limits', async () => {
    expect(await badInputReason(async () => collect(await page(40, 40, 255)))).toMatch(/too small/);
    const big = await page(400, 500, 255);
    expect(await badInputReason(() => collect(big, { ...limits, maxFileBytes: 100 }))).toMatch(
      /over the .* limit/,
    );
    const frames = await Promise.all([page(200, 200, 255), page(200, 200, 255), page(200, 200, 255)]);
    const tiff = await sharp(frames, { join: { animated: true } })
      .tiff()
      .toBuffer();
    expect(await badInputReason(() => collect(tiff, { ...limits, maxPagesPerFile: 2 }))).toMatch(
      /3 pages, over the 2-page limit/,
    );
  });
});
