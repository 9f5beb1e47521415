import type { Patient } from './patient.ts';
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
  findByMrn(mrn: string): Promise<Patient | null>;
}

/** Reads the text of one page image. */
export interface OcrEngine {
  recognize(image: Buffer): Promise<PageText>;
}
