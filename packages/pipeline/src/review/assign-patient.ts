import type { DocumentFiling, IdentifierKind } from '@chartroom/domain';
import {
  clerkClassification,
  documentText,
  storeConfirmedType,
} from '../classify/confirm-document-type.stage.ts';
import { ReviewActionError } from './review-action-error.ts';
import {
  changeOf,
  confirmedIdentifiers,
  loadDocument,
  loadPageTexts,
  publish,
  requireReview,
  resolvePatient,
  writeFilings,
  type ReviewDeps,
} from './review-support.ts';

export interface AssignPatientRequest {
  /** The patient's MRN (an alias from a patient merge files to the surviving record). */
  mrn: string;
  /** The identifiers the clerk checked on the pages against the patient: at least two different ones. */
  confirmed: IdentifierKind[];
  /** The document type, when the clerk decides it too (required when the classifier was unsure). */
  docType?: string;
}

/**
 * A clerk files a document in review to a patient, having confirmed two identifiers against them.
 * The type must be settled too: the classifier's, when it was sure, or the clerk's (which joins
 * the retraining set). Writes the next filing version (filed), then re-indexes.
 */
export async function assignPatient(
  documentId: string,
  request: AssignPatientRequest,
  actor: string,
  deps: ReviewDeps,
): Promise<DocumentFiling> {
  const latest = await loadDocument(deps.blobs, documentId);
  requireReview(latest);
  const confirmed = confirmedIdentifiers(request.confirmed);
  const patient = await resolvePatient(deps.patients, request.mrn);

  let classification = latest.classification;
  const type = request.docType === undefined ? undefined : deps.types.find(request.docType);
  if (request.docType !== undefined && !type) {
    throw new ReviewActionError(
      'invalid',
      `unknown document type "${request.docType}"; known: ${deps.types.all.map((t) => t.key).join(', ')}`,
    );
  }
  if (type) classification = clerkClassification(latest.classification, type, actor);
  else if (classification?.outcome !== 'decided') {
    throw new ReviewActionError(
      'invalid',
      `the type of document/${documentId} is uncertain: confirm the document type too`,
    );
  }

  const at = deps.now().toISOString();
  const filing: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    status: 'filed',
    patientMrn: patient.mrn,
    docType: classification.docType,
    loinc: classification.loinc,
    classification,
    decidedAt: at,
    change: changeOf('assign-patient', actor, at, { confirmedIdentifiers: confirmed }),
  };
  await writeFilings([{ filing, before: latest }], deps, { actor, at });

  const pageTexts = await loadPageTexts(deps.blobs, filing.batchId, filing.pages);
  if (type) {
    await storeConfirmedType(deps.blobs, documentId, documentText(filing.pages, pageTexts), type, actor, at);
  }
  await publish(filing, deps, { pdf: false, pageTexts });
  return filing;
}
