import { readPage } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

/** Reads a page's text and barcodes (one image load, two readers). */
export const pageOcr: Handler<'PageOcr'> = async ({ data }, { blobs, ocr, barcodes, barcodeRules }) => {
  if (!ocr || !barcodes) throw new Error('this worker has no OCR pool; give it the "ocr" role');
  await readPage(data.batchId, data.pageId, data.imageKey, { blobs, ocr, barcodes, barcodeRules });
  return { pageId: data.pageId };
};
