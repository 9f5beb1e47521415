import {
  barcodeRulesFromConfig,
  blobStoreFromConfig,
  cleanOptionsFromConfig,
  createRedis,
  documentTypesFromConfig,
  ElasticDocumentIndex,
  elasticFromConfig,
  ElasticPatientIndex,
  ensureIndices,
  JobQueues,
  matchOptionsFromConfig,
  splitLimitsFromConfig,
  TesseractOcrEngine,
  ZxingBarcodeReader,
} from '@chartroom/adapters';
import type { Config, WorkerRole } from '@chartroom/config';
import { QUEUES } from '@chartroom/jobs';
import type { Logger } from '@chartroom/logger';
import { CurrentModelCache, identifierPatterns, installDefaultModel } from '@chartroom/pipeline';
import { trainShippedModel } from '@chartroom/samples';
import { Worker } from 'bullmq';
import type { WorkerContext } from './context.ts';
import { handlers } from './handlers/index.ts';
import { processJob } from './process-job.ts';

/** How many jobs of each queue one process runs at once. OCR follows the pool size. */
const CONCURRENCY: Record<Exclude<WorkerRole, 'ocr'>, number> = {
  intake: 1,
  segment: 2,
  file: 4,
  summarise: 2,
};

export interface RunningWorker {
  stop(): Promise<void>;
}

/** Connects the ports, starts one BullMQ worker per role, and returns how to stop them in order. */
export async function startWorker(config: Config, log: Logger): Promise<RunningWorker> {
  const blobs = blobStoreFromConfig(config);
  await blobs.ensureBucket();
  const elastic = elasticFromConfig(config);
  await ensureIndices(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
  // A fresh installation classifies with the shipped model until the hospital trains its own; it is
  // trained here once (≈ 10 s), the first time a worker finds no model in the store.
  const types = documentTypesFromConfig(config);
  const installed = await installDefaultModel(blobs, () => trainShippedModel(types), new Date());
  if (installed) log.info({ model: installed.version }, 'shipped classifier model trained and installed');
  const models = new CurrentModelCache(blobs);

  const roles = config.CHARTROOM_WORKER_ROLES;
  const ocr = roles.includes('ocr')
    ? await TesseractOcrEngine.start({
        languages: config.CHARTROOM_OCR_LANGUAGES,
        workers: config.CHARTROOM_OCR_WORKERS,
      })
    : null;
  const barcodes = roles.includes('ocr') ? await ZxingBarcodeReader.start() : null;

  const producer = createRedis(config.CHARTROOM_REDIS_URL, 'worker');
  const queues = new JobQueues(producer, config.CHARTROOM_QUEUE_PREFIX, config.CHARTROOM_JOB_ATTEMPTS);
  const context: WorkerContext = {
    config,
    log,
    blobs,
    documents: new ElasticDocumentIndex(elastic, config.CHARTROOM_ES_INDEX_PREFIX),
    patients: new ElasticPatientIndex(elastic, config.CHARTROOM_ES_INDEX_PREFIX),
    ocr,
    barcodes,
    barcodeRules: barcodeRulesFromConfig(config),
    match: matchOptionsFromConfig(config),
    classify: {
      types,
      model: () => models.get(),
      minConfidence: config.CHARTROOM_CLASSIFY_MIN_CONFIDENCE ?? null,
    },
    queues,
    limits: splitLimitsFromConfig(config),
    clean: cleanOptionsFromConfig(config),
    patterns: identifierPatterns(config.CHARTROOM_MRN_PATTERN),
    now: () => new Date(),
  };

  const connections = [producer];
  const workers = roles.map((role) => {
    const connection = createRedis(config.CHARTROOM_REDIS_URL, 'worker');
    connections.push(connection);
    const worker = new Worker(QUEUES[role], (job) => processJob(job, handlers, context), {
      connection,
      prefix: config.CHARTROOM_QUEUE_PREFIX,
      concurrency: role === 'ocr' ? (ocr?.size ?? 1) : CONCURRENCY[role],
    });
    worker.on('failed', (job, error) => {
      log.error(
        {
          job: job?.id,
          queue: QUEUES[role],
          attempt: job?.attemptsMade,
          final: job ? job.attemptsMade >= (job.opts.attempts ?? 1) : true,
          reason: error.message,
        },
        'job failed',
      );
    });
    worker.on('error', (error) => log.error({ err: error, queue: QUEUES[role] }, 'worker error'));
    return worker;
  });
  if (roles.includes('intake')) await queues.scheduleInboxScan(config.CHARTROOM_INBOX_POLL_MS);
  log.info({ roles, ocrWorkers: ocr?.size ?? 0, prefix: config.CHARTROOM_QUEUE_PREFIX }, 'worker started');

  return {
    // Order matters: stop taking jobs and finish the current ones, then queues, then Redis.
    async stop() {
      await Promise.all(workers.map((worker) => worker.close()));
      await queues.close();
      await ocr?.stop();
      await barcodes?.stop();
      await elastic.close();
      blobs.client.destroy();
      for (const connection of connections) connection.disconnect();
      log.info('worker stopped');
    },
  };
}
