// Identifiers are deterministic so that re-running any job is safe: the same batch, page or
// document always gets the same id. BullMQ job ids may not contain ':', so none of these do.

/** A scanning station's id, as used in the inbox key `inbox/<station>/<batchName>/`. */
export const STATION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
/** The name a station gives a batch folder in its inbox. */
export const BATCH_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

export type BatchId = string;
export type PageId = string;
export type DocumentId = string;

export function batchIdOf(station: string, batchName: string): BatchId {
  if (!STATION_ID_PATTERN.test(station)) throw new Error(`invalid station id "${station}"`);
  if (!BATCH_NAME_PATTERN.test(batchName)) throw new Error(`invalid batch name "${batchName}"`);
  return `${station}_${batchName}`;
}

export const BATCH_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}_[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

export function isBatchId(value: string): value is BatchId {
  return BATCH_ID_PATTERN.test(value);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Page ids are stable positions in the batch: file index, then page index within the file. */
export function pageIdOf(fileIndex: number, pageIndex: number): PageId {
  return `f${pad(fileIndex, 3)}-p${pad(pageIndex, 4)}`;
}

export function documentIdOf(batchId: BatchId, ordinal: number): DocumentId {
  return `${batchId}-d${pad(ordinal, 3)}`;
}
