import { BadInputError, type ScanMediaType } from '@chartroom/domain';
import sharp from 'sharp';
import { openPdfImageExtractor } from './extract-pdf-image.ts';
import { openPdf, PdfInputError } from './rasterise-pdf.ts';
import { describeUnsupported, sniffMediaType } from './sniff-media-type.ts';

export interface SplitLimits {
  maxFileBytes: number;
  maxPagesPerFile: number;
  /** Largest accepted image in pixels, checked from the header before any decoding. */
  maxImagePixels: number;
  /** The resolution PDF pages are rendered at. */
  rasterDpi: number;
}

/** Smallest side, in pixels, of anything that can be a scanned page (a 1-inch strip at 100 dpi). */
export const MIN_PAGE_SIDE_PX = 100;
/** Used when an image carries no resolution; scanners almost always write one. */
export const ASSUMED_DPI = 300;

export interface SplitPage {
  pageIndex: number;
  /** 8-bit grayscale PNG of the page. */
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
  /**
   * For PDF pages: 'embedded-image' when the page was one scanned image, taken out at its own
   * resolution; 'rendered' when pdf.js drew the page at the configured resolution.
   */
  source?: 'embedded-image' | 'rendered';
}

export interface SplitFile {
  mediaType: ScanMediaType;
  pageCount: number;
  /** Pages one at a time, so a 500-page file never sits in memory at once. */
  pages(): AsyncGenerator<SplitPage>;
}

/**
 * Explodes a scanned file into page images. Throws BadInputError, with a reason a person can
 * read, for anything that is not a readable scan; the caller quarantines the file.
 */
export async function splitIntoPages(bytes: Uint8Array, limits: SplitLimits): Promise<SplitFile> {
  if (bytes.length === 0) throw new BadInputError('the file is empty (0 bytes)');
  if (bytes.length > limits.maxFileBytes) {
    throw new BadInputError(
      `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(limits.maxFileBytes)} limit`,
    );
  }
  const mediaType = sniffMediaType(bytes);
  if (mediaType === null) throw new BadInputError(`unsupported file type: ${describeUnsupported(bytes)}`);
  switch (mediaType) {
    case 'application/pdf':
      return splitPdf(bytes, limits);
    case 'image/tiff':
    case 'image/png':
    case 'image/jpeg':
      return splitImage(bytes, mediaType, limits);
  }
}

async function splitPdf(bytes: Uint8Array, limits: SplitLimits): Promise<SplitFile> {
  const pdf = await asBadInput(() => openPdf(bytes));
  if (pdf.pageCount > limits.maxPagesPerFile) {
    await pdf.close();
    throw new BadInputError(
      `the PDF has ${pdf.pageCount} pages, over the ${limits.maxPagesPerFile}-page limit`,
    );
  }
  return {
    mediaType: 'application/pdf',
    pageCount: pdf.pageCount,
    async *pages() {
      try {
        // Parsed when the first page is wanted, so opening a file stays cheap. A parser disagreeing
        // with pdf.js on the page count means a damaged file: render every page then.
        const extractor = await openPdfImageExtractor(bytes, { maxImagePixels: limits.maxImagePixels });
        const images = extractor?.pageCount === pdf.pageCount ? extractor : null;
        for (let pageIndex = 0; pageIndex < pdf.pageCount; pageIndex++) {
          const embedded = images && (await images.extractPage(pageIndex));
          if (embedded && embedded.width >= MIN_PAGE_SIDE_PX && embedded.height >= MIN_PAGE_SIDE_PX) {
            yield { pageIndex, ...embedded, source: 'embedded-image' as const };
            continue;
          }
          const page = await asBadInput(() => pdf.renderPage(pageIndex, limits.rasterDpi), pageIndex);
          yield {
            pageIndex,
            png: page.png,
            width: page.width,
            height: page.height,
            dpi: page.dpi,
            source: 'rendered' as const,
          };
        }
      } finally {
        await pdf.close();
      }
    },
  };
}

async function splitImage(
  bytes: Uint8Array,
  mediaType: 'image/tiff' | 'image/png' | 'image/jpeg',
  limits: SplitLimits,
): Promise<SplitFile> {
  // metadata() reads the header only: a decompression bomb is refused before any pixel is decoded.
  // limitInputPixels is off here so that our own limit can name the claimed size.
  const metadata = await asBadInput(() => sharp(bytes, { limitInputPixels: false }).metadata());
  const pageCount = metadata.pages ?? 1;
  if (pageCount > limits.maxPagesPerFile) {
    throw new BadInputError(
      `the image has ${pageCount} pages, over the ${limits.maxPagesPerFile}-page limit`,
    );
  }
  return {
    mediaType,
    pageCount,
    async *pages() {
      for (let pageIndex = 0; pageIndex < pageCount; pageIndex++) {
        const frame = pageCount > 1 ? { page: pageIndex } : {};
        const pageMeta =
          pageIndex === 0
            ? metadata
            : await asBadInput(
                () => sharp(bytes, { ...frame, limitInputPixels: false }).metadata(),
                pageIndex,
              );
        const width = pageMeta.width;
        const height = pageMeta.height;
        checkDimensions(width, height, limits, pageCount > 1 ? pageIndex : null);
        const png = await asBadInput(
          () =>
            sharp(bytes, { ...frame, limitInputPixels: limits.maxImagePixels, failOn: 'error' })
              .rotate() // honour EXIF orientation from phone and camera captures
              .toColourspace('b-w')
              .png({ compressionLevel: 6 })
              .toBuffer(),
          pageIndex,
        );
        const dpi = pageMeta.density && pageMeta.density >= 50 ? Math.round(pageMeta.density) : ASSUMED_DPI;
        const rotated = (pageMeta.orientation ?? 1) >= 5; // EXIF 5–8 swap width and height
        yield { pageIndex, png, width: rotated ? height : width, height: rotated ? width : height, dpi };
      }
    },
  };
}

function checkDimensions(width: number, height: number, limits: SplitLimits, pageIndex: number | null): void {
  const where = pageIndex === null ? 'the image' : `page ${pageIndex + 1}`;
  if (width * height > limits.maxImagePixels) {
    throw new BadInputError(
      `${where} claims ${width}×${height} pixels, over the ${Math.round(limits.maxImagePixels / 1e6)}-megapixel limit (possible decompression bomb)`,
    );
  }
  if (width < MIN_PAGE_SIDE_PX || height < MIN_PAGE_SIDE_PX) {
    throw new BadInputError(`${where} is ${width}×${height} pixels, too small to be a scanned page`);
  }
}

/** Decoder failures on a file's own bytes are deterministic: they are bad input, not retryable. */
async function asBadInput<T>(work: () => Promise<T>, pageIndex?: number): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    const where = pageIndex === undefined ? '' : ` (page ${pageIndex + 1})`;
    if (error instanceof PdfInputError) throw new BadInputError(`${error.message}${where}`, { cause: error });
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BadInputError(`the file cannot be decoded${where}: ${detail}`, { cause: error });
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
