import type { BlobStore } from '@chartroom/domain';
import { loadBatchRecord, readPage } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

/** Prepares a page's image and reads its barcodes and text. */
export const pageOcr: Handler<'PageOcr'> = async (
  { data },
  { blobs, ocr, barcodes, barcodeRules, clean },
) => {
  if (!ocr || !barcodes) throw new Error('this worker has no OCR pool; give it the "ocr" role');
  const dpi = data.dpi ?? (await pageDpiFromRecord(blobs, data.batchId, data.pageId));
  await readPage(data.batchId, data.pageId, data.imageKey, dpi, {
    blobs,
    ocr,
    barcodes,
    barcodeRules,
    clean,
  });
  return { pageId: data.pageId };
};

/** The page's resolution as intake recorded it. */
async function pageDpiFromRecord(blobs: BlobStore, batchId: string, pageId: string): Promise<number> {
  const record = await loadBatchRecord(blobs, batchId);
  for (const file of record.files) {
    if (file.status !== 'split') continue;
    const page = file.pages.find((candidate) => candidate.pageId === pageId);
    if (page) return page.dpi;
  }
  throw new Error(`page/${pageId} is not in the record of batch/${batchId}`);
}
