import type { ElasticDocumentIndex, ElasticPatientIndex, JobQueues, S3BlobStore } from '@chartroom/adapters';
import type { Config } from '@chartroom/config';
import type { BarcodeReader, OcrEngine } from '@chartroom/domain';
import type { JobName, JobOf, JobOutcomes } from '@chartroom/jobs';
import type { Logger } from '@chartroom/logger';
import type {
  BarcodeRules,
  CleanOptions,
  FileDocumentDeps,
  IdentifierPatterns,
  MatchOptions,
  SplitLimits,
} from '@chartroom/pipeline';

/** What handlers get: the ports, already connected. */
export interface WorkerContext {
  config: Config;
  log: Logger;
  blobs: S3BlobStore;
  documents: ElasticDocumentIndex;
  patients: ElasticPatientIndex;
  /** Present only in processes that serve the OCR queue (which reads text and barcodes). */
  ocr: OcrEngine | null;
  barcodes: BarcodeReader | null;
  barcodeRules: BarcodeRules;
  match: MatchOptions;
  /** Document types, the current text model (re-read from S3 as it changes) and the threshold. */
  classify: FileDocumentDeps['classify'];
  queues: JobQueues;
  limits: SplitLimits;
  clean: CleanOptions;
  patterns: IdentifierPatterns;
  now: () => Date;
}

/** What a handler may ask of the queue about its own job. */
export interface JobControl {
  /** For a parent job: why children failed for good, by child job id. */
  ignoredChildFailures(): Promise<Map<string, string>>;
}

/** A handler loads state by id, calls a stage, saves, and returns the outcome nextJobs needs. */
export type Handler<N extends JobName> = (
  job: JobOf<N>,
  context: WorkerContext,
  control: JobControl,
) => Promise<JobOutcomes[N]>;

/** Every job has a handler, or this does not compile. */
export type Handlers = { [N in JobName]: Handler<N> };
