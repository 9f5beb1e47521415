import { BATCH_ID_PATTERN, BATCH_NAME_PATTERN, STATION_ID_PATTERN } from '@chartroom/domain';
import { z } from 'zod';

// Every job's payload, declared once and shared by producers and workers.
// Payloads carry ids and object keys only: never patient data (names, MRNs, dates, text).

const batchId = z.string().regex(BATCH_ID_PATTERN);
const objectKey = z.string().min(1).max(1024);

export const jobSchemas = {
  /** Periodic: look for completed batches in the inbox. */
  InboxScan: z.object({}).strict(),
  /** Take one completed inbox batch: keep originals, detect types, split into pages. */
  BatchIntake: z
    .object({
      station: z.string().regex(STATION_ID_PATTERN),
      batchName: z.string().regex(BATCH_NAME_PATTERN),
    })
    .strict(),
  /**
   * Prepare one page's image and read its barcodes and text; dpi is the page image's resolution
   * (absent in jobs enqueued before the page stage: the batch record has it).
   */
  PageOcr: z
    .object({
      batchId,
      pageId: z.string().regex(/^f\d{3}-p\d{4}$/),
      imageKey: objectKey,
      dpi: z.number().int().min(50).max(1200).optional(),
    })
    .strict(),
  /** When every page is read: cut the batch into documents. */
  BatchSegment: z.object({ batchId }).strict(),
  /** Identify one document's patient, then file it or send it to review. */
  DocumentFile: z.object({ batchId, documentId: z.string().regex(/^[A-Za-z0-9_-]+-d\d{3}$/) }).strict(),
  /** When every document is decided: write the batch summary. */
  BatchSummarise: z.object({ batchId }).strict(),
} as const;

export type JobName = keyof typeof jobSchemas;
export const JOB_NAMES = Object.keys(jobSchemas) as JobName[];
export type JobPayload<N extends JobName> = z.infer<(typeof jobSchemas)[N]>;

/** A job as a handler sees it: its name and its validated payload. */
export interface JobOf<N extends JobName> {
  name: N;
  data: JobPayload<N>;
}

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobSchemas, name);
}

/** Validates a payload; a bad payload is a programming error and must not be retried. */
export function parsePayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  return jobSchemas[name].parse(data) as JobPayload<N>;
}
