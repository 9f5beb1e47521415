import type { DocumentFiling } from '@chartroom/domain';
import { ReviewActionError } from './review-action-error.ts';
import {
  changeOf,
  describeStatus,
  identified,
  inBatchOrder,
  loadDocument,
  loadOtherDocument,
  pageAt,
  publish,
  reidentify,
  requireReview,
  requireVersionsFree,
  writeFilings,
  type ReviewDeps,
} from './review-support.ts';

/**
 * A clerk moves one page (1-based) of a document in review into another document of the same
 * batch, where it takes its place in batch order. The source must keep a page (to move them all,
 * merge); it is identified again and stays in review. The target keeps its status, patient, type
 * and decision: the clerk put the page there. A target merged or sent for rescanning takes no page.
 */
export async function movePage(
  documentId: string,
  page: number,
  toDocumentId: string,
  actor: string,
  deps: ReviewDeps,
): Promise<{ source: DocumentFiling; target: DocumentFiling }> {
  const latest = await loadDocument(deps.blobs, documentId);
  requireReview(latest);
  const ref = pageAt(latest, page);
  if (toDocumentId === documentId) {
    throw new ReviewActionError('invalid', `page ${page} is already in document/${documentId}`);
  }
  if (latest.pages.length < 2) {
    throw new ReviewActionError(
      'invalid',
      `document/${documentId} would be left without pages: use merge to join it with another document`,
    );
  }
  const destination = await loadOtherDocument(deps.blobs, toDocumentId);
  if (destination.batchId !== latest.batchId) {
    throw new ReviewActionError('invalid', `pages move only between documents of the same batch`);
  }
  if (destination.status !== 'review' && destination.status !== 'filed') {
    throw new ReviewActionError(
      'conflict',
      `document/${toDocumentId} is ${describeStatus(destination.status)}; it takes no pages`,
    );
  }

  const pages = latest.pages.filter((other) => other.pageId !== ref.pageId);
  const identity = await reidentify(latest.batchId, pages, deps);
  const at = deps.now().toISOString();
  const source: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    status: 'review',
    pages,
    // A clerk's type survives a page leaving; the patient is decided again.
    ...identified(identity, { keepClerkType: latest.classification }),
    decidedAt: at,
    change: changeOf('move-page', actor, at, {
      note: `page ${page} moved to document/${toDocumentId}`,
      relatedDocumentIds: [toDocumentId],
    }),
  };
  const target: DocumentFiling = {
    ...destination,
    version: destination.version + 1,
    pages: [...destination.pages, ref].sort(inBatchOrder),
    decidedAt: at,
    change: changeOf('move-page', actor, at, {
      note: `received page ${page} of document/${documentId}`,
      relatedDocumentIds: [documentId],
    }),
  };
  await requireVersionsFree(deps.blobs, [target, source]);
  // The document receiving the page first: a page is never in neither.
  await writeFilings(
    [
      { filing: target, before: destination },
      { filing: source, before: latest },
    ],
    deps,
    { actor, at },
  );

  await publish(target, deps, { pdf: true });
  await publish(source, deps, { pdf: true, pageTexts: identity.pageTexts });
  return { source, target };
}
