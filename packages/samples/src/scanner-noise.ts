import sharp from 'sharp';
import { createPrng } from './prng.ts';

/**
 * Makes a clean rendering look scanned: slightly gray, unevenly lit paper and dust specks. Text stays
 * dark, so OCR still reads it; the specks are what bilevel (G4) scans keep and what despeckling is for.
 */
export async function addScannerNoise(png: Buffer, options: { dpi: number; seed: number }): Promise<Buffer> {
  const { data, info } = await sharp(png)
    .toColourspace('b-w')
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const random = createPrng(options.seed);

  // Paper is never pure white under a scanner lamp, and the lamp is dimmer towards the edges. The tone
  // changes only across columns, so PNG's row filters still compress it (per-pixel grain would make a
  // page 10 times larger and 10 times slower to encode).
  const paper = random.int(236, 246);
  const falloff = random.int(3, 8);
  const tone = Float64Array.from({ length: width }, (_, x) => {
    const fromCentre = Math.abs(x / Math.max(1, width - 1) - 0.5) * 2;
    return (paper - falloff * fromCentre * fromCentre) / 255;
  });
  for (let i = 0; i < data.length; i++) {
    data[i] = Math.round((data[i] ?? 255) * (tone[i % width] ?? 1));
  }

  // About 4 specks per square inch, 1–3 px across at 300 dpi.
  const specks = Math.round(((width * height) / options.dpi ** 2) * 4);
  const scale = options.dpi / 300;
  for (let n = 0; n < specks; n++) {
    const cx = random.int(0, width - 1);
    const cy = random.int(0, height - 1);
    const radius = Math.max(0.5, (0.5 + random.next()) * scale);
    const ink = random.int(20, 90);
    const reach = Math.ceil(radius);
    for (let dy = -reach; dy <= reach; dy++) {
      for (let dx = -reach; dx <= reach; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x < 0 || y < 0 || x >= width || y >= height || dx * dx + dy * dy > radius * radius) continue;
        data[y * width + x] = Math.min(data[y * width + x] ?? 255, ink);
      }
    }
  }

  return sharp(data, { raw: { width, height, channels: 1 } })
    .toColourspace('b-w')
    .withDensity(options.dpi)
    .png()
    .toBuffer();
}
