import sharp from 'sharp';

export type TiffCompression = 'lzw' | 'ccittfax4' | 'jpeg' | 'packbits';

export interface TiffOptions {
  /**
   * 'ccittfax4' (Group 4 fax, the usual archive format of document scanners) makes the pages
   * black-and-white; the others keep 8-bit gray. Default 'lzw'.
   */
  compression?: TiffCompression;
  /** Resolution written into the file; defaults to the first page's PNG density, else 300. */
  dpi?: number;
}

/**
 * Joins same-sized PNG pages into one multi-page TIFF (one IFD per page), like a scanner's
 * multi-page output. libvips writes pages from one tall image cut at `pageHeight`, so the pages are
 * stacked as raw gray pixels first.
 */
export async function multiPageTiff(pages: Buffer[], options: TiffOptions = {}): Promise<Buffer> {
  if (pages.length === 0) throw new RangeError('a TIFF needs at least one page');
  const compression = options.compression ?? 'lzw';
  const decoded = await Promise.all(
    pages.map((png) =>
      sharp(png).toColourspace('b-w').extractChannel(0).raw().toBuffer({ resolveWithObject: true }),
    ),
  );
  const { width, height } = decoded[0]!.info;
  decoded.forEach(({ info }, index) => {
    if (info.width !== width || info.height !== height) {
      throw new RangeError(
        `page ${index + 1} is ${info.width}×${info.height}, but page 1 is ${width}×${height}: ` +
          'all pages of a multi-page TIFF written here must be the same size',
      );
    }
  });
  const dpi = options.dpi ?? (await sharp(pages[0]).metadata()).density ?? 300;
  const pixelsPerMm = dpi / 25.4;

  const stacked = sharp(Buffer.concat(decoded.map(({ data }) => data)), {
    raw: { width, height: height * pages.length, channels: 1, pageHeight: height },
  });
  const resolution = { xres: pixelsPerMm, yres: pixelsPerMm, resolutionUnit: 'inch' } as const;
  if (compression === 'ccittfax4') {
    // G4 is defined for 1-bit images only; white-is-zero is what fax and scanner software write.
    return stacked
      .threshold(128)
      .toColourspace('b-w')
      .tiff({ compression, bitdepth: 1, miniswhite: true, ...resolution })
      .toBuffer();
  }
  return stacked
    .toColourspace('b-w')
    .tiff({ compression, ...(compression === 'jpeg' ? { quality: 80 } : {}), ...resolution })
    .toBuffer();
}
