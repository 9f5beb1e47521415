import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePageImage, isBlackAndWhite } from './page-image.ts';

const WIDTH = 200;
const HEIGHT = 100;

/** A white page with a black bar whose two edges are `edge` pixels of mid-gray each. */
function barPage(edge: number): Uint8Array {
  const gray = new Uint8Array(WIDTH * HEIGHT).fill(255);
  for (let y = 40; y < 60; y++) {
    for (let x = 20; x < 180; x++) {
      const fromEdge = Math.min(x - 20, 179 - x);
      gray[y * WIDTH + x] = fromEdge < edge ? 128 : 0;
    }
  }
  return gray;
}

const png = (gray: Uint8Array) =>
  sharp(gray, { raw: { width: WIDTH, height: HEIGHT, channels: 1 } })
    .png()
    .toBuffer();

describe('isBlackAndWhite', () => {
  it('accepts a blank page and black ink with hardly any gray', () => {
    expect(isBlackAndWhite(new Uint8Array(WIDTH * HEIGHT).fill(255))).toBe(true);
    expect(isBlackAndWhite(barPage(0))).toBe(true);
    expect(isBlackAndWhite(barPage(2))).toBe(true); // 4 of 160 columns gray: 2.5 % of the ink
  });

  it('rejects ink with gray edges or gray areas', () => {
    expect(isBlackAndWhite(barPage(10))).toBe(false);
    const gradient = Uint8Array.from({ length: WIDTH * HEIGHT }, (_, i) => i % 256);
    expect(isBlackAndWhite(gradient)).toBe(false);
  });
});

describe('encodePageImage', () => {
  it('writes a black-and-white page as a 1-bit gray PNG and a gray page as a gray JPEG', async () => {
    const options = { jpegQuality: 75, bilevelAsPng: true };
    const bilevel = await encodePageImage(await png(barPage(0)), options);
    expect(bilevel).toMatchObject({ format: 'png', width: WIDTH, height: HEIGHT });
    expect(await sharp(bilevel.bytes).metadata()).toMatchObject({ channels: 1, bitsPerSample: 1 });

    const gray = await encodePageImage(await png(barPage(10)), options);
    expect(gray).toMatchObject({ format: 'jpeg', width: WIDTH, height: HEIGHT });
    expect(await sharp(gray.bytes).metadata()).toMatchObject({ format: 'jpeg', channels: 1 });
  });

  it('writes every page as JPEG when told to', async () => {
    const image = await encodePageImage(await png(barPage(0)), { jpegQuality: 75, bilevelAsPng: false });
    expect(image.format).toBe('jpeg');
  });
});
