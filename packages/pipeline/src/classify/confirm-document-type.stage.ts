import {
  documentKeys,
  modelKeys,
  type BlobStore,
  type DocumentClassification,
  type DocumentFiling,
  type DocumentPageRef,
  type DocumentStatus,
  type DocumentType,
  type DocumentTypes,
  type FilingChangeKind,
  type PageText,
  type PatientIndex,
} from '@chartroom/domain';
import { loadLatestFiling } from '../file/file-document.stage.ts';
import { filingHistory } from '../review/filing-history.ts';
import { ReviewActionError } from '../review/review-action-error.ts';
import { buildIndexDocument } from '../index/build-index-document.ts';
import { loadPageText } from '../ocr/read-page.stage.ts';
import type { DocumentIndexWriter } from '../ports.ts';
import { CLASSIFIER_VERSION } from './classify-document.stage.ts';

/** A clerk's confirmed type, kept as a training example for the next model. */
export interface ConfirmedTypeExample {
  documentId: string;
  text: string;
  label: string;
  confirmedBy: string;
  confirmedAt: string;
}

export interface ConfirmTypeDeps {
  blobs: BlobStore;
  patients: PatientIndex;
  search: DocumentIndexWriter;
  types: DocumentTypes;
  now: () => Date;
}

/**
 * A clerk confirms or changes a document's type: a new filing version records it (the old one is
 * kept), the index follows, and the text with its confirmed type joins the retraining set. The
 * patient decision is untouched: a type never files a document to a patient. Throws a
 * ReviewActionError when the document is unknown, merged or sent for rescanning, or when another
 * clerk wrote the same version first.
 */
export async function confirmDocumentType(
  documentId: string,
  typeName: string,
  actor: string,
  deps: ConfirmTypeDeps,
): Promise<DocumentFiling> {
  const type = deps.types.get(typeName);
  const latest = await loadLatestFiling(deps.blobs, documentId);
  if (!latest) throw new ReviewActionError('not-found', `document/${documentId} has no filing`);
  if (latest.status === 'merged' || latest.status === 'rescan') {
    throw new ReviewActionError(
      'conflict',
      `document/${documentId} ${latest.status === 'merged' ? 'was merged into another document' : 'was sent back for rescanning'}; its type cannot be set`,
    );
  }
  const pageTexts = new Map<string, PageText>();
  for (const page of latest.pages) {
    const text = await loadPageText(deps.blobs, latest.batchId, page.pageId);
    if (text) pageTexts.set(page.pageId, text);
  }
  const at = deps.now().toISOString();
  const filing: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    status: await statusAfterTypeConfirmed(deps.blobs, latest),
    docType: type.key,
    loinc: type.loinc,
    classification: clerkClassification(latest.classification, type, actor),
    decidedAt: at,
    change: { kind: 'set-type', actor, at, note: null, relatedDocumentIds: [] },
  };
  const key = documentKeys.filing(documentId, filing.version);
  if (!(await deps.blobs.putIfAbsent(key, JSON.stringify(filing, null, 2), 'application/json'))) {
    throw new ReviewActionError(
      'conflict',
      `document/${documentId} changed meanwhile (version ${filing.version} exists); reload it`,
    );
  }
  await storeConfirmedType(deps.blobs, documentId, documentText(latest.pages, pageTexts), type, actor, at);
  const patient = filing.patientMrn ? await deps.patients.findByMrn(filing.patientMrn) : null;
  await deps.search.upsert(buildIndexDocument(filing, pageTexts, patient));
  return filing;
}

/** Clerk actions that re-cut a document's pages: its matcher decision no longer files it alone. */
const RECUTS: readonly FilingChangeKind[] = ['split', 'merge', 'move-page', 'mark-blank'];

/**
 * A filed document stays filed. One in review is filed when only its type was in doubt: the matcher
 * was sure of the patient and no clerk has re-cut its pages since (then a clerk assigns the patient).
 */
async function statusAfterTypeConfirmed(blobs: BlobStore, latest: DocumentFiling): Promise<DocumentStatus> {
  if (latest.status === 'filed') return 'filed';
  if (latest.decision.outcome !== 'matched') return 'review';
  const history = await filingHistory(blobs, latest.documentId);
  const recut = history.some((filing) => filing.change && RECUTS.includes(filing.change.kind));
  return recut ? 'review' : 'filed';
}

/**
 * The classification a clerk's decision makes: the type is certain, decided by the clerk; what the
 * classifier found (its evidence, the printed date and author) is kept beneath it.
 */
export function clerkClassification(
  previous: DocumentClassification | undefined,
  type: DocumentType,
  actor: string,
): DocumentClassification {
  return {
    classifier: CLASSIFIER_VERSION,
    modelVersion: previous?.modelVersion ?? null,
    docType: type.key,
    loinc: type.loinc,
    confidence: 1,
    threshold: previous?.threshold ?? 1,
    outcome: 'decided',
    decidedBy: 'clerk',
    evidence: [{ kind: 'clerk', actor }, ...(previous?.evidence ?? [])],
    documentDate: previous?.documentDate ?? null,
    documentDateLabel: previous?.documentDateLabel ?? null,
    author: previous?.author ?? null,
  };
}

/** The document's text as the classifier reads it: its pages' text in order. */
export function documentText(pages: DocumentPageRef[], pageTexts: Map<string, PageText>): string {
  return pages.map((page) => pageTexts.get(page.pageId)?.text ?? '').join('\n\n');
}

/** Keeps the text with its clerk-confirmed type for retraining; the latest confirmation of a document teaches. */
export async function storeConfirmedType(
  blobs: BlobStore,
  documentId: string,
  text: string,
  type: DocumentType,
  actor: string,
  at: string,
): Promise<void> {
  const example: ConfirmedTypeExample = {
    documentId,
    text,
    label: type.key,
    confirmedBy: actor,
    confirmedAt: at,
  };
  await blobs.put(modelKeys.confirmedType(documentId), JSON.stringify(example), 'application/json');
}

/** Every clerk-confirmed example, for retraining. */
export async function loadConfirmedTypes(blobs: BlobStore): Promise<ConfirmedTypeExample[]> {
  const objects = await blobs.list(modelKeys.confirmedTypesPrefix);
  const examples: ConfirmedTypeExample[] = [];
  for (const object of objects.sort((a, b) => a.key.localeCompare(b.key))) {
    examples.push(JSON.parse((await blobs.get(object.key)).toString('utf8')) as ConfirmedTypeExample);
  }
  return examples;
}
