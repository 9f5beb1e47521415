import type {
  FieldAgreement,
  FoundIdentifier,
  IdentifierKind,
  MatchDecision,
  Patient,
  PatientIndex,
  ReviewReason,
} from '@chartroom/domain';
import { normaliseName } from './extract-identifiers.stage.ts';

/** Bump when the rules below change: every decision records the version that made it. */
export const EXACT_MRN_MATCHER = 'exact-mrn/1';

export interface MatchOptions {
  /** Identifiers read with a lower OCR confidence than this cannot file a document. */
  minConfidence: number;
}

/**
 * The skeleton's matcher: look the printed MRN up exactly, then require a second, independent
 * identifier (name or date of birth) that agrees, and none that disagrees. Anything short of
 * that goes to review: no match is better than a bad match.
 */
export async function matchPatient(
  identifiers: FoundIdentifier[],
  patients: PatientIndex,
  options: MatchOptions,
): Promise<MatchDecision> {
  const review = (reasons: ReviewReason[], candidates: MatchDecision['candidates'] = []): MatchDecision => ({
    matcher: EXACT_MRN_MATCHER,
    outcome: 'review',
    patientMrn: null,
    identifiers,
    candidates,
    reasons,
  });

  const mrns = [...new Set(identifiers.filter((item) => item.kind === 'mrn').map((item) => item.value))];
  if (mrns.length === 0) {
    return review([
      {
        code: 'no-identifiers',
        message:
          identifiers.length === 0
            ? 'No patient identifier was found on any page.'
            : 'No MRN was found; a name or date of birth alone cannot identify the patient.',
      },
    ]);
  }
  if (mrns.length > 1) {
    return review([{ code: 'multiple-patients', message: `The pages carry ${mrns.length} different MRNs.` }]);
  }

  const mrn = mrns[0] as string;
  const patient = await patients.findByMrn(mrn);
  if (!patient) {
    return review([{ code: 'mrn-not-found', message: 'The MRN on the pages is not in the patient index.' }]);
  }

  const fields = compareFields(identifiers, patient);
  const candidates = [{ mrn: patient.mrn, fields }];
  const reasons: ReviewReason[] = [];
  const disagreeing = (['name', 'birthDate'] as const).filter((kind) => fields[kind] === 'disagree');
  if (disagreeing.length > 0) {
    reasons.push({
      code: 'identifier-conflict',
      message: `The MRN matches a patient whose ${disagreeing.map(fieldLabel).join(' and ')} differ${disagreeing.length > 1 ? '' : 's'} from the pages.`,
    });
  } else if (fields.name !== 'agree' && fields.birthDate !== 'agree') {
    reasons.push({
      code: 'single-identifier',
      message: 'Only the MRN was found; a second identifier (name or date of birth) is needed to file.',
    });
  }
  // Each deciding identifier needs one clear read: the same MRN legible on page 1 and smudged on
  // page 3 is still legible. It still counts once: reading it twice is not a second identifier.
  const decidingKinds: IdentifierKind[] = [
    'mrn',
    ...(['name', 'birthDate'] as const).filter((kind) => fields[kind] === 'agree'),
  ];
  const shaky = decidingKinds.filter((kind) => {
    const best = Math.max(...identifiers.filter((item) => item.kind === kind).map((item) => item.confidence));
    return best < options.minConfidence;
  });
  if (shaky.length > 0) {
    reasons.push({
      code: 'low-ocr-confidence',
      message: `Read with low OCR confidence: ${shaky.map(fieldLabel).join(', ')}.`,
    });
  }
  if (reasons.length > 0) return review(reasons, candidates);
  return {
    matcher: EXACT_MRN_MATCHER,
    outcome: 'matched',
    patientMrn: patient.mrn,
    identifiers,
    candidates,
    reasons,
  };
}

function compareFields(
  identifiers: FoundIdentifier[],
  patient: Patient,
): Record<IdentifierKind, FieldAgreement> {
  const agreement = (kind: IdentifierKind, expected: string | null): FieldAgreement => {
    const values = identifiers.filter((item) => item.kind === kind).map((item) => item.value);
    if (values.length === 0 || expected === null) return 'missing';
    return values.every((value) => value === expected) ? 'agree' : 'disagree';
  };
  const patientName = patient.given[0] ? normaliseName(patient.family, patient.given[0]) : null;
  return {
    mrn: 'agree',
    name: agreement('name', patientName),
    birthDate: agreement('birthDate', patient.birthDate),
  };
}

function fieldLabel(kind: IdentifierKind): string {
  switch (kind) {
    case 'mrn':
      return 'MRN';
    case 'name':
      return 'name';
    case 'birthDate':
      return 'date of birth';
  }
}
