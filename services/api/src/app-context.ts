import type {
  AuditLog,
  ElasticDocumentIndex,
  ElasticPatientIndex,
  JobQueues,
  S3BlobStore,
} from '@chartroom/adapters';
import type { DocumentTypes } from '@chartroom/domain';
import type { ReviewDeps } from '@chartroom/pipeline';
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@chartroom/logger';
import type { Redis } from 'ioredis';
import type { SessionStore } from './auth/sessions.ts';
import type { SignInThrottle } from './auth/sign-in-throttle.ts';
import type { UsersFile } from '@chartroom/adapters';
import type { ReviewClaims } from './review/claims.ts';

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
  users: UsersFile;
  sessions: SessionStore;
  signInThrottle: SignInThrottle;
  claims: ReviewClaims;
  /** What the review actions need: the same stages the workers file with. */
  review: ReviewDeps;
}

export interface AppOptions {
  /** Bearer token for S3 event notifications; unset disables POST /v1/inbox/events. */
  inboxWebhookToken?: string | undefined;
  /** The built web application; null serves none. */
  webDir?: string | null;
  cookieSecure?: boolean;
  sessionMaxHours?: number;
  /** Largest file a station may upload through the API (bigger batches go to S3 directly). */
  uploadMaxFileBytes?: number;
}
