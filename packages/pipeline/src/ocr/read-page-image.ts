import type { BarcodeReader, OcrEngine, PageBarcode, PageText } from '@chartroom/domain';
import sharp from 'sharp';
import { cleanPage, type CleanOptions } from '../clean/clean-page.ts';

/** What the page stage makes of one page image. */
export interface PageImageReading {
  /** Text and words of the prepared image, with what was done to prepare it. */
  text: PageText;
  /** The image as read (upright, deskewed, at the OCR resolution): word and barcode boxes refer to it. */
  image: Buffer;
  barcodes: PageBarcode[];
  timings: { cleanMs: number; barcodesMs: number; ocrMs: number };
}

/** Stands in for an OCR result on a page that was not read because it is blank. */
const NOT_READ = { name: 'none (blank page)', version: '0', languages: [] };

/**
 * The page stage on one page: clean-up (orientation, deskew, blank detection, resolution; each
 * switchable), then barcodes and OCR on the prepared image, at the same time. A page that looks
 * blank but carries a barcode (a separator sheet) is not blank; a blank page is not OCRed.
 */
export async function readPageImage(
  png: Buffer,
  dpi: number,
  deps: { ocr: OcrEngine; barcodes: BarcodeReader | null; clean: CleanOptions },
): Promise<PageImageReading> {
  const cleanStarted = performance.now();
  const cleaned = await cleanPage(png, dpi, deps.clean);
  const { width = 0, height = 0 } = await sharp(cleaned.png).metadata();
  const cleanMs = performance.now() - cleanStarted;

  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work();
    return [result, performance.now() - started];
  };
  const [[barcodes, barcodesMs], [ocrText, ocrMs]] = await Promise.all([
    timed(async () => (deps.barcodes ? deps.barcodes.read(cleaned.png) : [])),
    cleaned.blank
      ? Promise.resolve<[PageText | null, number]>([null, 0])
      : timed<PageText | null>(() => deps.ocr.recognize(cleaned.png)),
  ]);
  const blank = cleaned.blank && barcodes.length === 0;
  // A "blank" page with a barcode on it is a separator or label sheet: read it after all.
  const [text, lateOcrMs] =
    ocrText === null && !blank ? await timed(() => deps.ocr.recognize(cleaned.png)) : [ocrText, 0];
  const preparation = {
    rotationDeg: cleaned.rotationDeg,
    skewDeg: cleaned.skewDeg,
    blank,
    width,
    height,
    dpi: cleaned.dpi,
  };
  return {
    text: text
      ? { ...text, preparation }
      : { text: '', meanConfidence: 0, words: [], engine: NOT_READ, preparation },
    image: cleaned.png,
    barcodes,
    timings: { cleanMs, barcodesMs, ocrMs: ocrMs + lateOcrMs },
  };
}
