import { readPage } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

export const pageOcr: Handler<'PageOcr'> = async ({ data }, { blobs, ocr }) => {
  if (!ocr) throw new Error('this worker has no OCR pool; give it the "ocr" role');
  await readPage(data.batchId, data.pageId, data.imageKey, { blobs, ocr });
  return { pageId: data.pageId };
};
