import { decodeGray, imageSize, resizeGray, type GrayImage } from './gray-image.ts';

/**
 * The detection steps look at a small copy of the page: 100 dpi still resolves 10-point text
 * (x-height ≈ 7 px) and is 9 times fewer pixels than a 300-dpi scan, which keeps detection cheap.
 */
export const WORKING_DPI = 100;

/** A page scaled down for measuring, with the resolution it was scaled to. */
export interface WorkingCopy extends GrayImage {
  dpi: number;
}

/** Size at the working resolution; pages already at or below it are kept as they are. */
function workingSize(width: number, height: number, dpi: number) {
  const factor = Math.min(1, WORKING_DPI / dpi);
  return {
    width: Math.max(1, Math.round(width * factor)),
    height: Math.max(1, Math.round(height * factor)),
    dpi: dpi * factor,
  };
}

/** The working copy of a decoded page. */
export async function workingCopyOf(image: GrayImage, dpi: number): Promise<WorkingCopy> {
  const size = workingSize(image.width, image.height, dpi);
  return { ...(await resizeGray(image, size.width, size.height)), dpi: size.dpi };
}

/** The working copy of a page image, scaled down while decoding. */
export async function workingCopyOfPng(png: Buffer, dpi: number): Promise<WorkingCopy> {
  const header = await imageSize(png);
  const size = workingSize(header.width, header.height, dpi);
  return { ...(await decodeGray(png, size)), dpi: size.dpi };
}
