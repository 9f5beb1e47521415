import { decodeGray, encodePng, imageSize, rotateGray, type GrayImage } from './gray-image.ts';
import { binarise, type InkImage } from './ink-image.ts';
import { inkPoints, searchSkew } from './projection-profile.ts';
import { workingCopyOfPng } from './working-copy.ts';

/**
 * Skew, in degrees, with sharp's sign: positive means the page content is turned clockwise (as
 * `sharp().rotate(+3)` or the samples' `skew(png, 3)` turn it), so text lines run down to the
 * right. `deskew(png, skewDeg)` turns the page back by −skewDeg.
 */
export interface SkewEstimate {
  /** The skew found; 0 when there are no lines to measure it by (confidence too low). */
  skewDeg: number;
  /** 0…1: how much sharper the best row profile is than a typical trial angle's. */
  confidence: number;
}

/** The search range: pages fed more crooked than this are rare and the projection search would slow. */
export const MAX_SKEW_DEG = 10;
export const MIN_SKEW_CONFIDENCE = 0.5;
/**
 * Skews below this are not corrected: OCR reads them as well, and rotating resamples (blurs) every
 * stroke. The estimate is good to about ±0.05° (see the tests), so this is well above its noise.
 */
export const MIN_SKEW_CORRECTION_DEG = 0.15;
/**
 * Peak-over-typical profile sharpness: text pages measure 30–90, a single printed line ~8, a
 * signature or blank page below 3. Confidence rises from 0 at the first to 1 at the second.
 */
const SHARPNESS_GAIN = { none: 2, full: 6 };

/**
 * The skew of a binarised page: the angle in ±10° at which its row profile is sharpest (searched
 * every 0.5°, then 0.1°, then interpolated; see projection-profile.ts).
 */
export function skewOfInk(image: InkImage): SkewEstimate {
  const points = inkPoints(image);
  if (points.x.length === 0) return { skewDeg: 0, confidence: 0 };
  const search = searchSkew(points, MAX_SKEW_DEG);
  const gain = search.typical === 0 ? SHARPNESS_GAIN.full : search.sharpness / search.typical;
  const confidence = Math.max(
    0,
    Math.min(1, (gain - SHARPNESS_GAIN.none) / (SHARPNESS_GAIN.full - SHARPNESS_GAIN.none)),
  );
  if (confidence < MIN_SKEW_CONFIDENCE) return { skewDeg: 0, confidence };
  return { skewDeg: Math.round(search.angleDeg * 100) / 100, confidence };
}

/** The skew of a page image (8-bit gray PNG at `dpi`), measured on a 100-dpi binarised copy. */
export async function estimateSkew(png: Buffer, dpi: number): Promise<SkewEstimate> {
  return skewOfInk(binarise(await workingCopyOfPng(png, dpi)));
}

/** The decoded page turned back by the skew (canvas enlarged to fit, corners paper white). */
export function deskewGray(image: GrayImage, skewDeg: number): Promise<GrayImage> {
  return rotateGray(image, -skewDeg);
}

/** The page image turned back by `skewDeg` (see SkewEstimate for the sign), keeping its dpi. */
export async function deskew(png: Buffer, skewDeg: number): Promise<Buffer> {
  if (skewDeg === 0) return png;
  const { dpi } = await imageSize(png);
  return encodePng(await deskewGray(await decodeGray(png), skewDeg), dpi);
}
