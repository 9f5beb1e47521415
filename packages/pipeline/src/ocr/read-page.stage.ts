import {
  batchKeys,
  type BarcodeReader,
  type BlobStore,
  type InterpretedBarcode,
  type OcrEngine,
  type PageText,
} from '@chartroom/domain';
import { interpretBarcode, type BarcodeRules } from '../barcodes/interpret-barcode.ts';
import type { CleanOptions } from '../clean/clean-page.ts';
import { readPageImage } from './read-page-image.ts';

export interface ReadPageDeps {
  blobs: BlobStore;
  ocr: OcrEngine;
  barcodes: BarcodeReader;
  barcodeRules: BarcodeRules;
  clean: CleanOptions;
}

/**
 * Reads one page: prepares its image (orientation, deskew, blank detection, resolution), then reads
 * its barcodes and text, and stores the prepared image, the text and the barcodes beside the
 * original page image (which is kept as it was). A retry after all three are stored does nothing.
 */
export async function readPage(
  batchId: string,
  pageId: string,
  imageKey: string,
  dpi: number,
  deps: ReadPageDeps,
): Promise<PageText> {
  const textKey = batchKeys.pageText(batchId, pageId);
  const barcodesKey = batchKeys.pageBarcodes(batchId, pageId);
  const [storedText, hasBarcodes] = await Promise.all([
    deps.blobs.getIfExists(textKey),
    deps.blobs.exists(barcodesKey),
  ]);
  if (storedText && hasBarcodes) return JSON.parse(storedText.toString('utf8')) as PageText;

  const reading = await readPageImage(await deps.blobs.get(imageKey), dpi, deps);
  const interpreted = reading.barcodes.map((barcode) => interpretBarcode(barcode, deps.barcodeRules));
  // The image first: a stored text always has the image its word boxes refer to.
  await deps.blobs.put(batchKeys.pageReadImage(batchId, pageId), reading.image, 'image/png');
  await Promise.all([
    deps.blobs.put(barcodesKey, JSON.stringify(interpreted), 'application/json'),
    deps.blobs.put(textKey, JSON.stringify(reading.text), 'application/json'),
  ]);
  return reading.text;
}

export async function loadPageText(
  blobs: BlobStore,
  batchId: string,
  pageId: string,
): Promise<PageText | null> {
  const bytes = await blobs.getIfExists(batchKeys.pageText(batchId, pageId));
  return bytes ? (JSON.parse(bytes.toString('utf8')) as PageText) : null;
}

export async function loadPageBarcodes(
  blobs: BlobStore,
  batchId: string,
  pageId: string,
): Promise<InterpretedBarcode[]> {
  const bytes = await blobs.getIfExists(batchKeys.pageBarcodes(batchId, pageId));
  return bytes ? (JSON.parse(bytes.toString('utf8')) as InterpretedBarcode[]) : [];
}
