import { readPage } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

/** Prepares a page's image and reads its barcodes and text. */
export const pageOcr: Handler<'PageOcr'> = async (
  { data },
  { blobs, ocr, barcodes, barcodeRules, clean },
) => {
  if (!ocr || !barcodes) throw new Error('this worker has no OCR pool; give it the "ocr" role');
  await readPage(data.batchId, data.pageId, data.imageKey, data.dpi, {
    blobs,
    ocr,
    barcodes,
    barcodeRules,
    clean,
  });
  return { pageId: data.pageId };
};
