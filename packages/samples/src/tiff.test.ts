import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { dischargeSummary } from './clinical-documents.ts';
import { syntheticPatients } from './patients.ts';
import { renderPage } from './render-page.ts';
import { multiPageTiff } from './tiff.ts';

/** Reads each IFD's Compression (259) and PhotometricInterpretation (262) tags straight from the file. */
function tiffPageTags(tiff: Buffer): { compression: number; photometric: number }[] {
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (offset: number) => (little ? tiff.readUInt16LE(offset) : tiff.readUInt16BE(offset));
  const u32 = (offset: number) => (little ? tiff.readUInt32LE(offset) : tiff.readUInt32BE(offset));
  expect(u16(2)).toBe(42);
  const pages = [];
  for (let ifd = u32(4); ifd !== 0; ifd = u32(ifd + 2 + u16(ifd) * 12)) {
    const tags = new Map<number, number>();
    for (let i = 0; i < u16(ifd); i++) {
      const entry = ifd + 2 + i * 12;
      tags.set(u16(entry), u16(entry + 8));
    }
    pages.push({ compression: tags.get(259) ?? 1, photometric: tags.get(262) ?? -1 });
  }
  return pages;
}

describe('multiPageTiff', () => {
  let pages: Buffer[];
  beforeAll(async () => {
    const document = dischargeSummary(syntheticPatients(1)[0]!);
    pages = await Promise.all(document.pages.map(async (page) => (await renderPage(page, { dpi: 100 })).png));
  });

  it('writes a real multi-page Group 4 TIFF whose pages decode at full size', async () => {
    const tiff = await multiPageTiff(pages, { compression: 'ccittfax4' });
    expect(await sharp(tiff).metadata()).toMatchObject({ format: 'tiff', pages: 3, density: 100 });
    // 4 = CCITT Group 4; 0 = white is zero, as fax software writes it.
    expect(tiffPageTags(tiff)).toEqual(Array(3).fill({ compression: 4, photometric: 0 }));
    for (let page = 0; page < 3; page++) {
      const { data, info } = await sharp(tiff, { page })
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([850, 1100]);
      const values = new Set(data);
      expect([...values].sort((a, b) => a - b)).toEqual([0, 255]);
      const dark = data.filter((value) => value === 0).length;
      expect(dark / data.length).toBeGreaterThan(0.005);
    }
  });

  it.each([
    ['lzw', 5],
    ['packbits', 32773],
    ['jpeg', 7],
  ] as const)('keeps 8-bit gray with %s compression', async (compression, tag) => {
    const tiff = await multiPageTiff(pages.slice(0, 2), { compression, dpi: 100 });
    expect(await sharp(tiff).metadata()).toMatchObject({ pages: 2, channels: 1, depth: 'uchar' });
    expect(tiffPageTags(tiff).map((page) => page.compression)).toEqual([tag, tag]);
    const { info } = await sharp(tiff, { page: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([850, 1100]);
  });

  it('refuses pages of different sizes', async () => {
    const small = await sharp(pages[0]).resize(100).png().toBuffer();
    await expect(multiPageTiff([pages[0]!, small])).rejects.toThrow(/same size/);
  });
});
