import { randomBytes } from 'node:crypto';
import { createRedis, JobQueues } from '@chartroom/adapters';
import { loadConfig } from '@chartroom/config';
import { BadInputError } from '@chartroom/domain';
import { QUEUES } from '@chartroom/jobs';
import { createLogger } from '@chartroom/logger';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers, WorkerContext } from './context.ts';
import { handlers as realHandlers } from './handlers/index.ts';
import { processJob } from './process-job.ts';

// The glue's error policy on real Redis and BullMQ: bad input fails at once with its reason
// stored, transient errors are retried with backoff, and a page that fails for good does not
// strand its batch (the parent runs and learns why).

const prefix = `it-${randomBytes(4).toString('hex')}`;
const batchId = 'ward-1_b1';
let redis: Redis;
let queues: JobQueues;
const workers: Worker[] = [];
const calls: string[] = [];
let segmentSawFailures: Map<string, string> | null = null;

const handlers: Handlers = {
  ...realHandlers,
  PageOcr: async ({ data }) => {
    calls.push(data.pageId);
    if (data.pageId === 'f000-p0001') throw new BadInputError('the page image cannot be decoded');
    if (data.pageId === 'f000-p0002' && calls.filter((id) => id === data.pageId).length < 3) {
      throw new Error('connection reset by S3');
    }
    return Promise.resolve({ pageId: data.pageId });
  },
  BatchSegment: async ({ data }, _context, control) => {
    segmentSawFailures = await control.ignoredChildFailures();
    return { batchId: data.batchId, documentIds: [] };
  },
  BatchSummarise: async ({ data }) => Promise.resolve({ batchId: data.batchId }),
};

function startWorker(queueName: string, context: WorkerContext) {
  const worker = new Worker(queueName, (job: Job) => processJob(job, handlers, context), {
    connection: createRedis(loadConfig().CHARTROOM_REDIS_URL, 'worker'),
    prefix,
    concurrency: 2,
  });
  workers.push(worker);
}

describe('processJob on BullMQ', () => {
  beforeAll(() => {
    redis = createRedis(loadConfig().CHARTROOM_REDIS_URL, 'worker');
    queues = new JobQueues(redis, prefix, 3);
    const context = {
      queues,
      log: createLogger({ name: 'test', level: 'silent' }),
    } as unknown as WorkerContext;
    for (const queue of [QUEUES.ocr, QUEUES.segment, QUEUES.summarise]) startWorker(queue, context);
  });

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    for (const queue of queues.queues.values()) await queue.obliterate({ force: true });
    await queues.close();
    redis.disconnect();
  });

  it('fails bad input at once, retries transient errors, and lets the batch go on', async () => {
    const pages = ['f000-p0000', 'f000-p0001', 'f000-p0002'].map((pageId) => ({
      pageId,
      imageKey: `k/${pageId}`,
      dpi: 300,
    }));
    await queues.enqueue([
      {
        name: 'BatchSegment',
        data: { batchId },
        children: pages.map((page) => ({ name: 'PageOcr', data: { batchId, ...page } })),
      },
    ]);
    const segment = queues.queue(QUEUES.segment);
    const deadline = Date.now() + 60_000;
    while (!(await (await segment.getJob(`BatchSegment-${batchId}`))?.isCompleted())) {
      if (Date.now() > deadline) throw new Error('the parent job never ran');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const ocr = queues.queue(QUEUES.ocr);
    const bad = await ocr.getJob(`PageOcr-${batchId}-f000-p0001`);
    expect(await bad?.isFailed()).toBe(true);
    expect(bad?.attemptsMade).toBe(1); // unrecoverable: never retried
    expect(bad?.failedReason).toBe('the page image cannot be decoded');
    expect(calls.filter((id) => id === 'f000-p0001')).toHaveLength(1);

    const flaky = await ocr.getJob(`PageOcr-${batchId}-f000-p0002`);
    expect(await flaky?.isCompleted()).toBe(true);
    expect(calls.filter((id) => id === 'f000-p0002')).toHaveLength(3);

    expect([...(segmentSawFailures?.values() ?? [])]).toEqual(['the page image cannot be decoded']);
    expect([...(segmentSawFailures?.keys() ?? [])][0]).toMatch(/f000-p0001$/);
    // The follow-up of the segment job was enqueued by nextJobs.
    expect(await queues.queue(QUEUES.summarise).getJob(`BatchSummarise-${batchId}`)).toBeDefined();
  });

  it('refuses a payload that does not match its schema without retrying', async () => {
    const ocr = queues.queue(QUEUES.ocr);
    await ocr.add(
      'PageOcr',
      { batchId, pageId: 'nonsense', imageKey: 'k', dpi: 300 },
      { jobId: 'bad-payload', attempts: 3 },
    );
    const deadline = Date.now() + 30_000;
    let job = await ocr.getJob('bad-payload');
    while (!(await job?.isFailed())) {
      if (Date.now() > deadline) throw new Error('the job never failed');
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = await ocr.getJob('bad-payload');
    }
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toBe('invalid PageOcr payload: pageId');
  });
});
