import type { Client } from '@elastic/elasticsearch';
import type { Patient, PatientIndex } from '@chartroom/domain';
import { indexName } from './elastic-indices.ts';

type PatientSource = Patient & { importedAt: string; source: string };

/** The patient index in Elasticsearch; the MRN is the _id, so a re-import updates in place. */
export class ElasticPatientIndex implements PatientIndex {
  readonly index: string;
  constructor(
    private readonly client: Client,
    prefix: string,
  ) {
    this.index = indexName(prefix, 'patients');
  }

  async findByMrn(mrn: string): Promise<Patient | null> {
    const response = await this.client.get<PatientSource>({ index: this.index, id: mrn }, { ignore: [404] });
    if (!response.found || !response._source) return null;
    const { importedAt: _importedAt, source: _source, ...patient } = response._source;
    return patient;
  }

  /** Inserts or replaces each patient by MRN; returns how many were created and updated. */
  async upsertMany(
    patients: Patient[],
    source: string,
    now: Date,
  ): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    for (let start = 0; start < patients.length; start += 1000) {
      const chunk = patients.slice(start, start + 1000);
      const operations = chunk.flatMap((patient) => [
        { index: { _index: this.index, _id: patient.mrn } },
        { ...patient, importedAt: now.toISOString(), source },
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

  async count(): Promise<number> {
    return (await this.client.count({ index: this.index })).count;
  }
}
