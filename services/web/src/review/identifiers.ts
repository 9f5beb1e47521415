import type { FieldAgreement, IdentifierKind, IdentifierView, PatientView } from '@chartroom/api-contract';

export const KINDS: IdentifierKind[] = ['mrn', 'name', 'birthDate'];

/** The most confident read of each kind. */
export function bestReads(identifiers: IdentifierView[]): Partial<Record<IdentifierKind, IdentifierView>> {
  const best: Partial<Record<IdentifierKind, IdentifierView>> = {};
  for (const identifier of identifiers) {
    const current = best[identifier.kind];
    if (!current || identifier.confidence > current.confidence) best[identifier.kind] = identifier;
  }
  return best;
}

export function patientValue(patient: PatientView, kind: IdentifierKind): string {
  switch (kind) {
    case 'mrn':
      return patient.mrn;
    case 'name':
      return patient.name;
    case 'birthDate':
      return patient.birthDate ?? '—';
  }
}

const letters = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');

/**
 * For a patient found by search (the API compared only its candidates): exact agreement of
 * what was read with the index, else "disagree" — never "near", which needs the matcher.
 */
export function localAgreement(
  patient: PatientView,
  kind: IdentifierKind,
  read: IdentifierView | undefined,
): FieldAgreement {
  if (!read) return 'missing';
  switch (kind) {
    case 'mrn':
      return read.value.replace(/\D/g, '') === patient.mrn.replace(/\D/g, '') ? 'agree' : 'disagree';
    case 'birthDate':
      return read.value === patient.birthDate ? 'agree' : 'disagree';
    case 'name': {
      const [family = '', given = ''] = read.value.split('^');
      const sameFamily = letters(family) === letters(patient.family);
      const firstGiven = patient.given[0] ?? '';
      const sameGiven = given === '' || letters(given.split(' ')[0] ?? '') === letters(firstGiven);
      return sameFamily && sameGiven ? 'agree' : 'disagree';
    }
  }
}
