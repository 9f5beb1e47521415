import type { CandidateQuery, Patient, PatientIndex } from '@chartroom/domain';
import { foldName, givenCanonicals, nysiis, type PatientMerge } from '@chartroom/pipeline';
import type { Client, estypes } from '@elastic/elasticsearch';
import { indexName } from './elastic-indices.ts';
import { candidateClauses, patientMatchKeys, type PatientMatchKeys } from './patient-candidates.ts';

type PatientSource = Patient & { match: PatientMatchKeys; importedAt: string; source: string };

export interface MergeOutcome {
  /** Merges applied (re-applying one already applied counts again: it changes nothing). */
  merged: number;
  /** By position in the list given; the reason never quotes patient data. */
  rejected: { merge: number; reason: string }[];
}

/**
 * The patient index in Elasticsearch. The MRN is the _id, so a re-import updates in place; MRNs
 * merged away (HL7 A40) live on as `aliases` of the survivor. Name keys for matching are computed
 * here (folded, nickname-canonical, NYSIIS) and stored as keywords, because the index has core
 * features only.
 */
export class ElasticPatientIndex implements PatientIndex {
  readonly index: string;
  constructor(
    private readonly client: Client,
    prefix: string,
  ) {
    this.index = indexName(prefix, 'patients');
  }

  /**
   * The patient with this MRN or the survivor that absorbed it. When both a record and another
   * patient's alias claim the MRN (a stale re-import of a merged record), there is no answer.
   */
  async findByMrn(mrn: string): Promise<Patient | null> {
    const response = await this.client.search<PatientSource>({
      index: this.index,
      size: 2,
      query: { bool: { should: [{ ids: { values: [mrn] } }, { term: { aliases: mrn } }] } },
    });
    const hits = response.hits.hits;
    const source = hits.length === 1 ? hits[0]?._source : undefined;
    return source ? toPatient(source) : null;
  }

  /** One bool query over the clauses of patient-candidates.ts; see PatientIndex.findCandidates. */
  async findCandidates(query: CandidateQuery, limit = 20): Promise<Patient[]> {
    const clauses = candidateClauses(query);
    if (clauses.length === 0) return [];
    const response = await this.client.search<PatientSource>({
      index: this.index,
      size: limit,
      query: {
        bool: {
          should: clauses.map((clause) => ({
            constant_score: {
              filter: {
                bool: { filter: clause.all.map(({ field, values }) => ({ terms: { [field]: values } })) },
              },
              boost: clause.boost,
            },
          })),
          minimum_should_match: 1,
        },
      },
      sort: [{ _score: { order: 'desc' } }, { mrn: { order: 'asc' } }],
    });
    const seen = new Set<string>();
    return response.hits.hits.flatMap((hit) => {
      if (!hit._source || seen.has(hit._source.mrn)) return [];
      seen.add(hit._source.mrn);
      return [toPatient(hit._source)];
    });
  }

  /**
   * Patients for what a clerk or clinician types: a name, a date of birth, an MRN or a mix ("smith
   * 1962-03-14", "Smith, John", "03/14/1962", "4820193"); see parsePatientQuery. Everything typed must
   * match: the MRN (or a merged-away MRN), the date of birth, and each name word a family or given
   * name, the family name before a comma (as typed, a nickname of it, with a typo, sounding alike
   * for a family name, or, for the last word, as the start of one). Best first: exact names above
   * nicknames, typos and prefixes; then by family name and MRN.
   */
  async search(text: string, limit = 20): Promise<Patient[]> {
    const parsed = parsePatientQuery(text);
    const must: estypes.QueryDslQueryContainer[] = [
      ...parsed.mrns.map((mrn) => ({
        bool: { should: [{ term: { mrn } }, { term: { aliases: mrn } }], minimum_should_match: 1 },
      })),
      ...parsed.birthDates.map((birthDate) => ({ term: { birthDate } })),
      ...parsed.names.map((name, at) => nameWordQuery(name.text, name.part, at === parsed.names.length - 1)),
    ];
    if (must.length === 0) return [];
    const response = await this.client.search<PatientSource>({
      index: this.index,
      size: limit,
      query: { bool: { must } },
      sort: [{ _score: { order: 'desc' } }, { 'family.raw': { order: 'asc' } }, { mrn: { order: 'asc' } }],
      track_scores: true,
    });
    return response.hits.hits.flatMap((hit) => (hit._source ? [toPatient(hit._source)] : []));
  }

  /**
   * Inserts or replaces each patient by MRN, with its match keys; aliases from earlier merges are
   * kept (an import never un-merges). Returns how many were created and updated.
   */
  async upsertMany(
    patients: Patient[],
    source: string,
    now: Date,
  ): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    for (let start = 0; start < patients.length; start += 1000) {
      const chunk = patients.slice(start, start + 1000);
      const existing = await this.client.mget<Pick<Patient, 'aliases'>>({
        index: this.index,
        ids: chunk.map((patient) => patient.mrn),
        _source_includes: ['aliases'],
      });
      const aliasesByMrn = new Map<string, string[]>();
      for (const doc of existing.docs) {
        if ('found' in doc && doc.found) aliasesByMrn.set(doc._id, doc._source?.aliases ?? []);
      }
      const operations = chunk.flatMap((patient) => [
        { index: { _index: this.index, _id: patient.mrn } },
        toSource(
          patient,
          [...(aliasesByMrn.get(patient.mrn) ?? []), ...(patient.aliases ?? [])],
          now.toISOString(),
          source,
        ),
      ]);
      const response = await this.client.bulk({ operations, refresh: 'wait_for' });
      for (const item of response.items) {
        const result = item.index;
        if (result?.error) throw new Error(`patient index rejected a record: ${result.error.type}`);
        if (result?.result === 'created') created++;
        else updated++;
      }
    }
    return { created, updated };
  }

  /**
   * Applies HL7 A40 merges in order: the merged MRN (and any MRNs it had absorbed) become aliases
   * of the survivor, and the merged record is deleted. The survivor must be in the index.
   */
  async applyMerges(merges: PatientMerge[]): Promise<MergeOutcome> {
    const outcome: MergeOutcome = { merged: 0, rejected: [] };
    for (const [index, { survivingMrn, mergedMrn }] of merges.entries()) {
      const reject = (reason: string) => outcome.rejected.push({ merge: index + 1, reason });
      if (survivingMrn === mergedMrn) {
        reject('the merged MRN is the surviving MRN');
        continue;
      }
      // Realtime gets: a merge sees the ones before it without waiting for a refresh.
      const survivor = await this.getSource(survivingMrn);
      if (!survivor) {
        reject('the surviving patient is not in the index');
        continue;
      }
      const absorbed = await this.getSource(mergedMrn);
      const aliases = [...(survivor.aliases ?? []), mergedMrn, ...(absorbed?.aliases ?? [])];
      await this.client.index({
        index: this.index,
        id: survivingMrn,
        document: { ...survivor, aliases: unique(aliases).filter((alias) => alias !== survivingMrn) },
      });
      if (absorbed) await this.client.delete({ index: this.index, id: mergedMrn });
      outcome.merged++;
    }
    if (merges.length > 0) await this.client.indices.refresh({ index: this.index });
    return outcome;
  }

  async count(): Promise<number> {
    return (await this.client.count({ index: this.index })).count;
  }

  private async getSource(mrn: string): Promise<PatientSource | null> {
    const response = await this.client.get<PatientSource>({ index: this.index, id: mrn }, { ignore: [404] });
    return response.found && response._source ? response._source : null;
  }
}

function toSource(patient: Patient, aliases: string[], importedAt: string, source: string): PatientSource {
  const kept = unique(aliases).filter((alias) => alias !== patient.mrn);
  return {
    mrn: patient.mrn,
    family: patient.family,
    given: patient.given,
    birthDate: patient.birthDate,
    sex: patient.sex,
    address: patient.address,
    city: patient.city,
    state: patient.state,
    postalCode: patient.postalCode,
    ...(kept.length > 0 ? { aliases: kept } : {}),
    match: patientMatchKeys(patient),
    importedAt,
    source,
  };
}

/** The patient as the port gives it: no stored keys, and `aliases` only when there are some. */
function toPatient(source: PatientSource): Patient {
  const { match: _match, importedAt: _importedAt, source: _source, aliases, ...patient } = source;
  return aliases && aliases.length > 0 ? { ...patient, aliases } : patient;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export interface PatientQuery {
  /** MRN-like numbers: 6 to 10 digits. */
  mrns: string[];
  /** Dates as YYYY-MM-DD, read from YYYY-MM-DD, MM/DD/YYYY (DD/MM/YYYY when the first is over 12) or DD.MM.YYYY. */
  birthDates: string[];
  /**
   * The other words, as typed. "Family, Given" says which is which: words before the comma are
   * family names, after it given names; without a comma a word may be either.
   */
  names: { text: string; part: NamePart }[];
}

export type NamePart = 'family' | 'given' | 'any';

// Labels people type before what they search for; not names.
const LABELS = new Set(['MRN', 'DOB', 'MR', 'MRS', 'MS', 'MISS', 'DR', 'PATIENT', 'NAME']);

/** Reads a patient search box: MRNs, dates of birth and name words. */
export function parsePatientQuery(text: string): PatientQuery {
  const birthDates: string[] = [];
  const rest = text
    .replace(/(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/g, (whole, y: string, m: string, d: string) =>
      keepDate(birthDates, whole, y, m, d),
    )
    .replace(/(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g, (whole, m: string, d: string, y: string) =>
      Number(m) > 12 ? keepDate(birthDates, whole, y, d, m) : keepDate(birthDates, whole, y, m, d),
    )
    .replace(/(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g, (whole, d: string, m: string, y: string) =>
      keepDate(birthDates, whole, y, m, d),
    );
  const mrns: string[] = [];
  const sides = rest.split(/[,;]/).map((side) => {
    const names: string[] = [];
    for (const token of side.split(/\s+/)) {
      const digits = token.replace(/^(?:mrn|#)[:#]*/i, '');
      if (/^\d{6,10}$/.test(digits)) mrns.push(digits);
      else if (/\d/.test(token))
        continue; // a number that is neither an MRN nor a date
      else if (foldName(token) !== '' && !LABELS.has(foldName(token))) names.push(token);
    }
    return names;
  });
  const named = sides.filter((side) => side.length > 0);
  const [family, given] = named;
  const names =
    named.length === 2 && family && given
      ? [
          ...family.map((word) => ({ text: word, part: 'family' as const })),
          ...given.map((word) => ({ text: word, part: 'given' as const })),
        ]
      : named.flat().map((word) => ({ text: word, part: 'any' as const }));
  return { mrns: unique(mrns), birthDates: unique(birthDates), names };
}

function keepDate(dates: string[], whole: string, year: string, month: string, day: string): string {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) return whole;
  dates.push(iso);
  return ' ';
}

/**
 * One typed name word: a family or given name as typed (10, 8), a nickname's full name (6), a typo
 * (one edit from four letters, two from seven: 4, 3), a family name that sounds alike (3), and for
 * the word being typed (the last) or an initial, the start of a name (5, 4). The best way counts.
 */
function nameWordQuery(word: string, part: NamePart, typing: boolean): estypes.QueryDslQueryContainer {
  const folded = foldName(word);
  const [, ...fullNames] = givenCanonicals(word);
  const prefix = typing || folded.length === 1;
  const family: estypes.QueryDslQueryContainer[] = [
    scored({ term: { 'match.family': folded } }, 10),
    // "Smith-Jones" is SMITHJONES in match.family; its parts are words of the family text field.
    scored({ match: { family: { query: word, operator: 'and' } } }, 10),
    scored({ fuzzy: { 'match.family': { value: folded, fuzziness: 'AUTO:4,7', prefix_length: 1 } } }, 4),
    ...(folded.length >= 3 ? [scored({ term: { 'match.familyPhonetic': nysiis(folded) } }, 3)] : []),
    ...(prefix ? [scored({ prefix: { 'match.family': folded } }, 5)] : []),
  ];
  const given: estypes.QueryDslQueryContainer[] = [
    scored({ term: { 'match.givenCanonical': folded } }, 8),
    ...(fullNames.length > 0 ? [scored({ terms: { 'match.givenCanonical': fullNames } }, 6)] : []),
    scored(
      { fuzzy: { 'match.givenCanonical': { value: folded, fuzziness: 'AUTO:4,7', prefix_length: 1 } } },
      3,
    ),
    ...(prefix ? [scored({ prefix: { 'match.givenCanonical': folded } }, 4)] : []),
  ];
  const ways = part === 'family' ? family : part === 'given' ? given : [...family, ...given];
  return { dis_max: { queries: ways } };
}

function scored(filter: estypes.QueryDslQueryContainer, boost: number): estypes.QueryDslQueryContainer {
  return { constant_score: { filter, boost } };
}
