import type { CandidateQuery, Patient, PatientIndex } from '@chartroom/domain';
import type { PatientMerge } from '@chartroom/pipeline';
import type { MergeOutcome } from '../../packages/adapters/src/elastic-patient-index.ts';
import {
  candidateClauses,
  patientMatchKeys,
  type CandidateField,
  type PatientMatchKeys,
} from '../../packages/adapters/src/patient-candidates.ts';

/**
 * An in-memory PatientIndex for unit tests of the matcher (no Elasticsearch). It evaluates the same
 * candidate clauses as ElasticPatientIndex, with the same scores and order, and the same alias and
 * merge rules; an integration test runs the same queries against both and compares the results.
 */
export class MemoryPatientIndex implements PatientIndex {
  private readonly records = new Map<string, { patient: Patient; keys: PatientMatchKeys }>();

  constructor(patients: Patient[] = []) {
    this.upsertMany(patients);
  }

  findByMrn(mrn: string): Promise<Patient | null> {
    const claims = [...this.records.values()].filter(
      ({ patient }) => patient.mrn === mrn || (patient.aliases ?? []).includes(mrn),
    );
    const only = claims.length === 1 ? claims[0] : undefined;
    return Promise.resolve(only ? copy(only.patient) : null);
  }

  findCandidates(query: CandidateQuery, limit = 20): Promise<Patient[]> {
    const clauses = candidateClauses(query);
    const scored = [...this.records.values()]
      .map((record) => ({
        patient: record.patient,
        score: clauses
          .filter((clause) =>
            clause.all.every(({ field, values }) =>
              fieldValues(record, field).some((value) => values.includes(value)),
            ),
          )
          .reduce((sum, clause) => sum + clause.boost, 0),
      }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || compareMrn(a.patient.mrn, b.patient.mrn));
    return Promise.resolve(scored.slice(0, limit).map(({ patient }) => copy(patient)));
  }

  /** As ElasticPatientIndex.upsertMany: replaces by MRN, keeps aliases from earlier merges. */
  upsertMany(patients: Patient[]): { created: number; updated: number } {
    let created = 0;
    for (const patient of patients) {
      const earlier = this.records.get(patient.mrn)?.patient.aliases ?? [];
      if (!this.records.has(patient.mrn)) created++;
      const aliases = unique([...earlier, ...(patient.aliases ?? [])]).filter(
        (alias) => alias !== patient.mrn,
      );
      const { aliases: _ignored, ...rest } = patient;
      this.store(aliases.length > 0 ? { ...rest, aliases } : rest);
    }
    return { created, updated: patients.length - created };
  }

  /** As ElasticPatientIndex.applyMerges. */
  applyMerges(merges: PatientMerge[]): MergeOutcome {
    const outcome: MergeOutcome = { merged: 0, rejected: [] };
    merges.forEach(({ survivingMrn, mergedMrn }, index) => {
      const survivor = this.records.get(survivingMrn)?.patient;
      if (survivingMrn === mergedMrn) {
        outcome.rejected.push({ merge: index + 1, reason: 'the merged MRN is the surviving MRN' });
      } else if (!survivor) {
        outcome.rejected.push({ merge: index + 1, reason: 'the surviving patient is not in the index' });
      } else {
        const absorbed = this.records.get(mergedMrn)?.patient;
        const aliases = [...(survivor.aliases ?? []), mergedMrn, ...(absorbed?.aliases ?? [])];
        this.store({ ...survivor, aliases: unique(aliases).filter((alias) => alias !== survivingMrn) });
        this.records.delete(mergedMrn);
        outcome.merged++;
      }
    });
    return outcome;
  }

  private store(patient: Patient): void {
    this.records.set(patient.mrn, { patient: copy(patient), keys: patientMatchKeys(patient) });
  }
}

function fieldValues(record: { patient: Patient; keys: PatientMatchKeys }, field: CandidateField): string[] {
  switch (field) {
    case 'mrn':
      return [record.patient.mrn];
    case 'aliases':
      return record.patient.aliases ?? [];
    case 'birthDate':
      return record.patient.birthDate === null ? [] : [record.patient.birthDate];
    case 'match.family':
      return record.keys.family;
    case 'match.familyPhonetic':
      return record.keys.familyPhonetic;
    case 'match.givenCanonical':
      return record.keys.givenCanonical;
    case 'match.givenPhonetic':
      return record.keys.givenPhonetic;
  }
}

/** Elasticsearch sorts keywords by their UTF-8 bytes; for MRNs (ASCII) that is code-unit order. */
function compareMrn(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function copy(patient: Patient): Patient {
  return structuredClone(patient);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
