import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { binarise, otsuThreshold, turnInk, type InkImage } from './ink-image.ts';

describe('turnInk', () => {
  // An asymmetric 5 × 3 pattern, so any mirroring or wrong turn shows.
  const image: InkImage = {
    ink: Uint8Array.from([1, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1]),
    width: 5,
    height: 3,
    dpi: 100,
  };

  it.each([90, 180, 270] as const)(
    'turns the ink %i° clockwise exactly as sharp turns the page',
    async (turn) => {
      const { data, info } = await sharp(Buffer.from(image.ink), {
        raw: { width: 5, height: 3, channels: 1 },
      })
        .rotate(turn)
        .extractChannel(0)
        .raw()
        .toBuffer({ resolveWithObject: true });
      const turned = turnInk(image, turn);
      expect({ width: turned.width, height: turned.height }).toEqual({
        width: info.width,
        height: info.height,
      });
      expect(Array.from(turned.ink)).toEqual(Array.from(data));
    },
  );
});

describe('binarise', () => {
  it('separates dark print from gray paper with Otsu', () => {
    const histogram = new Array<number>(256).fill(0);
    histogram[30] = 100;
    histogram[235] = 900;
    const threshold = otsuThreshold(histogram);
    expect(threshold).toBeGreaterThanOrEqual(30);
    expect(threshold).toBeLessThan(235);
  });

  it('does not split the grain of an empty page into ink', () => {
    // Paper between 236 and 244: Otsu alone would call half of it ink.
    const data = Buffer.from(Array.from({ length: 10_000 }, (_, i) => 236 + (i % 9)));
    const { ink } = binarise({ data, width: 100, height: 100, dpi: 100 });
    expect(ink.reduce((sum, value) => sum + value, 0)).toBe(0);
  });
});
