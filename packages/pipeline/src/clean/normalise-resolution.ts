import { decodeGray, encodePng, imageSize, resizeGray, type GrayImage } from './gray-image.ts';

/** Tesseract reads best at about 300 dpi (its documentation's advice; x-height ≥ 20 px for 10-pt text). */
export const DEFAULT_OCR_DPI = 300;
/** Within this share of the target, a page is read as it is: resampling would only blur it. */
const TOLERANCE = 0.02;

/**
 * Scale from the original image to the resampled one, per axis (they differ slightly because sizes
 * round to whole pixels): a box at x in the resampled image is at x / scaleX in the original.
 */
export interface ResolutionScale {
  scaleX: number;
  scaleY: number;
}

export interface ResampledPage extends ResolutionScale {
  /** 8-bit gray PNG at `dpi`. */
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
}

/** The size a `width` × `height` image at `dpi` has at `targetDpi`. */
export function resampledSize(
  width: number,
  height: number,
  dpi: number,
  targetDpi: number,
): { width: number; height: number; dpi: number } & ResolutionScale {
  if (!(dpi > 0 && targetDpi > 0)) throw new RangeError(`dpi must be positive, got ${dpi} → ${targetDpi}`);
  if (Math.abs(targetDpi / dpi - 1) <= TOLERANCE) return { width, height, dpi, scaleX: 1, scaleY: 1 };
  const newWidth = Math.max(1, Math.round((width * targetDpi) / dpi));
  const newHeight = Math.max(1, Math.round((height * targetDpi) / dpi));
  return {
    width: newWidth,
    height: newHeight,
    dpi: targetDpi,
    scaleX: newWidth / width,
    scaleY: newHeight / height,
  };
}

/** A decoded page resampled to `targetDpi` (upsampling faxes, downsampling fine scans). */
export async function resampleGray(
  image: GrayImage,
  dpi: number,
  targetDpi: number,
): Promise<{ image: GrayImage; dpi: number } & ResolutionScale> {
  const size = resampledSize(image.width, image.height, dpi, targetDpi);
  return {
    image: await resizeGray(image, size.width, size.height),
    dpi: size.dpi,
    scaleX: size.scaleX,
    scaleY: size.scaleY,
  };
}

/** A page image (8-bit gray PNG at `dpi`) resampled to `targetDpi`; unchanged when already there. */
export async function normaliseResolution(
  png: Buffer,
  dpi: number,
  targetDpi = DEFAULT_OCR_DPI,
): Promise<ResampledPage> {
  const header = await imageSize(png);
  const size = resampledSize(header.width, header.height, dpi, targetDpi);
  if (size.scaleX === 1 && size.scaleY === 1) return { png, ...size };
  const resampled = await resizeGray(await decodeGray(png), size.width, size.height);
  return { png: await encodePng(resampled, size.dpi), ...size };
}
