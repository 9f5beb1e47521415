import { blankPages, faxDegrade, nearlyBlankPages, renderPage, sparsePageSpec } from '@chartroom/samples';
import { describe, expect, it } from 'vitest';
import { detectBlankPage, MAX_BLANK_INK_RATIO } from './detect-blank-page.ts';

const DPI = 150;

describe('detectBlankPage', () => {
  it('finds blank sheets blank: speckle, bleed-through, shadows and punch holes, fax noise', async () => {
    for (const page of await blankPages({ dpi: DPI })) {
      const verdict = await detectBlankPage(page.png, page.dpi);
      expect({ page: page.name, blank: verdict.blank }).toEqual({ page: page.name, blank: true });
      expect(verdict.inkRatio).toBeLessThan(MAX_BLANK_INK_RATIO / 4);
    }
  });

  it('says what it left out', async () => {
    const pages = await blankPages({ dpi: DPI });
    const holes = pages.find((page) => page.name === 'border-and-holes')!;
    expect((await detectBlankPage(holes.png, holes.dpi)).reason).toMatch(/3 punch holes/);
    const fax = pages.find((page) => page.name === 'fax')!;
    expect((await detectBlankPage(fax.png, fax.dpi)).reason).toMatch(/specks/);
  });

  it('finds nearly-empty pages not blank: one short line, a signature, an empty form', async () => {
    const pages = await nearlyBlankPages({ dpi: DPI });
    for (const page of pages) {
      for (const [variant, png, dpi] of [
        ['scanned', page.png, page.dpi],
        ['faxed', await faxDegrade(page.png, { dpi: 150 }), 150],
      ] as const) {
        const verdict = await detectBlankPage(png, dpi);
        expect({ page: page.name, variant, blank: verdict.blank }).toEqual({
          page: page.name,
          variant,
          blank: false,
        });
        // With a margin: the least inked of these carries 3× the ink a blank page may have.
        expect(verdict.inkRatio).toBeGreaterThan(MAX_BLANK_INK_RATIO * 3);
      }
    }
  });

  it('finds a sparse printed page not blank', async () => {
    const { png } = await renderPage(sparsePageSpec(2), { dpi: DPI, noise: true });
    expect(await detectBlankPage(png, DPI)).toMatchObject({ blank: false });
  });

  it('measures the same at 300 dpi', async () => {
    const [blank] = await blankPages({ dpi: 300 });
    const [shortLine] = await nearlyBlankPages({ dpi: 300 });
    expect(await detectBlankPage(blank!.png, 300)).toMatchObject({ blank: true });
    expect(await detectBlankPage(shortLine!.png, 300)).toMatchObject({ blank: false });
  });
});
