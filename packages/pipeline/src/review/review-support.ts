import {
  documentKeys,
  type BlobStore,
  type DocumentFiling,
  type DocumentPageRef,
  type DocumentStatus,
  type DocumentTypes,
  type FilingChange,
  type FilingChangeKind,
  type IdentifierKind,
  type PageText,
  type Patient,
  type PatientIndex,
} from '@chartroom/domain';
import {
  identifyAndClassify,
  loadLatestFiling,
  storeSearchablePdf,
  type FileDocumentDeps,
  type Identification,
} from '../file/file-document.stage.ts';
import { buildIndexDocument } from '../index/build-index-document.ts';
import { loadPageText } from '../ocr/read-page.stage.ts';
import { loadSegmentation } from '../segment/plan-documents.stage.ts';
import { ReviewActionError } from './review-action-error.ts';

// What the review actions share: loading and checking a document, the clerk's confirmations, writing
// versions without losing a page, and bringing the PDF and the index up to date.

/** The ports and settings a clerk's review action needs. */
export type ReviewDeps = FileDocumentDeps & { types: DocumentTypes };

const STATUS_WORDS: Record<DocumentStatus, string> = {
  filed: 'filed',
  review: 'in review',
  rescan: 'sent back for rescanning',
  merged: 'merged into another document',
};

export function describeStatus(status: DocumentStatus): string {
  return STATUS_WORDS[status];
}

/** The latest filing of the document an action is about; not-found when it has none. */
export async function loadDocument(blobs: BlobStore, documentId: string): Promise<DocumentFiling> {
  const latest = await loadLatestFiling(blobs, documentId);
  if (!latest) throw new ReviewActionError('not-found', `document/${documentId} is not known`);
  return latest;
}

/** The latest filing of another document an action names (a target): invalid when it has none. */
export async function loadOtherDocument(blobs: BlobStore, documentId: string): Promise<DocumentFiling> {
  const latest = await loadLatestFiling(blobs, documentId);
  if (!latest) throw new ReviewActionError('invalid', `document/${documentId} is not known`);
  return latest;
}

/** Review actions work on documents in review only: anything else was decided (or changed) meanwhile. */
export function requireReview(filing: DocumentFiling): void {
  if (filing.status !== 'review') {
    throw new ReviewActionError(
      'conflict',
      `document/${filing.documentId} is ${describeStatus(filing.status)}, not in review; reload it`,
    );
  }
}

/** The page at a 1-based position of the document. */
export function pageAt(filing: DocumentFiling, page: number): DocumentPageRef {
  const ref = Number.isInteger(page) ? filing.pages[page - 1] : undefined;
  if (page < 1 || !ref) {
    throw new ReviewActionError(
      'invalid',
      `page ${String(page)} is not a page of document/${filing.documentId} (pages 1–${filing.pages.length})`,
    );
  }
  return ref;
}

const IDENTIFIER_KINDS: readonly IdentifierKind[] = ['mrn', 'name', 'birthDate'];

/**
 * Patient safety: a clerk files a document to a patient only after visibly confirming two
 * different identifiers (MRN, name, date of birth) on the pages against the patient.
 */
export function confirmedIdentifiers(confirmed: readonly string[] | undefined): IdentifierKind[] {
  const unknown = (confirmed ?? []).filter((kind) => !(IDENTIFIER_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) {
    throw new ReviewActionError(
      'invalid',
      `unknown identifier kind(s) ${unknown.map((kind) => JSON.stringify(kind)).join(', ')}; ` +
        `confirm two of: ${IDENTIFIER_KINDS.join(', ')}`,
    );
  }
  const kinds = IDENTIFIER_KINDS.filter((kind) => (confirmed ?? []).includes(kind));
  if (kinds.length < 2) {
    throw new ReviewActionError(
      'invalid',
      `confirm at least two different identifiers (${IDENTIFIER_KINDS.join(', ')}) against the patient; ` +
        `${kinds.length === 0 ? 'none was' : 'only one was'} confirmed`,
    );
  }
  return kinds;
}

/** The patient an MRN names (or an alias of it, after a patient merge); invalid when none does. */
export async function resolvePatient(patients: PatientIndex, mrn: string): Promise<Patient> {
  const patient = typeof mrn === 'string' && mrn.trim() !== '' ? await patients.findByMrn(mrn.trim()) : null;
  if (!patient) throw new ReviewActionError('invalid', 'no patient has the MRN given; check it');
  return patient;
}

export function changeOf(
  kind: FilingChangeKind,
  actor: string,
  at: string,
  details: Partial<Omit<FilingChange, 'kind' | 'actor' | 'at'>> = {},
): FilingChange {
  return { kind, actor, at, note: null, relatedDocumentIds: [], ...details };
}

/** Batch order: file, then page within the file. */
export function inBatchOrder(a: DocumentPageRef, b: DocumentPageRef): number {
  return a.fileIndex - b.fileIndex || a.pageIndex - b.pageIndex;
}

/** `<batchId>-dNNN`: the batch and the ordinal of a document id. */
export function parseDocumentId(documentId: string): { batchId: string; ordinal: number } | null {
  const match = /^(.+)-d(\d{3,})$/.exec(documentId);
  return match?.[1] && match[2] ? { batchId: match[1], ordinal: Number(match[2]) } : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The documents of a batch that have filings, with the key of each one's latest filing, by ordinal.
 * Documents split off by clerks are included (they are not in the batch's plan).
 */
export async function batchFilingKeys(
  blobs: BlobStore,
  batchId: string,
): Promise<{ documentId: string; ordinal: number; latestKey: string }[]> {
  // The prefix also lists another batch whose name continues with "-d…": the pattern keeps ours.
  const ours = new RegExp(`^documents/(${escapeRegExp(batchId)}-d(\\d{3,}))/filings/`);
  const latest = new Map<string, { documentId: string; ordinal: number; latestKey: string }>();
  for (const { key } of await blobs.list(`documents/${batchId}-d`)) {
    const match = ours.exec(key);
    if (!match?.[1] || !match[2]) continue;
    const known = latest.get(match[1]);
    if (!known || key > known.latestKey) {
      latest.set(match[1], { documentId: match[1], ordinal: Number(match[2]), latestKey: key });
    }
  }
  return [...latest.values()].sort((a, b) => a.ordinal - b.ordinal);
}

/** The latest filings of every document of a batch, by ordinal. */
export async function batchFilings(blobs: BlobStore, batchId: string): Promise<DocumentFiling[]> {
  const filings: DocumentFiling[] = [];
  for (const { latestKey } of await batchFilingKeys(blobs, batchId)) {
    filings.push(JSON.parse((await blobs.get(latestKey)).toString('utf8')) as DocumentFiling);
  }
  return filings;
}

/**
 * Re-identifies and re-classifies a document's pages as they are now. The pages segmentation
 * suspected of being misfiled still do not vote, unless they are all the document has left (a clerk
 * has cut them off into a document of their own: then they are what it is about).
 */
export async function reidentify(
  batchId: string,
  pages: DocumentPageRef[],
  deps: ReviewDeps,
): Promise<Identification> {
  const plan = await loadSegmentation(deps.blobs, batchId);
  const suspected = new Set(plan.documents.flatMap((document) => document.suspectedMisfiledPages));
  const here = pages.map((page) => page.pageId).filter((pageId) => suspected.has(pageId));
  return identifyAndClassify(batchId, pages, here.length === pages.length ? [] : here, deps);
}

/** The fields of a filing that a new identification decides (the status stays the caller's). */
export function identified(
  { decision, classification }: Identification,
  options: { keepClerkType?: DocumentFiling['classification'] } = {},
): Pick<DocumentFiling, 'decision' | 'classification' | 'patientMrn' | 'docType' | 'loinc'> {
  const kept = options.keepClerkType?.decidedBy === 'clerk' ? options.keepClerkType : undefined;
  const type = kept ?? classification;
  return {
    decision,
    classification: type,
    patientMrn: decision.patientMrn,
    docType: type.docType,
    loinc: type.loinc,
  };
}

/** The OCR text of these pages by page id (pages without text are absent). */
export async function loadPageTexts(
  blobs: BlobStore,
  batchId: string,
  pages: DocumentPageRef[],
): Promise<Map<string, PageText>> {
  const pageTexts = new Map<string, PageText>();
  for (const page of pages) {
    const text = await loadPageText(blobs, batchId, page.pageId);
    if (text) pageTexts.set(page.pageId, text);
  }
  return pageTexts;
}

const json = (filing: DocumentFiling) => JSON.stringify(filing, null, 2);

export function conflict(documentId: string, version: number): ReviewActionError {
  return new ReviewActionError(
    'conflict',
    `document/${documentId} changed meanwhile (version ${version} exists); reload it`,
  );
}

/** Refuses early when a version an action is about to write already exists (another clerk was quicker). */
export async function requireVersionsFree(blobs: BlobStore, filings: DocumentFiling[]): Promise<void> {
  for (const filing of filings) {
    if (await blobs.exists(documentKeys.filing(filing.documentId, filing.version))) {
      throw conflict(filing.documentId, filing.version);
    }
  }
}

/** One version an action writes, and the version it follows (null for a document it creates). */
export interface FilingWrite {
  filing: DocumentFiling;
  before: DocumentFiling | null;
}

/**
 * Writes new filing versions, each only if its version is still free. Actions that move pages write
 * the documents receiving pages first: a crash in between leaves a page in two documents, never in
 * none. When a later write finds its version taken (another clerk changed that document meanwhile),
 * the writes already made are undone by further versions (the record keeps both), and the action
 * fails with a conflict.
 */
export async function writeFilings(
  writes: FilingWrite[],
  deps: ReviewDeps,
  undo: { actor: string; at: string },
  alreadyWritten: FilingWrite[] = [],
): Promise<void> {
  const done = [...alreadyWritten];
  for (const write of writes) {
    const { filing } = write;
    const key = documentKeys.filing(filing.documentId, filing.version);
    if (await deps.blobs.putIfAbsent(key, json(filing), 'application/json')) {
      done.push(write);
      continue;
    }
    const others = writes.map((other) => other.filing.documentId).filter((id) => id !== filing.documentId);
    for (const made of done.reverse()) await undoWrite(made, filing.documentId, others, deps, undo);
    throw conflict(filing.documentId, filing.version);
  }
}

async function undoWrite(
  { filing, before }: FilingWrite,
  changedDocumentId: string,
  relatedDocumentIds: string[],
  deps: ReviewDeps,
  { actor, at }: { actor: string; at: string },
): Promise<void> {
  const change = changeOf(filing.change?.kind ?? 'split', actor, at, {
    note: `undone: document/${changedDocumentId} changed meanwhile`,
    relatedDocumentIds: relatedDocumentIds.filter((id) => id !== filing.documentId),
  });
  // A document the action created gives its pages back: it ends as merged into the one it came from.
  const undone: DocumentFiling = before
    ? { ...before, version: filing.version + 1, decidedAt: at, change }
    : {
        ...filing,
        version: filing.version + 1,
        status: 'merged',
        pages: [],
        blankPages: [],
        decidedAt: at,
        change,
      };
  const key = documentKeys.filing(undone.documentId, undone.version);
  // Best effort: if this version is taken too, someone is already working on the document.
  if (await deps.blobs.putIfAbsent(key, json(undone), 'application/json')) {
    await publish(undone, deps, { pdf: false });
  }
}

/**
 * Brings what is derived from a new version up to date: the searchable PDF when its pages changed
 * (overwritten: the filings are the record), then the search index.
 */
export async function publish(
  filing: DocumentFiling,
  deps: ReviewDeps,
  options: { pdf: boolean; pageTexts?: Map<string, PageText> },
): Promise<void> {
  const pageTexts = options.pageTexts ?? (await loadPageTexts(deps.blobs, filing.batchId, filing.pages));
  if (options.pdf && filing.pages.length > 0) {
    await storeSearchablePdf(filing, pageTexts, deps, { overwrite: true });
  }
  const patient = filing.patientMrn ? await deps.patients.findByMrn(filing.patientMrn) : null;
  await deps.search.upsert(buildIndexDocument(filing, pageTexts, patient));
}
