import { fileDocument, reviewReasonsOf } from '@chartroom/pipeline';
import type { Handler } from '../context.ts';

export const documentFile: Handler<'DocumentFile'> = async ({ data }, context) => {
  const filing = await fileDocument(data.batchId, data.documentId, {
    blobs: context.blobs,
    patients: context.patients,
    search: context.documents,
    patterns: context.patterns,
    match: context.match,
    classify: context.classify,
    now: context.now,
  });
  // A reference and reason codes only: never the MRN or anything read from the page.
  context.log.info(
    {
      document: `document/${filing.documentId}`,
      status: filing.status,
      reasons: reviewReasonsOf(filing).map((r) => r.code),
      docType: filing.docType,
      typeConfidence: filing.classification?.confidence,
    },
    'document decided',
  );
  return { documentId: filing.documentId, status: filing.status };
};
