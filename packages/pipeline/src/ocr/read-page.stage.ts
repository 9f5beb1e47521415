import { batchKeys, type BlobStore, type OcrEngine, type PageText } from '@chartroom/domain';

/** Reads one page's text and stores it beside the page image; skips pages already read. */
export async function readPage(
  batchId: string,
  pageId: string,
  imageKey: string,
  deps: { blobs: BlobStore; ocr: OcrEngine },
): Promise<{ skipped: boolean }> {
  const textKey = batchKeys.pageText(batchId, pageId);
  if (await deps.blobs.exists(textKey)) return { skipped: true };
  const image = await deps.blobs.get(imageKey);
  const text: PageText = await deps.ocr.recognize(image);
  await deps.blobs.put(textKey, JSON.stringify(text), 'application/json');
  return { skipped: false };
}

export async function loadPageText(
  blobs: BlobStore,
  batchId: string,
  pageId: string,
): Promise<PageText | null> {
  const bytes = await blobs.getIfExists(batchKeys.pageText(batchId, pageId));
  return bytes ? (JSON.parse(bytes.toString('utf8')) as PageText) : null;
}
