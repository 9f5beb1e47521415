import sharp, { type Sharp } from 'sharp';

/**
 * An 8-bit, single-channel page image held raw in memory. The clean-up steps pass pages along in
 * this form, so a page is decoded once and encoded once, however many steps it goes through.
 */
export interface GrayImage {
  /** One byte per pixel, row by row; 0 is black, 255 white. */
  data: Buffer;
  width: number;
  height: number;
}

const PAPER_WHITE = { r: 255, g: 255, b: 255 };

const sharpOf = (image: GrayImage) =>
  sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } });

/** Single channel whatever the PNG holds (gray, gray+alpha, RGB), alpha flattened onto white. */
async function toGray(pipeline: Sharp): Promise<GrayImage> {
  const { data, info } = await pipeline
    .flatten({ background: PAPER_WHITE })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one channel after greyscale, got ${info.channels}`);
  return { data, width: info.width, height: info.height };
}

/** Decodes a page image; with `size`, scaled down (area-averaged) while decoding. */
export function decodeGray(png: Buffer, size?: { width: number; height: number }): Promise<GrayImage> {
  const pipeline = sharp(png);
  return toGray(size ? pipeline.resize(size.width, size.height, { fit: 'fill' }) : pipeline);
}

/** Width, height and resolution from the image header, without decoding the pixels. */
export async function imageSize(png: Buffer): Promise<{ width: number; height: number; dpi: number | null }> {
  const { width, height, density } = await sharp(png).metadata();
  return { width, height, dpi: density ?? null };
}

/** Resampled to exactly `width` × `height` (Lanczos, which keeps strokes crisp for OCR). */
export function resizeGray(image: GrayImage, width: number, height: number): Promise<GrayImage> {
  if (width === image.width && height === image.height) return Promise.resolve(image);
  return toGray(sharpOf(image).resize(width, height, { fit: 'fill', kernel: 'lanczos3' }));
}

/**
 * Turned clockwise by `degrees` (sharp's convention), as sharp turns it: quarter turns are exact;
 * other angles enlarge the canvas to hold the whole page and fill the corners with paper white.
 */
export function rotateGray(image: GrayImage, degrees: number): Promise<GrayImage> {
  const turn = ((degrees % 360) + 360) % 360;
  if (turn === 0) return Promise.resolve(image);
  // Declared gray first: otherwise the (RGB) background colour makes libvips turn three channels.
  return toGray(sharpOf(image).toColourspace('b-w').rotate(turn, { background: PAPER_WHITE }));
}

/** An 8-bit gray PNG recording its resolution (when known). */
export function encodePng(image: GrayImage, dpi: number | null): Promise<Buffer> {
  const gray = sharpOf(image).toColourspace('b-w');
  return (dpi ? gray.withDensity(dpi) : gray).png().toBuffer();
}
