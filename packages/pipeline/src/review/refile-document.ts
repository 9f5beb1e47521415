import type { DocumentFiling, IdentifierKind } from '@chartroom/domain';
import { ReviewActionError } from './review-action-error.ts';
import {
  changeOf,
  confirmedIdentifiers,
  describeStatus,
  loadDocument,
  publish,
  resolvePatient,
  writeFilings,
  type ReviewDeps,
} from './review-support.ts';

export interface RefileRequest {
  /** The right patient's MRN (an alias from a patient merge files to the surviving record). */
  mrn: string;
  /** The identifiers the clerk checked on the pages against that patient: at least two different ones. */
  confirmed: IdentifierKind[];
  /** Why the filing was in error; required, kept in the record. */
  reason: string;
}

/**
 * A document filed to the wrong patient ("filed in error") is filed to the right one: a new
 * version, filed, with the previous patient and the reason in its change. The erroneous version
 * stays as it was: the new version is what says it was wrong.
 */
export async function refileDocument(
  documentId: string,
  request: RefileRequest,
  actor: string,
  deps: ReviewDeps,
): Promise<DocumentFiling> {
  const latest = await loadDocument(deps.blobs, documentId);
  if (latest.status !== 'filed') {
    throw new ReviewActionError(
      'conflict',
      `document/${documentId} is ${describeStatus(latest.status)}: only a filed document can be refiled`,
    );
  }
  const reason = typeof request.reason === 'string' ? request.reason.trim() : '';
  if (reason === '') {
    throw new ReviewActionError('invalid', 'say why the filing was in error (a reason is required)');
  }
  const confirmed = confirmedIdentifiers(request.confirmed);
  const patient = await resolvePatient(deps.patients, request.mrn);
  const current = latest.patientMrn ? await deps.patients.findByMrn(latest.patientMrn) : null;
  if (patient.mrn === latest.patientMrn || patient.mrn === current?.mrn) {
    throw new ReviewActionError(
      'invalid',
      `document/${documentId} is already filed to that patient: refile it to another one`,
    );
  }
  const at = deps.now().toISOString();
  const filing: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    status: 'filed',
    patientMrn: patient.mrn,
    decidedAt: at,
    change: changeOf('refile', actor, at, {
      note: reason,
      confirmedIdentifiers: confirmed,
      previousPatientMrn: latest.patientMrn,
    }),
  };
  await writeFilings([{ filing, before: latest }], deps, { actor, at });
  await publish(filing, deps, { pdf: false });
  return filing;
}
