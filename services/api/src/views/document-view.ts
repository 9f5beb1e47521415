import type { DocumentView, FilingHistoryEntry } from '@chartroom/api-contract';
import type { BlobStore, DocumentFiling, DocumentTypes, PatientIndex } from '@chartroom/domain';
import { filingHistory } from '@chartroom/pipeline';
import { pageFactsOf, pageImageUrl } from './page-image.ts';
import { patientViewsOf } from './patient-view.ts';

export async function documentView(
  filing: DocumentFiling,
  deps: { blobs: BlobStore; patients: PatientIndex; types: DocumentTypes },
): Promise<DocumentView> {
  const facts = await pageFactsOf(deps.blobs, filing);
  const patient =
    (await patientViewsOf([filing.patientMrn], deps.patients)).get(filing.patientMrn ?? '') ?? null;
  const [station = ''] = filing.batchId.split('_');
  const history = await filingHistory(deps.blobs, filing.documentId);
  return {
    documentId: filing.documentId,
    batchId: filing.batchId,
    station,
    status: filing.status,
    filingVersion: filing.version,
    patient,
    docType: filing.docType,
    docTypeDisplay: filing.docType ? (deps.types.find(filing.docType)?.display ?? filing.docType) : null,
    loinc: filing.loinc,
    documentDate: filing.classification?.documentDate ?? null,
    author: filing.classification?.author ?? null,
    pages: facts.map((fact) => ({
      page: fact.page,
      imageUrl: pageImageUrl(filing.documentId, fact.page),
      width: fact.width,
      height: fact.height,
    })),
    pdfUrl: `/v1/documents/${filing.documentId}/searchable.pdf`,
    history: history.map(historyEntryOf),
  };
}

function historyEntryOf(version: DocumentFiling): FilingHistoryEntry {
  const change = version.change;
  const clerkType = version.classification?.evidence.find((evidence) => evidence.kind === 'clerk');
  return {
    version: version.version,
    status: version.status,
    patientMrn: version.patientMrn,
    docType: version.docType,
    decidedAt: version.decidedAt,
    decidedBy: change?.actor ?? (clerkType?.kind === 'clerk' ? clerkType.actor : 'pipeline'),
    change: change ? `${change.kind}${change.note ? `: ${change.note}` : ''}` : null,
  };
}
