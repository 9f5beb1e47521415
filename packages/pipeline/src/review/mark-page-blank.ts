import type { DocumentFiling } from '@chartroom/domain';
import { ReviewActionError } from './review-action-error.ts';
import {
  changeOf,
  identified,
  inBatchOrder,
  loadDocument,
  pageAt,
  publish,
  reidentify,
  requireReview,
  writeFilings,
  type ReviewDeps,
} from './review-support.ts';

/**
 * A clerk marks a page (1-based) of a document in review as blank: it leaves the document's pages
 * for its blankPages (kept with the record, not shown in the document). A page must remain. The
 * document is identified again without it and stays in review; a clerk's type is kept.
 */
export async function markPageBlank(
  documentId: string,
  page: number,
  actor: string,
  deps: ReviewDeps,
): Promise<DocumentFiling> {
  const latest = await loadDocument(deps.blobs, documentId);
  requireReview(latest);
  const ref = pageAt(latest, page);
  if (latest.pages.length < 2) {
    throw new ReviewActionError(
      'invalid',
      `page ${page} is the only page of document/${documentId}: a document keeps at least one page ` +
        `(request a rescan, or merge it with another document)`,
    );
  }
  const pages = latest.pages.filter((other) => other.pageId !== ref.pageId);
  const identity = await reidentify(latest.batchId, pages, deps);
  const at = deps.now().toISOString();
  const filing: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    status: 'review',
    pages,
    blankPages: [...(latest.blankPages ?? []), ref].sort(inBatchOrder),
    ...identified(identity, { keepClerkType: latest.classification }),
    decidedAt: at,
    change: changeOf('mark-blank', actor, at, { note: `page ${page} marked blank` }),
  };
  await writeFilings([{ filing, before: latest }], deps, { actor, at });
  await publish(filing, deps, { pdf: true, pageTexts: identity.pageTexts });
  return filing;
}
