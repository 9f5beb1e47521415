import { completeBatch } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

export const batchSummarise: Handler<'BatchSummarise'> = async ({ data }, { blobs, log, now }) => {
  const summary = await completeBatch(data.batchId, { blobs, now });
  log.info(
    {
      batch: data.batchId,
      pages: summary.pages,
      filed: summary.documents.filter((doc) => doc.status === 'filed').length,
      review: summary.documents.filter((doc) => doc.status === 'review').length,
      quarantined: summary.quarantined.length,
    },
    'batch complete',
  );
  return { batchId: data.batchId };
};
