import { faxDegrade, renderPage, sparsePageSpec } from '@chartroom/samples';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { normaliseResolution, resampledSize } from './normalise-resolution.ts';

describe('normaliseResolution', () => {
  it('upsamples a 150-dpi fax to 300 dpi, US letter to within a pixel', async () => {
    const { png } = await renderPage(sparsePageSpec(0), { dpi: 150 });
    const fax = await faxDegrade(png, { dpi: 150 });
    const page = await normaliseResolution(fax, 150);
    expect(Math.abs(page.width - 2550)).toBeLessThanOrEqual(1);
    expect(Math.abs(page.height - 3300)).toBeLessThanOrEqual(1);
    expect(page).toMatchObject({ dpi: 300, scaleX: 2, scaleY: 2 });
    expect(await sharp(page.png).metadata()).toMatchObject({
      width: page.width,
      height: page.height,
      density: 300,
      channels: 1,
    });
  });

  it('downsamples a 600-dpi scan to the target given', async () => {
    const { png } = await renderPage(sparsePageSpec(1), { dpi: 200 });
    const fine = await sharp(png).resize(5100, 6600).withDensity(600).png().toBuffer();
    const page = await normaliseResolution(fine, 600, 300);
    expect(page).toMatchObject({ width: 2550, height: 3300, dpi: 300, scaleX: 0.5, scaleY: 0.5 });
  });

  it('gives per-axis scales that map boxes back to the original exactly', () => {
    // 8.27 × 11.69 in (A4) at 200 dpi: sizes round differently on each axis.
    const size = resampledSize(1654, 2338, 200, 300);
    expect(size).toMatchObject({ width: 2481, height: 3507, dpi: 300 });
    expect(size.width / size.scaleX).toBeCloseTo(1654, 9);
    expect(size.height / size.scaleY).toBeCloseTo(2338, 9);
  });

  it('leaves a page already at (or within 2% of) the target as it is', async () => {
    const { png } = await renderPage(sparsePageSpec(2), { dpi: 150 });
    const page = await normaliseResolution(png, 150, 150);
    expect(page.png).toBe(png);
    expect(page).toMatchObject({ width: 1275, height: 1650, dpi: 150, scaleX: 1, scaleY: 1 });
    expect(resampledSize(2500, 3200, 298, 300)).toMatchObject({ width: 2500, dpi: 298, scaleX: 1 });
  });

  it('rejects a resolution that is not positive', () => {
    expect(() => resampledSize(100, 100, 0, 300)).toThrow(RangeError);
  });
});
