import type { AuditLog, ElasticDocumentIndex, JobQueues, S3BlobStore } from '@chartroom/adapters';
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@chartroom/logger';
import type { Redis } from 'ioredis';

export interface ApiContext {
  log: Logger;
  blobs: S3BlobStore;
  documents: ElasticDocumentIndex;
  audit: AuditLog;
  queues: JobQueues;
  elastic: Client;
  redis: Redis;
}
