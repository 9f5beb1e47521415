import type { CandidateQuery, Patient } from './patient.ts';
import type { PageText } from './ocr.ts';

/** Object storage: the system of record. */
export interface BlobStore {
  put(key: string, body: Uint8Array | string, contentType?: string): Promise<void>;
  /** Writes only if the key is absent; returns false when it already existed. */
  putIfAbsent(key: string, body: Uint8Array | string, contentType?: string): Promise<boolean>;
  get(key: string): Promise<Buffer>;
  /** Returns null when the key does not exist. */
  getIfExists(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  list(prefix: string): Promise<{ key: string; size: number }[]>;
  copy(fromKey: string, toKey: string): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** The hospital's patient index, as imported into Chartroom. */
export interface PatientIndex {
  /** The patient with this MRN, or whose record absorbed it in a merge (an alias). */
  findByMrn(mrn: string): Promise<Patient | null>;
  /**
   * Patients that could be meant: same MRN or an MRN one typo away (a transposition or one
   * changed digit), same normalised name (nicknames and diacritics folded), or same date of birth
   * with a similar name. Over-inclusive on purpose: the matcher scores them, and a near-duplicate
   * it cannot tell apart sends the document to review.
   */
  findCandidates(query: CandidateQuery, limit?: number): Promise<Patient[]>;
}

/** Reads the text of one page image. */
export interface OcrEngine {
  recognize(image: Buffer): Promise<PageText>;
}
