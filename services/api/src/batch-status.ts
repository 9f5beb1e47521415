import { batchKeys, inboxKeys, type BatchSummary, type BlobStore } from '@chartroom/domain';
import { jobIdOf, queueOfJob, type JobName } from '@chartroom/jobs';
import type { JobQueues } from '@chartroom/adapters';
import { loadBatchSummary } from '@chartroom/pipeline';

export interface BatchStatus {
  batchId: string;
  state: 'waiting' | 'processing' | 'complete' | 'failed' | 'unknown';
  pages: number | null;
  pagesRead: number | null;
  summary: BatchSummary | null;
  /** Set when a batch-level job failed for good; an operator must look. */
  failure: string | null;
}

/** Where a batch is, from the record in S3 and, for failures, the queue. */
export async function batchStatus(
  batchId: string,
  blobs: BlobStore,
  queues: JobQueues,
): Promise<BatchStatus> {
  const base = { batchId, pages: null, pagesRead: null, summary: null, failure: null };
  const summary = await loadBatchSummary(blobs, batchId);
  if (summary) return { ...base, state: 'complete', pages: summary.pages, pagesRead: summary.pages, summary };

  const failure = await batchFailure(batchId, queues);
  const record = await blobs.getIfExists(batchKeys.record(batchId));
  if (record) {
    const objects = await blobs.list(`batches/${batchId}/pages/`);
    const pages = objects.filter((object) => object.key.endsWith('.png')).length;
    const pagesRead = objects.filter((object) => object.key.endsWith('.ocr.json')).length;
    return { ...base, state: failure ? 'failed' : 'processing', pages, pagesRead, failure };
  }
  const [station = '', batchName = ''] = batchId.split('_');
  if (await blobs.exists(inboxKeys.completionMarker(station, batchName))) {
    return { ...base, state: failure ? 'failed' : 'waiting', failure };
  }
  return { ...base, state: 'unknown' };
}

const BATCH_LEVEL_JOBS: JobName[] = ['BatchIntake', 'BatchSegment', 'BatchSummarise'];

async function batchFailure(batchId: string, queues: JobQueues): Promise<string | null> {
  const [station = '', batchName = ''] = batchId.split('_');
  for (const name of BATCH_LEVEL_JOBS) {
    const jobId =
      name === 'BatchIntake'
        ? jobIdOf.BatchIntake({ station, batchName })
        : jobIdOf[name as 'BatchSegment']({ batchId });
    const job = await queues.queue(queueOfJob[name]).getJob(jobId);
    if (job && (await job.isFailed()) && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      return `${name} failed: ${job.failedReason}`;
    }
  }
  return null;
}
