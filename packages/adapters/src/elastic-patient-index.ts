import type { Client } from '@elastic/elasticsearch';
import type { CandidateQuery, Patient, PatientIndex } from '@chartroom/domain';
import type { PatientMerge } from '@chartroom/pipeline';
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
