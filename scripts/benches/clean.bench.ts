import {
  cleanPage,
  DEFAULT_CLEAN_OPTIONS,
  detectBlankPage,
  detectOrientation,
  estimateSkew,
  normaliseResolution,
  type CleanedPage,
  type QuarterTurn,
} from '@chartroom/pipeline';
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
import { createPrng } from '../../packages/samples/src/prng.ts';

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
const TURNS: QuarterTurn[] = [0, 90, 180, 270];

async function timed<T>(work: () => Promise<T>, into: number[]): Promise<T> {
  const started = performance.now();
  const result = await work();
  into.push(performance.now() - started);
  return result;
}

/** The page as fed: crooked by `skewDeg`, then turned clockwise by `found`. */
async function fed(png: Buffer, found: QuarterTurn, skewDeg: number): Promise<Buffer> {
  const crooked = skewDeg === 0 ? png : await skew(png, skewDeg);
  return found === 0 ? crooked : sharp(crooked).rotate(found).toColourspace('b-w').png().toBuffer();
}

/**
 * The page clean-up before OCR (packages/pipeline/src/clean) on generated pages at `dpi`: `pages`
 * text-rich clinical pages (scanner noise, fed at each quarter turn and crooked by up to ±7°), three
 * sparse pages, the blank sheets and the nearly-empty pages of @chartroom/samples. Reports each
 * step's accuracy and its milliseconds per page, measured on the PNG as the page stage gets it
 * (decoding included), and cleanPage's own breakdown.
 */
export async function benchClean(
  options: { pages?: number; dpi?: number } = {},
): Promise<Record<string, unknown>> {
  const pageCount = options.pages ?? 12;
  const dpi = options.dpi ?? 300;
  const random = createPrng(2024);
  const textRich = await Promise.all(
    textRichPageSpecs(pageCount, 77).map(async (spec) => (await renderPage(spec, { dpi, noise: true })).png),
  );
  const sparse = await Promise.all(
    [0, 1, 2].map(async (i) => (await renderPage(sparsePageSpec(i), { dpi, noise: true })).png),
  );

  // Orientation: every text-rich page at each quarter turn, crooked by a random skew.
  const orientationMs: number[] = [];
  let orientationRight = 0;
  let orientationWrong = 0;
  let orientationUnsure = 0;
  const skewMs: number[] = [];
  const skewErrors: number[] = [];
  const cleaned: CleanedPage[] = [];
  for (const png of textRich) {
    for (const found of TURNS) {
      const skewDeg = round(random.next() * 14 - 7, 2);
      const page = await fed(png, found, skewDeg);
      const { rotationDeg } = await timed(() => detectOrientation(page, dpi), orientationMs);
      if (rotationDeg === (360 - found) % 360) orientationRight++;
      else if (rotationDeg === 0) orientationUnsure++;
      else orientationWrong++;
      if (found === 0) {
        const estimate = await timed(() => estimateSkew(page, dpi), skewMs);
        skewErrors.push(Math.abs(estimate.skewDeg - skewDeg));
        cleaned.push(await cleanPage(page, dpi, { ...DEFAULT_CLEAN_OPTIONS, ocrDpi: 300 }));
      }
      if (found === 90) cleaned.push(await cleanPage(page, dpi, { ...DEFAULT_CLEAN_OPTIONS, ocrDpi: 300 }));
    }
  }
  const sparseOutcomes = { right: 0, leftAsFound: 0, wrong: 0 };
  for (const png of sparse) {
    for (const found of TURNS) {
      const { rotationDeg } = await detectOrientation(await fed(png, found, 0), dpi);
      if (rotationDeg === (360 - found) % 360) sparseOutcomes.right++;
      else if (rotationDeg === 0) sparseOutcomes.leftAsFound++;
      else sparseOutcomes.wrong++;
    }
  }

  // Blank pages: blank sheets must be found blank, everything with content not.
  const blankMs: number[] = [];
  const blankCases = [
    ...(await blankPages({ dpi })).map((page) => ({ ...page, blank: true })),
    ...(await nearlyBlankPages({ dpi })).map((page) => ({ ...page, blank: false })),
    ...sparse.map((png, i) => ({ name: `sparse ${i}`, png, dpi, blank: false })),
    ...textRich.slice(0, 3).map((png, i) => ({ name: `text-rich ${i}`, png, dpi, blank: false })),
  ];
  const blankMistakes: string[] = [];
  for (const page of blankCases) {
    const verdict = await timed(() => detectBlankPage(page.png, page.dpi), blankMs);
    if (verdict.blank !== page.blank) blankMistakes.push(`${page.name}: ${verdict.reason}`);
    if (page.blank)
      cleaned.push(await cleanPage(page.png, page.dpi, { ...DEFAULT_CLEAN_OPTIONS, ocrDpi: 300 }));
  }

  // Resampling: 150-dpi faxes up to 300, and 600-dpi scans (the 300-dpi page enlarged) down to 300.
  const upsampleMs: number[] = [];
  const downsampleMs: number[] = [];
  let sizeErrorsPx = 0;
  for (const png of textRich.slice(0, 4)) {
    const fax = await faxDegrade(png, { dpi: 150 });
    const up = await timed(() => normaliseResolution(fax, 150, 300), upsampleMs);
    const { width = 0, height = 0 } = await sharp(png).metadata();
    const fine = await sharp(png)
      .resize(width * 2, height * 2)
      .toColourspace('b-w')
      .withDensity(600)
      .png()
      .toBuffer();
    const down = await timed(() => normaliseResolution(fine, 600, 300), downsampleMs);
    sizeErrorsPx = Math.max(
      sizeErrorsPx,
      ...[up.width - width, up.height - height, down.width - width, down.height - height].map(Math.abs),
    );
  }

  const stepMs = (step: keyof CleanedPage['timings'], pages: CleanedPage[]) =>
    round(mean(pages.map((page) => page.timings[step])), 1);
  const breakdown = (pages: CleanedPage[]) => ({
    pages: pages.length,
    decodeMs: stepMs('decodeMs', pages),
    blankMs: stepMs('blankMs', pages),
    orientationMs: stepMs('orientationMs', pages),
    deskewMs: stepMs('deskewMs', pages),
    resampleMs: stepMs('resampleMs', pages),
    encodeMs: stepMs('encodeMs', pages),
    totalMs: round(mean(pages.map((page) => Object.values(page.timings).reduce((a, b) => a + b, 0))), 1),
  });
  const turnedTotal = textRich.length * TURNS.length;
  const p90 = [...skewErrors].sort((a, b) => a - b)[Math.floor(skewErrors.length * 0.9)] ?? 0;
  return {
    scenario:
      `${textRich.length} text-rich pages × 4 quarter turns, crooked by ±7°, scanner noise, at ${dpi} dpi; ` +
      `3 sparse pages; ${blankCases.length} blank/nearly-blank/printed pages`,
    orientation: {
      accuracy: round(orientationRight / turnedTotal, 3),
      right: orientationRight,
      leftAsFound: orientationUnsure,
      wrong: orientationWrong,
      pages: turnedTotal,
      sparsePages: sparseOutcomes,
      msPerPage: round(mean(orientationMs), 1),
    },
    skew: {
      pages: skewErrors.length,
      meanErrorDeg: round(mean(skewErrors), 3),
      p90ErrorDeg: round(p90, 3),
      maxErrorDeg: round(Math.max(...skewErrors), 3),
      msPerPage: round(mean(skewMs), 1),
    },
    blank: {
      accuracy: round(1 - blankMistakes.length / blankCases.length, 3),
      pages: blankCases.length,
      mistakes: blankMistakes,
      msPerPage: round(mean(blankMs), 1),
    },
    resample: {
      maxSizeErrorPx: sizeErrorsPx,
      upsample150To300MsPerPage: round(mean(upsampleMs), 1),
      downsample600To300MsPerPage: round(mean(downsampleMs), 1),
    },
    cleanPage: {
      upright: breakdown(cleaned.filter((page) => !page.blank && page.rotationDeg === 0)),
      turned: breakdown(cleaned.filter((page) => !page.blank && page.rotationDeg !== 0)),
      blank: breakdown(cleaned.filter((page) => page.blank)),
    },
  };
}
