import { documentIdOf, documentKeys, type BlobStore, type DocumentFiling } from '@chartroom/domain';
import { loadSegmentation } from '../segment/plan-documents.stage.ts';
import { ReviewActionError } from './review-action-error.ts';
import {
  batchFilingKeys,
  changeOf,
  identified,
  inBatchOrder,
  loadDocument,
  publish,
  reidentify,
  requireReview,
  requireVersionsFree,
  writeFilings,
  type FilingWrite,
  type ReviewDeps,
} from './review-support.ts';

/** How many fresh document ids a split tries when other splits of the batch take them first. */
const ORDINAL_ATTEMPTS = 5;

/**
 * A clerk cuts a document in review in two before a page (1-based, 2..pages): the document keeps
 * the pages before it; a new document of the same batch gets that page and the rest. Both are
 * identified and classified again on their own pages and both stay in review (the clerk is
 * working on them). The new document is written first, so a page is never in neither.
 */
export async function splitDocument(
  documentId: string,
  atPage: number,
  actor: string,
  deps: ReviewDeps,
): Promise<{ original: DocumentFiling; created: DocumentFiling }> {
  const latest = await loadDocument(deps.blobs, documentId);
  requireReview(latest);
  if (!Number.isInteger(atPage) || atPage < 2 || atPage > latest.pages.length) {
    throw new ReviewActionError(
      'invalid',
      latest.pages.length < 2
        ? `document/${documentId} has one page: there is nothing to split`
        : `split before a page from 2 to ${latest.pages.length}, not ${String(atPage)}`,
    );
  }
  const kept = latest.pages.slice(0, atPage - 1);
  const moved = latest.pages.slice(atPage - 1);
  const firstMoved = moved[0] as (typeof moved)[number];
  // Pages marked blank go with the part they were among.
  const blank = latest.blankPages ?? [];
  const keptBlank = blank.filter((page) => inBatchOrder(page, firstMoved) < 0);
  const movedBlank = blank.filter((page) => inBatchOrder(page, firstMoved) >= 0);

  const at = deps.now().toISOString();
  const originalIdentity = await reidentify(latest.batchId, kept, deps);
  const createdIdentity = await reidentify(latest.batchId, moved, deps);
  const original: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    status: 'review',
    pages: kept,
    blankPages: keptBlank,
    ...identified(originalIdentity),
    decidedAt: at,
  };
  await requireVersionsFree(deps.blobs, [original]);

  // The new document first: if the original changed meanwhile, it is undone (merged back).
  let created: DocumentFiling | null = null;
  for (let attempt = 0; attempt < ORDINAL_ATTEMPTS && !created; attempt++) {
    const newId = documentIdOf(latest.batchId, await nextFreeOrdinal(deps.blobs, latest.batchId));
    const candidate: DocumentFiling = {
      documentId: newId,
      batchId: latest.batchId,
      version: 1,
      status: 'review',
      pages: moved,
      blankPages: movedBlank,
      ...identified(createdIdentity),
      decidedAt: at,
      change: changeOf('split', actor, at, {
        note: `split off document/${documentId} from its page ${atPage}`,
        relatedDocumentIds: [documentId],
      }),
    };
    const key = documentKeys.filing(newId, 1);
    if (await deps.blobs.putIfAbsent(key, JSON.stringify(candidate, null, 2), 'application/json')) {
      created = candidate;
    }
  }
  if (!created) {
    throw new ReviewActionError('conflict', `other documents of the batch were created meanwhile; try again`);
  }
  original.change = changeOf('split', actor, at, {
    note: `split before page ${atPage}: pages from there are document/${created.documentId}`,
    relatedDocumentIds: [created.documentId],
  });
  const createdWrite: FilingWrite = { filing: created, before: null };
  await writeFilings([{ filing: original, before: latest }], deps, { actor, at }, [createdWrite]);

  await publish(created, deps, { pdf: true, pageTexts: createdIdentity.pageTexts });
  await publish(original, deps, { pdf: true, pageTexts: originalIdentity.pageTexts });
  return { original, created };
}

/**
 * The next ordinal no document of the batch has: above those of the batch's plan and of every
 * document with a filing (documents split off earlier are in no plan).
 */
export async function nextFreeOrdinal(blobs: BlobStore, batchId: string): Promise<number> {
  const plan = await loadSegmentation(blobs, batchId);
  const ordinals = [
    ...plan.documents.map((document) => document.ordinal),
    ...(await batchFilingKeys(blobs, batchId)).map((document) => document.ordinal),
  ];
  return Math.max(0, ...ordinals) + 1;
}
