import {
  batchKeys,
  type BarcodeReader,
  type BlobStore,
  type InterpretedBarcode,
  type OcrEngine,
  type PageText,
} from '@chartroom/domain';
import { interpretBarcode, type BarcodeRules } from '../barcodes/interpret-barcode.ts';

export interface ReadPageDeps {
  blobs: BlobStore;
  ocr: OcrEngine;
  barcodes: BarcodeReader;
  barcodeRules: BarcodeRules;
}

/**
 * Reads one page: its text (OCR) and its barcodes, each stored beside the page image. Each part
 * is skipped when already stored, so a retry only redoes what is missing.
 */
export async function readPage(
  batchId: string,
  pageId: string,
  imageKey: string,
  deps: ReadPageDeps,
): Promise<void> {
  const textKey = batchKeys.pageText(batchId, pageId);
  const barcodesKey = batchKeys.pageBarcodes(batchId, pageId);
  const [hasText, hasBarcodes] = await Promise.all([
    deps.blobs.exists(textKey),
    deps.blobs.exists(barcodesKey),
  ]);
  if (hasText && hasBarcodes) return;
  const image = await deps.blobs.get(imageKey);
  // Both readers run off the event loop (OCR pool, barcode thread), so a page's two reads overlap.
  await Promise.all([
    hasBarcodes
      ? null
      : deps.barcodes.read(image).then((found) => {
          const interpreted = found.map((barcode) => interpretBarcode(barcode, deps.barcodeRules));
          return deps.blobs.put(barcodesKey, JSON.stringify(interpreted), 'application/json');
        }),
    hasText
      ? null
      : deps.ocr
          .recognize(image)
          .then((text: PageText) => deps.blobs.put(textKey, JSON.stringify(text), 'application/json')),
  ]);
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
