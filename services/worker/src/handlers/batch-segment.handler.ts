import { planDocuments } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

/** PageOcr child job ids end with the page id: `PageOcr-<batchId>-<pageId>`. */
const pageIdOfChild = (jobKey: string) => /(f\d{3}-p\d{4})$/.exec(jobKey)?.[1];

export const batchSegment: Handler<'BatchSegment'> = async (
  { data },
  { blobs, log, patterns, match },
  control,
) => {
  const failures = new Map<string, string>();
  for (const [jobKey, reason] of await control.ignoredChildFailures()) {
    const pageId = pageIdOfChild(jobKey);
    if (pageId) failures.set(pageId, reason);
  }
  const segmentation = await planDocuments(data.batchId, failures, {
    blobs,
    patterns,
    minConfidence: match.minConfidence,
  });
  log.info(
    {
      batch: data.batchId,
      documents: segmentation.documents.length,
      separators: segmentation.separatorPages.length,
      blankPages: segmentation.blankPages.length,
    },
    'batch segmented',
  );
  if (segmentation.quarantinedPages.length > 0) {
    log.warn(
      { batch: data.batchId, pages: segmentation.quarantinedPages.length },
      'unreadable pages quarantined',
    );
  }
  return { batchId: data.batchId, documentIds: segmentation.documents.map((doc) => doc.documentId) };
};
