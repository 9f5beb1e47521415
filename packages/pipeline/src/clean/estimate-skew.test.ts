import {
  blankPages,
  faxDegrade,
  renderPage,
  skew,
  sparsePageSpec,
  textRichPageSpecs,
} from '@chartroom/samples';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { deskew, estimateSkew } from './estimate-skew.ts';

const DPI = 150;
const ANGLES = [-7, -5.5, -3.2, -1.4, -0.6, 0, 0.3, 0.9, 2.25, 4.1, 6.3, 7];

describe('estimateSkew', () => {
  const pages: { name: string; png: Buffer }[] = [];
  beforeAll(async () => {
    const [first, second] = textRichPageSpecs(2, 31);
    pages.push(
      { name: 'clean', png: (await renderPage(first!, { dpi: DPI })).png },
      { name: 'noisy', png: (await renderPage(second!, { dpi: DPI, noise: true })).png },
      { name: 'sparse', png: (await renderPage(sparsePageSpec(1), { dpi: DPI, noise: true })).png },
    );
  });

  it('measures skews in −7…+7° to within 0.3° on clean, noisy and sparse pages', async () => {
    let worst = 0;
    for (const page of pages) {
      for (const angle of ANGLES) {
        const estimate = await estimateSkew(angle === 0 ? page.png : await skew(page.png, angle), DPI);
        expect({ page: page.name, angle, error: Math.abs(estimate.skewDeg - angle) < 0.3 }).toEqual({
          page: page.name,
          angle,
          error: true,
        });
        worst = Math.max(worst, Math.abs(estimate.skewDeg - angle));
        expect(estimate.confidence).toBeGreaterThan(0.5);
      }
    }
    console.info(`skew: worst error ${worst.toFixed(3)}° over ${pages.length * ANGLES.length} pages`);
  });

  it('measures the skew of fax pages (150-dpi black and white with noise)', async () => {
    for (const angle of [-4.5, 2.7]) {
      const fax = await faxDegrade(await skew(pages[1]!.png, angle), { dpi: 150 });
      expect(Math.abs((await estimateSkew(fax, 150)).skewDeg - angle)).toBeLessThan(0.3);
    }
  });

  it('reports no skew, without confidence, for a blank page', async () => {
    const [speckle] = await blankPages({ dpi: DPI });
    expect(await estimateSkew(speckle!.png, DPI)).toMatchObject({ skewDeg: 0 });
    expect((await estimateSkew(speckle!.png, DPI)).confidence).toBeLessThan(0.5);
  });
});

describe('deskew', () => {
  it('turns a page back by the skew found (sharp sign: positive is clockwise), keeping its dpi', async () => {
    const { png } = await renderPage(textRichPageSpecs(1, 32)[0]!, { dpi: DPI, noise: true });
    for (const angle of [-3.5, 5]) {
      const skewed = await skew(png, angle);
      const found = await estimateSkew(skewed, DPI);
      const straightened = await deskew(skewed, found.skewDeg);
      expect(Math.abs((await estimateSkew(straightened, DPI)).skewDeg)).toBeLessThan(0.2);
      const metadata = await sharp(straightened).metadata();
      expect(metadata).toMatchObject({ density: DPI, channels: 1, format: 'png' });
      // The canvas grows to hold the turned page, as sharp's rotate does; the corners are paper white.
      expect(metadata.width).toBeGreaterThan(1275);
      const corner = await sharp(straightened)
        .extract({ left: 0, top: 0, width: 4, height: 4 })
        .raw()
        .toBuffer();
      expect(Math.min(...corner)).toBe(255);
    }
  });

  it('returns the page itself for no skew', async () => {
    const { png } = await renderPage(sparsePageSpec(0), { dpi: DPI });
    expect(await deskew(png, 0)).toBe(png);
  });
});
