import type { CandidateQuery, Patient } from '@chartroom/domain';
import {
  foldName,
  givenCanonicals,
  mrnNeighbours,
  nameKeys,
  nysiis,
  parseNormalisedName,
} from '@chartroom/pipeline';

/**
 * What a patient is found by, computed in the application (the index has core features only: no
 * phonetic or folding analysers) and stored as keyword fields. Arrays, because a patient with
 * several given names ("Mary Ann") is findable by each of them and by all of them run together.
 */
export interface PatientMatchKeys {
  family: string[];
  familyPhonetic: string[];
  givenCanonical: string[];
  givenPhonetic: string[];
}

export function patientMatchKeys(patient: Patient): PatientMatchKeys {
  const family = foldName(patient.family);
  const parts = patient.given.map(foldName).filter((part) => part !== '');
  const givens = parts.length > 1 ? [...parts, parts.join('')] : parts;
  return {
    family: family === '' ? [] : [family],
    familyPhonetic: family === '' ? [] : [nysiis(family)],
    givenCanonical: unique(givens.flatMap(givenCanonicals)),
    givenPhonetic: unique(givens.map(nysiis)),
  };
}

/** The fields a candidate clause can test; `match.*` are the keys above. */
export type CandidateField =
  | 'mrn'
  | 'aliases'
  | 'birthDate'
  | 'match.family'
  | 'match.familyPhonetic'
  | 'match.givenCanonical'
  | 'match.givenPhonetic';

/**
 * One way a patient can be a candidate: every condition holds (each is "the field has any of these
 * values"). A patient's score is the sum of the boosts of the clauses it meets; candidates are
 * ranked by score, then MRN. The Elasticsearch index and the in-memory test double both evaluate
 * exactly these clauses, so they cannot drift apart in what counts as a candidate.
 */
export interface CandidateClause {
  reason: 'mrn' | 'alias' | 'mrn-neighbour' | 'name' | 'name-phonetic' | 'birth-date-and-name';
  boost: number;
  all: { field: CandidateField; values: string[] }[];
}

export function candidateClauses(query: CandidateQuery): CandidateClause[] {
  const mrns = unique(query.mrns.map((mrn) => mrn.trim()).filter((mrn) => mrn !== ''));
  const neighbours = unique(mrns.flatMap(mrnNeighbours)).filter((mrn) => !mrns.includes(mrn));
  const names = query.names
    .map(parseNormalisedName)
    .map(({ family, given }) => nameKeys(family, given))
    .filter((keys) => keys.family !== '');
  const birthDates = unique(query.birthDates.filter(isIsoDate));

  const clauses: CandidateClause[] = [];
  const add = (reason: CandidateClause['reason'], boost: number, all: CandidateClause['all']) => {
    if (all.every((condition) => condition.values.length > 0)) clauses.push({ reason, boost, all });
  };
  add('mrn', 100, [{ field: 'mrn', values: mrns }]);
  add('alias', 100, [{ field: 'aliases', values: mrns }]);
  add('mrn-neighbour', 10, [{ field: 'mrn', values: neighbours }]);
  add('mrn-neighbour', 10, [{ field: 'aliases', values: neighbours }]);
  for (const keys of names) {
    add('name', 20, [
      { field: 'match.family', values: [keys.family] },
      { field: 'match.givenCanonical', values: keys.givenCanonicals },
    ]);
    add('name-phonetic', 10, [
      { field: 'match.familyPhonetic', values: [keys.familyPhonetic] },
      { field: 'match.givenPhonetic', values: keys.givenPhonetic === '' ? [] : [keys.givenPhonetic] },
    ]);
  }
  // A date of birth alone is shared by too many people; with a similar name it narrows to a few.
  const familyPhonetics = unique(names.map((keys) => keys.familyPhonetic));
  const canonicals = unique(names.flatMap((keys) => keys.givenCanonicals));
  add('birth-date-and-name', 15, [
    { field: 'birthDate', values: birthDates },
    { field: 'match.familyPhonetic', values: familyPhonetics },
  ]);
  add('birth-date-and-name', 15, [
    { field: 'birthDate', values: birthDates },
    { field: 'match.givenCanonical', values: canonicals },
  ]);
  return clauses;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
