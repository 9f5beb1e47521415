import { intakeBatch } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

export const batchIntake: Handler<'BatchIntake'> = async ({ data }, { blobs, limits, log, now }) => {
  const record = await intakeBatch(data.station, data.batchName, { blobs, limits, now });
  const pages = record.files.flatMap((file) =>
    file.status === 'split'
      ? file.pages.map((page) => ({ pageId: page.pageId, imageKey: page.imageKey, dpi: page.dpi }))
      : [],
  );
  for (const file of record.files) {
    if (file.status === 'quarantined') {
      log.warn({ batch: record.batchId, fileIndex: file.fileIndex, reason: file.reason }, 'file quarantined');
    }
  }
  log.info({ batch: record.batchId, files: record.files.length, pages: pages.length }, 'batch taken in');
  return { batchId: record.batchId, pages };
};
