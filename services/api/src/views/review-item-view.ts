import type { Claim, ReviewItemDetail } from '@chartroom/api-contract';
import type { BlobStore, DocumentFiling, PatientIndex } from '@chartroom/domain';
import { identifierWordHighlights, neighbourDocuments, reviewReasonsOf } from '@chartroom/pipeline';
import { pageFactsOf, pageImageUrl } from './page-image.ts';
import { patientViewsOf } from './patient-view.ts';

/**
 * Everything a clerk needs on one screen: the pages with where identifiers were read, the
 * candidates with field-by-field agreement, the classifier's guesses, and the neighbours to merge with.
 */
export async function reviewItemView(
  filing: DocumentFiling,
  claim: Claim | null,
  deps: { blobs: BlobStore; patients: PatientIndex },
): Promise<ReviewItemDetail> {
  const facts = await pageFactsOf(deps.blobs, filing);
  const pageOf = new Map(filing.pages.map((ref, index) => [ref.pageId, index + 1]));
  const identifiers = filing.decision.identifiers.filter((found) => pageOf.has(found.pageId));
  const candidates = filing.decision.candidates;
  const patients = await patientViewsOf(
    candidates.map((candidate) => candidate.mrn),
    deps.patients,
  );
  const model = filing.classification?.evidence.find((evidence) => evidence.kind === 'model');
  const [station = ''] = filing.batchId.split('_');
  return {
    documentId: filing.documentId,
    batchId: filing.batchId,
    station,
    status: filing.status,
    filingVersion: filing.version,
    decidedAt: filing.decidedAt,
    reasons: reviewReasonsOf(filing),
    docType: filing.docType,
    typeConfidence: filing.classification?.confidence ?? null,
    typeSuggestions: model?.kind === 'model' ? model.top : [],
    pages: facts.map((fact) => ({
      page: fact.page,
      pageId: fact.pageId,
      imageUrl: pageImageUrl(filing.documentId, fact.page),
      width: fact.width,
      height: fact.height,
      text: fact.text?.text ?? '',
      meanConfidence: fact.text?.meanConfidence ?? 0,
      suspectedMisfiled: filing.decision.markedPages.includes(fact.pageId),
      blank: fact.text?.preparation?.blank ?? false,
      source: {
        file: filing.pages[fact.page - 1]?.file ?? '',
        pageIndex: filing.pages[fact.page - 1]?.pageIndex ?? 0,
      },
      highlights: fact.text
        ? identifierWordHighlights(
            fact.text.words,
            identifiers.filter((found) => found.pageId === fact.pageId),
          )
        : [],
    })),
    identifiers: identifiers.map((found) => ({
      kind: found.kind,
      value: found.value,
      source: found.source,
      page: pageOf.get(found.pageId) ?? 0,
      confidence: found.confidence,
    })),
    candidates: candidates.flatMap((candidate) => {
      const patient = patients.get(candidate.mrn);
      return patient ? [{ patient, score: candidate.score, fields: candidate.fields }] : [];
    }),
    neighbours: await neighbourDocuments(deps.blobs, filing.documentId),
    claim,
  };
}
