import type { FieldAgreement, FoundIdentifier, IdentifierKind, Patient } from '@chartroom/domain';
import { compareFamily, compareGiven, mrnTypoKind, parseNormalisedName } from './names.ts';

/**
 * How a document's identifiers compare with one candidate patient, field by field. Each field
 * takes the best agreement among the document's distinct values: conflicting values inside the
 * document are the matcher's concern, not this function's.
 */
export function compareFields(
  identifiers: FoundIdentifier[],
  patient: Patient,
): Record<IdentifierKind, FieldAgreement> {
  const values = (kind: IdentifierKind) => [
    ...new Set(identifiers.filter((item) => item.kind === kind).map((item) => item.value)),
  ];
  return {
    mrn: best(values('mrn').map((mrn) => compareMrn(mrn, patient))),
    name: best(values('name').map((name) => compareName(name, patient))),
    birthDate: best(values('birthDate').map((date) => compareBirthDate(date, patient.birthDate))),
  };
}

const RANK: Record<FieldAgreement, number> = { agree: 3, near: 2, disagree: 1, missing: 0 };

function best(agreements: FieldAgreement[]): FieldAgreement {
  return agreements.reduce<FieldAgreement>((top, next) => (RANK[next] > RANK[top] ? next : top), 'missing');
}

export function compareMrn(mrn: string, patient: Patient): FieldAgreement {
  if (mrn === patient.mrn || (patient.aliases ?? []).includes(mrn)) return 'agree';
  const typo = mrnTypoKind(mrn, patient.mrn);
  return typo === 'transposition' || typo === 'one-digit' ? 'near' : 'disagree';
}

export function compareName(normalised: string, patient: Patient): FieldAgreement {
  const read = parseNormalisedName(normalised);
  const given = patient.given[0] ?? '';
  const family = compareFamily(read.family, patient.family);
  const first = compareGiven(read.given, given);
  const strong = (level: string) => level === 'exact' || level === 'equivalent';
  if (strong(family) && strong(first)) return 'agree';
  if ((strong(family) && first === 'similar') || (family === 'similar' && strong(first))) return 'near';
  return 'disagree';
}

export function compareBirthDate(read: string, recorded: string | null): FieldAgreement {
  if (recorded === null) return 'missing';
  if (read === recorded) return 'agree';
  const [y1, m1, d1] = read.split('-');
  const [y2, m2, d2] = recorded.split('-');
  // Day and month swapped (US/European order), or one digit off: a likely misprint, not a match.
  if (y1 === y2 && m1 === d2 && d1 === m2) return 'near';
  const differing = [...read].filter((char, i) => char !== recorded[i]).length;
  return differing === 1 ? 'near' : 'disagree';
}
