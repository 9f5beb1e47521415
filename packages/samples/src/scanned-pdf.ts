import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

export interface ScannedPdfOptions {
  /** Scan resolution: sets the page size from the pixel size. Defaults to each PNG's density, else 300. */
  dpi?: number;
  /** Default 75, a typical scanner setting. */
  jpegQuality?: number;
}

/**
 * A PDF as a scanner writes it: each page holds exactly one grayscale JPEG covering the whole page,
 * and the page size is the image's pixel size at the scan resolution. No text layer.
 */
export async function scannedPdf(pages: Buffer[], options: ScannedPdfOptions = {}): Promise<Buffer> {
  if (pages.length === 0) throw new RangeError('a PDF needs at least one page');
  const doc = await PDFDocument.create();
  // Fixed dates keep the bytes identical from run to run.
  const epoch = new Date('2024-01-01T00:00:00Z');
  doc.setCreationDate(epoch);
  doc.setModificationDate(epoch);
  doc.setProducer('Chartroom samples (synthetic scan)');

  for (const png of pages) {
    const { density } = await sharp(png).metadata();
    const dpi = options.dpi ?? density ?? 300;
    const jpeg = await sharp(png)
      .toColourspace('b-w')
      .withDensity(dpi)
      .jpeg({ quality: options.jpegQuality ?? 75 })
      .toBuffer({ resolveWithObject: true });
    const image = await doc.embedJpg(jpeg.data);
    const width = (jpeg.info.width / dpi) * 72;
    const height = (jpeg.info.height / dpi) * 72;
    doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  // Scanners write a classic cross-reference table rather than object streams.
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
