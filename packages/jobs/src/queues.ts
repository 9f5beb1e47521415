import type { JobName, JobPayload } from './job-schemas.ts';

/** One queue per stage, so each can be scaled by giving it its own worker processes. */
export const QUEUES = {
  intake: 'batch-intake',
  ocr: 'page-ocr',
  segment: 'batch-segment',
  file: 'document-file',
  summarise: 'batch-summarise',
} as const;

export type QueueRole = keyof typeof QUEUES;
export type QueueName = (typeof QUEUES)[QueueRole];

export const queueOfJob: { [N in JobName]: QueueName } = {
  InboxScan: QUEUES.intake,
  BatchIntake: QUEUES.intake,
  PageOcr: QUEUES.ocr,
  BatchSegment: QUEUES.segment,
  DocumentFile: QUEUES.file,
  BatchSummarise: QUEUES.summarise,
};

/**
 * Deterministic job ids make enqueueing idempotent: adding a job whose id exists is a no-op.
 * BullMQ forbids ':' in custom ids; the parts below never contain one.
 */
export const jobIdOf: { [N in JobName]: (data: JobPayload<N>) => string } = {
  InboxScan: () => 'InboxScan',
  BatchIntake: (data) => `BatchIntake-${data.station}_${data.batchName}`,
  PageOcr: (data) => `PageOcr-${data.batchId}-${data.pageId}`,
  BatchSegment: (data) => `BatchSegment-${data.batchId}`,
  DocumentFile: (data) => `DocumentFile-${data.documentId}`,
  BatchSummarise: (data) => `BatchSummarise-${data.batchId}`,
};

export interface RetryPolicy {
  attempts: number;
  backoff: { type: 'exponential'; delay: number };
  removeOnComplete: { age: number; count: number };
  /** Failed jobs are kept for people to see; an operator removes them. */
  removeOnFail: false;
}

export function retryPolicy(attempts: number): RetryPolicy {
  return {
    attempts,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
    removeOnFail: false,
  };
}
