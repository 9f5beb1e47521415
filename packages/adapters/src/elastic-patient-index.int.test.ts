import { randomBytes } from 'node:crypto';
import { loadConfig } from '@chartroom/config';
import type { CandidateQuery, Patient } from '@chartroom/domain';
import { mrnNeighbours, normaliseName, NICKNAMES } from '@chartroom/pipeline';
import { syntheticPatients } from '@chartroom/samples';
import type { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryPatientIndex } from '../../../test/support/memory-patient-index.ts';
import { createElasticClient, ensureIndices, INDEX_KINDS, indexName } from './elastic-indices.ts';
import { ElasticPatientIndex } from './elastic-patient-index.ts';

const patient = (mrn: string, family: string, given: string[], birthDate: string | null): Patient => ({
  mrn,
  family,
  given,
  birthDate,
  sex: 'unknown',
  address: null,
  city: null,
  state: null,
  postalCode: null,
});

const FIXTURES: Patient[] = [
  patient('1234567', 'Smith-Jones', ['Robert'], '1961-04-17'),
  patient('2345678', "O'Brien", ['Margaret', 'Ann'], '1975-02-03'),
  patient('3456789', 'Núñez', ['José'], '1980-05-05'),
  patient('4567890', 'Okafor', ['Chidi'], '1990-01-01'),
  patient('4567891', 'Okafor', ['Chika'], '1990-01-01'),
  patient('6000001', 'Walsh', ['Elizabeth'], '1948-09-30'),
  patient('6000002', 'Walsh', ['Liz'], '1948-09-30'),
];

const query = (partial: Partial<CandidateQuery>): CandidateQuery => ({
  mrns: [],
  names: [],
  birthDates: [],
  ...partial,
});
const mrnsOf = (patients: Patient[]) => patients.map((found) => found.mrn);

async function withIndex(prefix: string): Promise<{ client: Client; cleanUp: () => Promise<void> }> {
  const client = createElasticClient(loadConfig().CHARTROOM_ES_URL);
  await ensureIndices(client, prefix);
  return {
    client,
    cleanUp: async () => {
      await client.indices.delete({ index: INDEX_KINDS.map((kind) => indexName(prefix, kind)) });
      for (const kind of INDEX_KINDS)
        await client.indices.deleteIndexTemplate({ name: indexName(prefix, kind) });
      await client.close();
    },
  };
}

// Against the real Elasticsearch node that test/global-setup.ts brought up.
describe('ElasticPatientIndex (real node)', () => {
  const prefix = `it-${randomBytes(4).toString('hex')}`;
  let cleanUp: () => Promise<void>;
  let index: ElasticPatientIndex;

  beforeAll(async () => {
    const opened = await withIndex(prefix);
    cleanUp = opened.cleanUp;
    index = new ElasticPatientIndex(opened.client, prefix);
    await index.upsertMany(FIXTURES, 'patients/imports/a.csv', new Date());
  });
  afterAll(() => cleanUp());

  it('updates on re-import instead of duplicating', async () => {
    const again = await index.upsertMany(
      [{ ...FIXTURES[0]!, city: 'Salem' }],
      'patients/imports/b.csv',
      new Date(),
    );
    expect(again).toEqual({ created: 0, updated: 1 });
    expect(await index.count()).toBe(FIXTURES.length);
    expect(await index.findByMrn('1234567')).toEqual({ ...FIXTURES[0], city: 'Salem' });
    expect(await index.findByMrn('9999999')).toBeNull();
  });

  it('finds nickname, diacritic, apostrophe and hyphen variants of a name', async () => {
    const byName = async (family: string, given: string) =>
      mrnsOf(await index.findCandidates(query({ names: [normaliseName(family, given)] })));
    expect(await byName('Smith Jones', 'Bob')).toEqual(['1234567']);
    expect(await byName('SMITHJONES', 'Robbie')).toEqual(['1234567']);
    expect(await byName('OBrien', 'Peggy')).toEqual(['2345678']);
    expect(await byName('Nunez', 'Jose')).toEqual(['3456789']);
    expect(await byName('Smyth-Jones', 'Robert')).toEqual(['1234567']); // phonetic
    expect(await byName('Okafor', 'Emeka')).toEqual([]); // the family alone is not enough
  });

  it('finds the patient a transposed or mistyped MRN may mean, ranked below an exact MRN', async () => {
    expect(mrnsOf(await index.findCandidates(query({ mrns: ['1234576'] })))).toEqual(['1234567']);
    expect(mrnsOf(await index.findCandidates(query({ mrns: ['4567890'] })))).toEqual(['4567890', '4567891']);
  });

  it('returns both twins (same date of birth and family name, different given name)', async () => {
    const found = await index.findCandidates(
      query({ names: [normaliseName('Okafor', 'Chidi')], birthDates: ['1990-01-01'] }),
    );
    expect(mrnsOf(found)).toEqual(['4567890', '4567891']);
    expect(found[0]).toEqual(FIXTURES[3]);
  });

  it('merges: the merged MRN finds the survivor, which keeps it through re-imports', async () => {
    const outcome = await index.applyMerges([
      { survivingMrn: '6000001', mergedMrn: '6000002' },
      { survivingMrn: '7777777', mergedMrn: '6000001' },
    ]);
    expect(outcome).toEqual({
      merged: 1,
      rejected: [{ merge: 2, reason: 'the surviving patient is not in the index' }],
    });
    const survivor = { ...FIXTURES[5]!, aliases: ['6000002'] };
    expect(await index.findByMrn('6000002')).toEqual(survivor);
    expect(await index.findByMrn('6000001')).toEqual(survivor);
    expect(await index.count()).toBe(FIXTURES.length - 1);
    expect(mrnsOf(await index.findCandidates(query({ mrns: ['6000002'] })))).toEqual(['6000001']);

    await index.upsertMany([FIXTURES[5]!], 'patients/imports/c.csv', new Date());
    expect(await index.findByMrn('6000002')).toEqual(survivor);
    // A stale export that brings the merged record back makes its MRN ambiguous: no answer.
    await index.upsertMany([FIXTURES[6]!], 'patients/imports/stale.csv', new Date());
    expect(await index.findByMrn('6000002')).toBeNull();
  });
});

describe('MemoryPatientIndex is faithful to ElasticPatientIndex (1,000 patients)', () => {
  const prefix = `it-${randomBytes(4).toString('hex')}`;
  const patients: Patient[] = [
    ...syntheticPatients(1000, 7),
    patient('1000001', 'Garcia Lopez', ['Mary', 'Ann'], '1970-03-04'),
    patient('1000002', 'Garcia-Lopez', ['Maryann'], '1970-03-04'),
  ];
  const memory = new MemoryPatientIndex(patients);
  let cleanUp: () => Promise<void>;
  let index: ElasticPatientIndex;

  beforeAll(async () => {
    const opened = await withIndex(prefix);
    cleanUp = opened.cleanUp;
    index = new ElasticPatientIndex(opened.client, prefix);
    const started = performance.now();
    await index.upsertMany(patients, 'patients/imports/synthetic.csv', new Date());
    console.log(
      `[patient index] upserted ${patients.length} patients in ${Math.round(performance.now() - started)} ms`,
    );
  });
  afterAll(() => cleanUp());

  /** Queries as the matcher would make them from a document: exact, slipped and varied identifiers. */
  function queries(): CandidateQuery[] {
    const nicknameOf = (given: string) =>
      NICKNAMES[given.toUpperCase()]?.[0] ?? (given.length > 5 ? given.slice(0, -1) : given);
    return patients.slice(0, 150).flatMap((p, i) => {
      const given = p.given[0] ?? '';
      const neighbours = mrnNeighbours(p.mrn);
      return [
        query({ mrns: [p.mrn], names: [normaliseName(p.family, given)], birthDates: [p.birthDate ?? ''] }),
        query({ mrns: [neighbours[i % neighbours.length] ?? p.mrn] }),
        query({ names: [normaliseName(p.family.replace(/-/g, ' '), nicknameOf(given))] }),
        query({ names: [normaliseName(p.family, 'Nobody')], birthDates: [p.birthDate ?? ''] }),
        query({ names: [normaliseName(`${p.family}x`, given)], birthDates: ['2001-02-29', '1999-12-31'] }),
      ];
    });
  }

  it('gives the same candidates, in the same order, for the same queries', async () => {
    const all = [
      ...queries(),
      query({ names: ['GARCIA LOPEZ^MARY-ANN'] }),
      query({ names: ['GARCIALOPEZ^MARY'], birthDates: ['1970-03-04'] }),
      query({}),
    ];
    const latencies: number[] = [];
    let nonEmpty = 0;
    let ranked = 0;
    for (const candidateQuery of all) {
      const started = performance.now();
      const fromElastic = mrnsOf(await index.findCandidates(candidateQuery));
      latencies.push(performance.now() - started);
      const fromMemory = mrnsOf(await memory.findCandidates(candidateQuery));
      expect(fromMemory, JSON.stringify(candidateQuery)).toEqual(fromElastic);
      if (fromElastic.length > 0) nonEmpty++;
      if (fromElastic.length > 1) ranked++;
    }
    // The comparison means something only if many queries find patients, and some find several.
    expect(nonEmpty).toBeGreaterThan(all.length / 2);
    expect(ranked).toBeGreaterThan(20);
    expect(mrnsOf(await index.findCandidates(query({ names: ['GARCIA LOPEZ^MARY-ANN'] })))).toEqual([
      '1000001',
      '1000002',
    ]);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.floor(q * (latencies.length - 1))]?.toFixed(1);
    console.log(
      `[patient index] findCandidates on ${patients.length} patients, ${all.length} queries: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
    );
  });
});
