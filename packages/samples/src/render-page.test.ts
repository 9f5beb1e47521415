import sharp, { type Region } from 'sharp';
import { describe, expect, it } from 'vitest';
import { progressNote } from './clinical-documents.ts';
import { syntheticPatients } from './patients.ts';
import { renderPage } from './render-page.ts';

const page = progressNote(syntheticPatients(3)[2]!).pages[0]!;

async function gray(png: Buffer, region?: Region) {
  const image = region ? sharp(png).extract(region) : sharp(png);
  const { data } = await image.raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  let sum = 0;
  for (const value of data) {
    sum += value;
    if (value < 100) dark++;
  }
  return { darkShare: dark / data.length, mean: sum / data.length };
}

describe('renderPage', () => {
  it('renders a US letter page in 8-bit gray at the requested resolution, with visible text', async () => {
    const rendered = await renderPage(page, { dpi: 150 });
    expect(rendered).toMatchObject({ width: 1275, height: 1650, dpi: 150 });
    expect(await sharp(rendered.png).metadata()).toMatchObject({
      format: 'png',
      width: 1275,
      height: 1650,
      channels: 1,
      depth: 'uchar',
      density: 150,
    });
    // The title sits about 1 inch from the top-left corner; the top margin above it is blank.
    expect(
      (await gray(rendered.png, { left: 150, top: 130, width: 400, height: 60 })).darkShare,
    ).toBeGreaterThan(0.05);
    expect((await gray(rendered.png, { left: 0, top: 0, width: 1275, height: 80 })).darkShare).toBe(0);
    expect((await gray(rendered.png)).darkShare).toBeGreaterThan(0.005);
  });

  it('adds a gray background and specks when asked, the same way every time', async () => {
    const noisy = await renderPage(page, { dpi: 100, noise: true });
    const again = await renderPage(page, { dpi: 100, noise: true });
    expect(noisy.png.equals(again.png)).toBe(true);

    const margin = { left: 0, top: 0, width: 850, height: 50 };
    const { mean } = await gray(noisy.png, margin);
    expect(mean).toBeGreaterThan(220);
    expect(mean).toBeLessThan(250);

    const other = await renderPage(page, { dpi: 100, noise: true, seed: 99 });
    expect(other.png.equals(noisy.png)).toBe(false);
  });
});
