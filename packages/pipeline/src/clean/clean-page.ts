import { blankPageOf } from './detect-blank-page.ts';
import { orientationOfInk, type QuarterTurn } from './detect-orientation.ts';
import { deskewGray, MIN_SKEW_CORRECTION_DEG, skewOfInk } from './estimate-skew.ts';
import { decodeGray, encodePng, rotateGray, type GrayImage } from './gray-image.ts';
import { binarise, turnInk } from './ink-image.ts';
import { resampleGray } from './normalise-resolution.ts';
import { workingCopyOf } from './working-copy.ts';

/** Which clean-up steps run before OCR; each can be switched off. */
export interface CleanOptions {
  /** Turn pages fed sideways or upside down upright. */
  orientation: boolean;
  /** Straighten pages fed crooked (up to ±10°). */
  deskew: boolean;
  /** Detect blank pages (which are then left as they are, and not read). */
  blankDetection: boolean;
  /** Resample to this resolution for OCR; null keeps each page's own. */
  ocrDpi: number | null;
}

export const DEFAULT_CLEAN_OPTIONS: CleanOptions = {
  orientation: true,
  deskew: true,
  blankDetection: true,
  ocrDpi: 300,
};

export interface CleanedPage {
  /** 8-bit gray PNG: upright, straightened, at `dpi`. The input itself when nothing needed doing. */
  png: Buffer;
  dpi: number;
  /** The clockwise quarter turn applied (a page fed a quarter turn clockwise gets 270). */
  rotationDeg: QuarterTurn;
  /** The skew found and corrected (positive: the page was turned clockwise); 0 when not corrected. */
  skewDeg: number;
  blank: boolean;
  /** Why the page is or is not blank (empty when blank detection is off). */
  blankReason: string;
  /** Milliseconds per step, each including its share of image work (turning, resampling). */
  timings: {
    decodeMs: number;
    blankMs: number;
    orientationMs: number;
    deskewMs: number;
    resampleMs: number;
    encodeMs: number;
  };
}

/**
 * Prepares a scanned page for OCR: blank detection, orientation, deskew, resampling to the OCR
 * resolution. The page is decoded once; detection runs on a 100-dpi binarised copy, and the image
 * work (quarter turn, deskew, resampling) on the raw pixels, encoded once at the end. A blank page
 * skips the other steps and is returned as it came. When downsampling, the page is resampled first,
 * so turning it costs less.
 */
export async function cleanPage(png: Buffer, dpi: number, options: CleanOptions): Promise<CleanedPage> {
  const timings = { decodeMs: 0, blankMs: 0, orientationMs: 0, deskewMs: 0, resampleMs: 0, encodeMs: 0 };
  const timed = async <T>(step: keyof typeof timings, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[step] += performance.now() - started;
    }
  };
  const unchanged = (blank: boolean, blankReason: string): CleanedPage => ({
    png,
    dpi,
    rotationDeg: 0,
    skewDeg: 0,
    blank,
    blankReason,
    timings,
  });
  const resamples = options.ocrDpi !== null && options.ocrDpi !== dpi;
  if (!options.orientation && !options.deskew && !options.blankDetection && !resamples) {
    return unchanged(false, '');
  }

  let image: GrayImage = await timed('decodeMs', () => decodeGray(png));
  const detects = options.blankDetection || options.orientation || options.deskew;
  const working = detects ? await timed('decodeMs', () => workingCopyOf(image, dpi)) : null;

  let blankReason = '';
  if (options.blankDetection && working) {
    const verdict = await timed('blankMs', () => blankPageOf(working));
    if (verdict.blank) return unchanged(true, verdict.reason);
    blankReason = verdict.reason;
  }

  let outputDpi = dpi;
  let changed = false;
  const resample = async (ocrDpi: number) => {
    const resampled = await resampleGray(image, outputDpi, ocrDpi);
    changed ||= resampled.image !== image;
    image = resampled.image;
    outputDpi = resampled.dpi;
  };
  const { ocrDpi } = options;
  if (ocrDpi !== null && ocrDpi < dpi) await timed('resampleMs', () => resample(ocrDpi));

  // Orientation and deskew share one binarised copy, turned along with the page.
  const firstInkStep = options.orientation ? 'orientationMs' : 'deskewMs';
  let ink =
    working && (options.orientation || options.deskew)
      ? await timed(firstInkStep, () => binarise(working))
      : null;
  let rotationDeg: QuarterTurn = 0;
  if (options.orientation && ink) {
    const found = ink;
    rotationDeg = await timed('orientationMs', async () => {
      const { rotationDeg: turn } = orientationOfInk(found);
      if (turn !== 0) {
        ink = turnInk(found, turn);
        image = await rotateGray(image, turn);
        changed = true;
      }
      return turn;
    });
  }

  let skewDeg = 0;
  if (options.deskew && ink) {
    const upright = ink;
    skewDeg = await timed('deskewMs', async () => {
      const { skewDeg: skew } = skewOfInk(upright);
      if (Math.abs(skew) < MIN_SKEW_CORRECTION_DEG) return 0;
      image = await deskewGray(image, skew);
      changed = true;
      return skew;
    });
  }

  if (ocrDpi !== null && ocrDpi > dpi) await timed('resampleMs', () => resample(ocrDpi));
  if (!changed) return { ...unchanged(false, blankReason), dpi: outputDpi };
  const output = await timed('encodeMs', () => encodePng(image, outputDpi));
  return { png: output, dpi: outputDpi, rotationDeg, skewDeg, blank: false, blankReason, timings };
}
