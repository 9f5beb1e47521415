import type { Handlers } from '../context.ts';
import { batchIntake } from './batch-intake.handler.ts';
import { batchSegment } from './batch-segment.handler.ts';
import { batchSummarise } from './batch-summarise.handler.ts';
import { documentFile } from './document-file.handler.ts';
import { inboxScan } from './inbox-scan.handler.ts';
import { pageOcr } from './page-ocr.handler.ts';

export const handlers: Handlers = {
  InboxScan: inboxScan,
  BatchIntake: batchIntake,
  PageOcr: pageOcr,
  BatchSegment: batchSegment,
  DocumentFile: documentFile,
  BatchSummarise: batchSummarise,
};
