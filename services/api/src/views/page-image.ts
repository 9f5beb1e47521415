import { batchKeys, type BlobStore, type DocumentFiling, type PageText } from '@chartroom/domain';
import { loadPageText } from '@chartroom/pipeline';
import sharp from 'sharp';

/** A page of a filing: the image clerks and clinicians see is the one OCR read (word boxes refer to it). */
export async function pageImageOf(
  blobs: BlobStore,
  filing: DocumentFiling,
  page: number,
): Promise<Buffer | null> {
  const ref = filing.pages[page - 1];
  if (!ref) return null;
  return (
    (await blobs.getIfExists(batchKeys.pageReadImage(filing.batchId, ref.pageId))) ??
    (await blobs.getIfExists(batchKeys.pageImage(filing.batchId, ref.pageId)))
  );
}

export interface PageFacts {
  page: number;
  pageId: string;
  text: PageText | null;
  width: number;
  height: number;
}

/** Each page's OCR result and image size (from the page stage's record, else from the image). */
export async function pageFactsOf(blobs: BlobStore, filing: DocumentFiling): Promise<PageFacts[]> {
  return Promise.all(
    filing.pages.map(async (ref, index) => {
      const text = await loadPageText(blobs, filing.batchId, ref.pageId);
      let width = text?.preparation?.width ?? 0;
      let height = text?.preparation?.height ?? 0;
      if (!width || !height) {
        const image = await pageImageOf(blobs, filing, index + 1);
        const metadata = image ? await sharp(image).metadata() : null;
        width = metadata?.width ?? 0;
        height = metadata?.height ?? 0;
      }
      return { page: index + 1, pageId: ref.pageId, text, width, height };
    }),
  );
}

export const pageImageUrl = (documentId: string, page: number) =>
  `/v1/documents/${documentId}/pages/${page}/image`;
