import { findReadyBatches } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

export const inboxScan: Handler<'InboxScan'> = async (_job, { blobs, log }) => {
  const scan = await findReadyBatches(blobs);
  for (const invalid of scan.invalid) {
    log.warn({ inbox: invalid.prefix, reason: invalid.reason }, 'inbox folder ignored');
  }
  return { readyBatches: scan.ready };
};
