import { blankPages, renderPage, rotate90, skew, textRichPageSpecs } from '@chartroom/samples';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanPage, DEFAULT_CLEAN_OPTIONS } from './clean-page.ts';
import { detectOrientation } from './detect-orientation.ts';
import { estimateSkew } from './estimate-skew.ts';

const DPI = 150;
const OFF = { orientation: false, deskew: false, blankDetection: false, ocrDpi: null };

describe('cleanPage', () => {
  let upright: Buffer;
  /** Fed a quarter turn clockwise and 3° crooked. */
  let sideways: Buffer;
  beforeAll(async () => {
    upright = (await renderPage(textRichPageSpecs(1, 41)[0]!, { dpi: DPI, noise: true })).png;
    sideways = await rotate90(await skew(upright, 3));
  });

  it('turns, straightens and resamples a page fed sideways and crooked', async () => {
    const cleaned = await cleanPage(sideways, DPI, DEFAULT_CLEAN_OPTIONS);
    expect(cleaned).toMatchObject({ dpi: 300, rotationDeg: 270, blank: false });
    expect(cleaned.skewDeg).toBeCloseTo(3, 0);
    // The result reads as upright and straight, and is at 300 dpi (a letter page grown by the deskew).
    expect(await detectOrientation(cleaned.png, 300)).toMatchObject({ rotationDeg: 0 });
    expect(Math.abs((await estimateSkew(cleaned.png, 300)).skewDeg)).toBeLessThan(0.2);
    const { width, height, density } = await sharp(cleaned.png).metadata();
    expect(density).toBe(300);
    expect(width).toBeGreaterThan(2550);
    expect(height).toBeGreaterThan(3300);
    expect(height).toBeGreaterThan(width);
    for (const ms of Object.values(cleaned.timings)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(cleaned.timings.orientationMs).toBeGreaterThan(0);
  });

  it('returns a blank page as it came, without the other steps', async () => {
    const [speckle] = await blankPages({ dpi: DPI });
    const cleaned = await cleanPage(speckle!.png, DPI, DEFAULT_CLEAN_OPTIONS);
    expect(cleaned).toMatchObject({ png: speckle!.png, dpi: DPI, blank: true, rotationDeg: 0, skewDeg: 0 });
    expect(cleaned.blankReason).toMatch(/no ink/);
    expect(cleaned.timings).toMatchObject({ orientationMs: 0, deskewMs: 0, resampleMs: 0 });
  });

  it('does only the steps switched on', async () => {
    const untouched = await cleanPage(sideways, DPI, OFF);
    expect(untouched).toMatchObject({ png: sideways, dpi: DPI, rotationDeg: 0, skewDeg: 0, blank: false });

    const turnedOnly = await cleanPage(sideways, DPI, { ...OFF, orientation: true });
    expect(turnedOnly).toMatchObject({ dpi: DPI, rotationDeg: 270, skewDeg: 0 });
    expect(await sharp(turnedOnly.png).metadata()).toMatchObject({ density: DPI });

    const resampledOnly = await cleanPage(upright, DPI, { ...OFF, ocrDpi: 300 });
    expect(resampledOnly).toMatchObject({ dpi: 300, rotationDeg: 0, skewDeg: 0 });
    expect(await sharp(resampledOnly.png).metadata()).toMatchObject({ width: 2550, height: 3300 });
  });

  it('returns an upright, straight page at the OCR resolution as it came', async () => {
    const cleaned = await cleanPage(upright, DPI, { ...DEFAULT_CLEAN_OPTIONS, ocrDpi: DPI });
    expect(cleaned).toMatchObject({ png: upright, dpi: DPI, rotationDeg: 0, skewDeg: 0, blank: false });
  });
});
