import sharp from 'sharp';
import { createPrng } from './prng.ts';

/**
 * What happens to pages on their way to Chartroom that a clean rendering lacks: fax transmission,
 * pages fed sideways, pages fed crooked. For tests and benchmarks of the readers.
 */

const densityOf = async (png: Buffer): Promise<number> => (await sharp(png).metadata()).density ?? 300;

/**
 * A page as a fax machine delivers it: resampled to `dpi` (default 150), thresholded to black and white
 * after sensor grain, with line dropouts and specks. Seeded, so the same page always degrades alike.
 */
export async function faxDegrade(
  png: Buffer,
  options: { dpi?: number; seed?: number } = {},
): Promise<Buffer> {
  const dpi = options.dpi ?? 150;
  const source = await sharp(png).metadata();
  const factor = dpi / (source.density ?? 300);
  const { data, info } = await sharp(png)
    .toColourspace('b-w')
    .extractChannel(0)
    .resize(Math.round(source.width * factor), Math.round(source.height * factor), { kernel: 'linear' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const random = createPrng(options.seed ?? 150);
  for (let i = 0; i < data.length; i++) {
    // Grain before the threshold makes bar edges ragged, as a fax's cheap sensor does.
    const grain = (random.next() + random.next() - 1) * 70;
    let bit = (data[i] ?? 255) + grain < 128 ? 0 : 255;
    if (random.chance(0.002)) bit = 255 - bit; // salt and pepper
    data[i] = bit;
  }
  // A few thin white streaks across the page: lost scan lines.
  for (let n = Math.round(height / 400); n > 0; n--) {
    const row = random.int(0, height - 1);
    data.fill(255, row * width, (row + 1) * width);
  }
  return sharp(data, { raw: { width, height, channels: 1 } })
    .toColourspace('b-w')
    .withDensity(dpi)
    .png()
    .toBuffer();
}

/** The page turned a quarter clockwise, as when a sheet is fed sideways. */
export async function rotate90(png: Buffer): Promise<Buffer> {
  const dpi = await densityOf(png);
  return sharp(png).rotate(90).toColourspace('b-w').withDensity(dpi).png().toBuffer();
}

/** The page turned by a small angle (clockwise for positive degrees), the corners filled with paper white. */
export async function skew(png: Buffer, degrees: number): Promise<Buffer> {
  const dpi = await densityOf(png);
  return sharp(png)
    .rotate(degrees, { background: { r: 255, g: 255, b: 255 } })
    .toColourspace('b-w')
    .withDensity(dpi)
    .png()
    .toBuffer();
}
