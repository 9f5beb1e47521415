import type { DocumentFiling } from '@chartroom/domain';
import { neighbourDocuments } from './neighbour-documents.ts';
import { ReviewActionError } from './review-action-error.ts';
import {
  changeOf,
  describeStatus,
  identified,
  inBatchOrder,
  loadDocument,
  loadOtherDocument,
  publish,
  reidentify,
  requireReview,
  requireVersionsFree,
  writeFilings,
  type ReviewDeps,
} from './review-support.ts';

/**
 * A clerk joins a document in review with the document before or after it in the batch. The
 * document the clerk is on lives on with both documents' pages in batch order, identified and
 * classified again, in review. The neighbour gets a version with status 'merged' and no pages.
 * A filed neighbour may be merged too, but its pages are then in review again until a clerk files
 * the result. A neighbour sent for rescanning cannot.
 */
export async function mergeDocuments(
  documentId: string,
  direction: 'previous' | 'next',
  actor: string,
  deps: ReviewDeps,
): Promise<{ kept: DocumentFiling; merged: DocumentFiling }> {
  if (direction !== 'previous' && direction !== 'next') {
    throw new ReviewActionError('invalid', `merge with the 'previous' or the 'next' document`);
  }
  const latest = await loadDocument(deps.blobs, documentId);
  requireReview(latest);
  const neighbourId = (await neighbourDocuments(deps.blobs, documentId))[direction];
  if (!neighbourId) {
    throw new ReviewActionError(
      'invalid',
      `document/${documentId} has no ${direction} document in its batch`,
    );
  }
  const neighbour = await loadOtherDocument(deps.blobs, neighbourId);
  if (neighbour.status !== 'review' && neighbour.status !== 'filed') {
    throw new ReviewActionError(
      'conflict',
      `the ${direction} document, document/${neighbourId}, is ${describeStatus(neighbour.status)}; it cannot be merged`,
    );
  }

  const pages = [...latest.pages, ...neighbour.pages].sort(inBatchOrder);
  const blankPages = [...(latest.blankPages ?? []), ...(neighbour.blankPages ?? [])].sort(inBatchOrder);
  const identity = await reidentify(latest.batchId, pages, deps);
  const at = deps.now().toISOString();
  const wasFiled =
    neighbour.status === 'filed'
      ? `; document/${neighbourId} was filed: the merged document is in review and must be filed again`
      : '';
  const kept: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    status: 'review',
    pages,
    blankPages,
    ...identified(identity),
    decidedAt: at,
    change: changeOf('merge', actor, at, {
      note: `merged with the ${direction} document, document/${neighbourId}${wasFiled}`,
      relatedDocumentIds: [neighbourId],
    }),
  };
  const merged: DocumentFiling = {
    ...neighbour,
    version: neighbour.version + 1,
    status: 'merged',
    pages: [],
    blankPages: [],
    decidedAt: at,
    change: changeOf('merge', actor, at, {
      note: `its pages are now in document/${documentId}${wasFiled}`,
      relatedDocumentIds: [documentId],
    }),
  };
  await requireVersionsFree(deps.blobs, [kept, merged]);
  // The document receiving the pages first: a page is never in neither.
  await writeFilings(
    [
      { filing: kept, before: latest },
      { filing: merged, before: neighbour },
    ],
    deps,
    { actor, at },
  );

  await publish(kept, deps, { pdf: true, pageTexts: identity.pageTexts });
  await publish(merged, deps, { pdf: false });
  return { kept, merged };
}
