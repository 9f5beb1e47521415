import sharp from 'sharp';

/** A page image ready to go into the PDF: a gray JPEG, or a 1-bit gray PNG for a black-and-white page. */
export interface EncodedPageImage {
  format: 'jpeg' | 'png';
  bytes: Buffer;
  width: number;
  height: number;
}

export interface PageImageOptions {
  jpegQuality: number;
  bilevelAsPng: boolean;
}

/**
 * Up to this share of a page's ink (pixels darker than near-white) may be mid-gray (64–191) on a page
 * that is still black-and-white: fax and Group 4 scans have none. A gray scan has far more (a quarter
 * of the ink of crisp 300 dpi text is anti-aliased edge; blur, paper texture, photos and tracings add
 * to it), so it stays gray and is never reduced to 1 bit.
 */
const MAX_MID_GRAY_SHARE_OF_INK = 0.05;

/**
 * Encodes a page image for the searchable PDF. A 1-bit PNG of a black-and-white page is about an eighth
 * of the size of its JPEG and keeps strokes sharp; anything with gray in it goes in as a gray JPEG.
 */
export async function encodePageImage(png: Buffer, options: PageImageOptions): Promise<EncodedPageImage> {
  const { data: gray, info } = await sharp(png)
    .flatten({ background: '#ffffff' })
    .toColourspace('b-w')
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const raw = { raw: { width, height, channels: 1 as const } };
  if (options.bilevelAsPng && isBlackAndWhite(gray)) {
    // threshold() returns three bands here too; from one band, two colours without a palette is 1-bit gray PNG.
    const bytes = await sharp(gray, raw)
      .threshold(128)
      .extractChannel(0)
      .png({ palette: false, colours: 2 })
      .toBuffer();
    return { format: 'png', bytes, width, height };
  }
  // sharp takes one raw band for sRGB and would write a three-channel JPEG; ask for gray.
  const bytes = await sharp(gray, raw).toColourspace('b-w').jpeg({ quality: options.jpegQuality }).toBuffer();
  return { format: 'jpeg', bytes, width, height };
}

/** True when the page's ink is nearly all near-black (one byte per pixel); a blank page is too. */
export function isBlackAndWhite(gray: Uint8Array): boolean {
  let ink = 0;
  let midGray = 0;
  // An indexed loop: for...of over a page's 8 million bytes takes ten times as long.
  for (let i = 0; i < gray.length; i++) {
    const value = gray[i]!;
    if (value < 192) {
      ink++;
      if (value >= 64) midGray++;
    }
  }
  return midGray <= ink * MAX_MID_GRAY_SHARE_OF_INK;
}
