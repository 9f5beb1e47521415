import type {
  AuditLog,
  ElasticDocumentIndex,
  ElasticPatientIndex,
  JobQueues,
  S3BlobStore,
} from '@chartroom/adapters';
import type { DocumentTypes } from '@chartroom/domain';
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@chartroom/logger';
import type { Redis } from 'ioredis';

export interface ApiContext {
  log: Logger;
  blobs: S3BlobStore;
  documents: ElasticDocumentIndex;
  patients: ElasticPatientIndex;
  types: DocumentTypes;
  audit: AuditLog;
  queues: JobQueues;
  elastic: Client;
  redis: Redis;
}
