import type { DocumentFiling } from '@chartroom/domain';
import { ReviewActionError } from './review-action-error.ts';
import {
  changeOf,
  loadDocument,
  publish,
  requireReview,
  writeFilings,
  type ReviewDeps,
} from './review-support.ts';

/**
 * A clerk sends a document in review back to the scanning station, saying why (the note is
 * required: the station needs to know what to do). Its status becomes 'rescan': it leaves the
 * review queue and is not searchable; its pages stay with it in the record.
 */
export async function requestRescan(
  documentId: string,
  note: string,
  actor: string,
  deps: ReviewDeps,
): Promise<DocumentFiling> {
  const latest = await loadDocument(deps.blobs, documentId);
  requireReview(latest);
  const reason = typeof note === 'string' ? note.trim() : '';
  if (reason === '') {
    throw new ReviewActionError('invalid', 'say why the document must be scanned again (a note is required)');
  }
  const at = deps.now().toISOString();
  const filing: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    status: 'rescan',
    decidedAt: at,
    change: changeOf('rescan', actor, at, { note: reason }),
  };
  await writeFilings([{ filing, before: latest }], deps, { actor, at });
  await publish(filing, deps, { pdf: false });
  return filing;
}
