import {
  blankPages,
  faxDegrade,
  nearlyBlankPages,
  renderPage,
  skew,
  sparsePageSpec,
  textRichPageSpecs,
} from '@chartroom/samples';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectOrientation, MIN_ORIENTATION_CONFIDENCE, type QuarterTurn } from './detect-orientation.ts';

const DPI = 150;
const TURNS: QuarterTurn[] = [0, 90, 180, 270];

/** The page as fed: turned clockwise by `found` degrees. */
const turned = (png: Buffer, found: QuarterTurn) =>
  // Light compression: the test spends its time detecting, not encoding.
  found === 0 ? Promise.resolve(png) : sharp(png).rotate(found).png({ compressionLevel: 1 }).toBuffer();
/** What must be applied to make a page fed `found` degrees clockwise upright. */
const correctionFor = (found: QuarterTurn) => ((360 - found) % 360) as QuarterTurn;

describe('detectOrientation', () => {
  // 20 text-rich pages: half with scanner noise, a third skewed by up to ±6°, every fourth a 150-dpi fax.
  const pages: { name: string; png: Buffer; dpi: number }[] = [];
  beforeAll(async () => {
    for (const [i, spec] of textRichPageSpecs(20, 21).entries()) {
      let { png } = await renderPage(spec, { dpi: DPI, noise: i % 2 === 0 });
      if (i % 3 === 1) png = await skew(png, ((i % 13) - 6) * 1.05);
      if (i % 4 === 3) png = await faxDegrade(png, { dpi: 150, seed: i });
      pages.push({ name: `${spec.title} #${i}`, png, dpi: DPI });
    }
  });

  it('finds all four orientations of text-rich pages', async () => {
    const misses: string[] = [];
    let right = 0;
    for (const page of pages) {
      for (const found of TURNS) {
        const orientation = await detectOrientation(await turned(page.png, found), page.dpi);
        if (orientation.rotationDeg === correctionFor(found)) right++;
        else
          misses.push(`${page.name} fed ${found}° → ${orientation.rotationDeg}° (${orientation.confidence})`);
      }
    }
    const accuracy = right / (pages.length * TURNS.length);
    console.info(`orientation: ${right}/${pages.length * TURNS.length} text-rich page turns right`);
    expect(misses).toEqual([]);
    expect(accuracy).toBe(1);
  });

  it('is confident on upright text-rich pages', async () => {
    for (const page of pages.slice(0, 6)) {
      const orientation = await detectOrientation(page.png, page.dpi);
      expect(orientation).toMatchObject({ rotationDeg: 0 });
      expect(orientation.confidence).toBeGreaterThan(0.9);
    }
  });

  it('never turns a sparse page the wrong way: right, or left as it is', async () => {
    let right = 0;
    for (let i = 0; i < 3; i++) {
      const { png } = await renderPage(sparsePageSpec(i), { dpi: DPI, noise: true });
      for (const found of TURNS) {
        const { rotationDeg, confidence } = await detectOrientation(await turned(png, found), DPI);
        if (rotationDeg === correctionFor(found)) right++;
        else expect({ found, rotationDeg }).toEqual({ found, rotationDeg: 0 });
        if (rotationDeg !== 0) expect(confidence).toBeGreaterThanOrEqual(MIN_ORIENTATION_CONFIDENCE);
      }
    }
    console.info(`orientation: ${right}/12 sparse page turns right, the rest left as they were`);
  });

  it('leaves pages without text lines as they are', async () => {
    const [speckle, bleedThrough] = await blankPages({ dpi: DPI });
    const pagesWithoutLines = [speckle!, bleedThrough!, ...(await nearlyBlankPages({ dpi: DPI }))];
    for (const page of pagesWithoutLines) {
      for (const found of TURNS) {
        const orientation = await detectOrientation(await turned(page.png, found), page.dpi);
        expect({ page: page.name, found, rotationDeg: orientation.rotationDeg }).toEqual({
          page: page.name,
          found,
          rotationDeg: 0,
        });
      }
    }
  });
});
