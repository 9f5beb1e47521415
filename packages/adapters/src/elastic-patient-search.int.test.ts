import { randomBytes } from 'node:crypto';
import { loadConfig } from '@chartroom/config';
import type { Patient } from '@chartroom/domain';
import { syntheticPatients } from '@chartroom/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElasticClient, ensureIndices, INDEX_KINDS, indexName } from './elastic-indices.ts';
import { ElasticPatientIndex, parsePatientQuery } from './elastic-patient-index.ts';

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
  patient('6000003', 'Welsh', ['Anna'], '1962-03-14'),
  patient('4820193', 'Smith', ['John'], '1962-03-14'),
  patient('4820194', 'Smith', ['Joan'], '1970-07-07'),
  patient('4820195', 'Smithers', ['Johnny'], '1962-03-14'),
  patient('7000001', 'Johnson', ['Smith'], '1980-01-01'),
];

describe('parsePatientQuery', () => {
  it('reads MRNs, dates of birth in three notations, and name words', () => {
    expect(parsePatientQuery('smith 1962-03-14')).toEqual({
      mrns: [],
      birthDates: ['1962-03-14'],
      names: [{ text: 'smith', part: 'any' }],
    });
    // A comma says which is the family name.
    expect(parsePatientQuery('Smith, John Paul')).toEqual({
      mrns: [],
      birthDates: [],
      names: [
        { text: 'Smith', part: 'family' },
        { text: 'John', part: 'given' },
        { text: 'Paul', part: 'given' },
      ],
    });
    expect(parsePatientQuery('4820193, smith').names).toEqual([{ text: 'smith', part: 'any' }]);
    expect(parsePatientQuery('03/14/1962').birthDates).toEqual(['1962-03-14']);
    expect(parsePatientQuery('14/03/1962').birthDates).toEqual(['1962-03-14']);
    expect(parsePatientQuery('14.03.1962').birthDates).toEqual(['1962-03-14']);
    expect(parsePatientQuery('3/4/1962').birthDates).toEqual(['1962-03-04']);
    expect(parsePatientQuery('MRN: 4820193 DOB 1962-3-14')).toEqual({
      mrns: ['4820193'],
      birthDates: ['1962-03-14'],
      names: [],
    });
    expect(parsePatientQuery('#4820193, mrn:0012345')).toMatchObject({ mrns: ['4820193', '0012345'] });
    // Not a date, too short or too long for an MRN: ignored.
    expect(parsePatientQuery('02/30/1962 12345 12345678901')).toEqual({
      mrns: [],
      birthDates: [],
      names: [],
    });
  });
});

async function openIndex(prefix: string, patients: Patient[]) {
  const client = createElasticClient(loadConfig().CHARTROOM_ES_URL);
  await ensureIndices(client, prefix);
  const index = new ElasticPatientIndex(client, prefix);
  await index.upsertMany(patients, 'patients/imports/a.csv', new Date());
  return {
    index,
    cleanUp: async () => {
      await client.indices.delete({ index: INDEX_KINDS.map((kind) => indexName(prefix, kind)) });
      for (const kind of INDEX_KINDS)
        await client.indices.deleteIndexTemplate({ name: indexName(prefix, kind) });
      await client.close();
    },
  };
}

// Against the real Elasticsearch node that test/global-setup.ts brought up.
describe('ElasticPatientIndex.search (real node)', () => {
  let index: ElasticPatientIndex;
  let cleanUp: () => Promise<void>;
  const find = async (text: string) => (await index.search(text)).map((found) => found.mrn);

  beforeAll(async () => {
    ({ index, cleanUp } = await openIndex(`it-${randomBytes(4).toString('hex')}`, FIXTURES));
    await index.applyMerges([{ survivingMrn: '6000001', mergedMrn: '6000002' }]);
  });
  afterAll(() => cleanUp());

  it('finds by name in either order; "Family, Given" says which is which; every word must match', async () => {
    expect(await find('Smith, John')).toEqual(['4820193', '4820194']);
    // Without a comma "john" may also start a family name (Johnson, Smith): as good a match as a
    // typo of the given name (Smith, Joan); equal scores go by family name.
    expect(await find('SMITH JOHN')).toEqual(['4820193', '7000001', '4820194']);
    // Only the last word counts as the start of a name: "smith" finds Smithers (Johnny, a nickname of John).
    expect(await find('john smith')).toEqual(['4820193', '4820194', '4820195']);
    expect(await find('Johnson, Smith')).toEqual(['7000001']);
    expect(await find('smith nobody')).toEqual([]);
    expect((await index.search('smith john'))[0]).toEqual(FIXTURES[8]);
  });

  it('finds despite typos, nicknames, diacritics, apostrophes and hyphens', async () => {
    expect(await find('Smtih, John')).toEqual(['4820193', '4820194']);
    expect(await find('Bob Smith-Jones')).toEqual(['1234567']);
    expect(await find('smith jones')).toEqual(['1234567']);
    expect(await find("Peggy O'Brien")).toEqual(['2345678']);
    expect(await find('obrien margaret')).toEqual(['2345678']);
    expect(await find('nunez jose')).toEqual(['3456789']);
    // The name as typed first, then one a letter away.
    expect(await find('walsh')).toEqual(['6000001', '6000003']);
  });

  it('finds the name being typed by its start (the last word)', async () => {
    expect(await find('okaf')).toEqual(['4567890', '4567891']);
    expect(await find('okafor chi')).toEqual(['4567890', '4567891']);
    expect(await find('okafor chid')).toEqual(['4567890']);
    expect(await find('Smith, J')).toEqual(['4820193', '4820194']);
  });

  it('finds by date of birth however written, alone or with a name', async () => {
    for (const date of ['1962-03-14', '03/14/1962', '14.03.1962', '3/14/1962', '14/03/1962']) {
      expect(await find(date), date).toEqual(['4820193', '4820195', '6000003']);
    }
    expect(await find('smith 1962-03-14')).toEqual(['4820193', '4820195']);
    expect(await find('Smith, John 03/14/1962')).toEqual(['4820193']);
    expect(await find('okafor 1961-04-17')).toEqual([]);
  });

  it('finds by MRN or a merged-away MRN, alone or with a name', async () => {
    expect(await find('4820193')).toEqual(['4820193']);
    expect(await find('MRN: 4820193')).toEqual(['4820193']);
    expect(await find('6000002')).toEqual(['6000001']);
    expect(await find('4820193 smith')).toEqual(['4820193']);
    expect(await find('4820193 okafor')).toEqual([]);
    expect(await find('9999999')).toEqual([]);
  });

  it('answers nothing when nothing searchable was typed', async () => {
    expect(await find('')).toEqual([]);
    expect(await find('  , MRN ')).toEqual([]);
    expect(await find('12')).toEqual([]);
  });
});

describe('ElasticPatientIndex.search over 1,000 synthetic patients (real node)', () => {
  const synthetic = syntheticPatients(1000, 11);
  let index: ElasticPatientIndex;
  let cleanUp: () => Promise<void>;

  beforeAll(async () => {
    ({ index, cleanUp } = await openIndex(`it-${randomBytes(4).toString('hex')}`, synthetic));
  });
  afterAll(() => cleanUp());

  it('finds each of 200 patients by "Family, Given" and by family name and birth date', async () => {
    const latencies: number[] = [];
    const key = (p: Patient) => `${p.family}|${p.given[0] ?? ''}`;
    for (const p of synthetic.slice(0, 200)) {
      const started = performance.now();
      const found = await index.search(`${p.family}, ${p.given[0] ?? ''}`);
      latencies.push(performance.now() - started);
      // Namesakes (the generator repeats names) may come first; nobody with another name does.
      const at = found.findIndex((other) => other.mrn === p.mrn);
      expect(at, p.mrn).toBeGreaterThanOrEqual(0);
      expect(
        found.slice(0, at).every((other) => key(other) === key(p) || other.given.includes(p.given[0] ?? '')),
        p.mrn,
      ).toBe(true);
      const byBirth = await index.search(`${p.family} ${p.birthDate ?? ''}`);
      expect(
        byBirth.map((other) => other.mrn),
        p.mrn,
      ).toContain(p.mrn);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `[patient search] 1,000 patients, 200 "Family, Given" searches: p50 ${latencies[100]?.toFixed(1)} ms, ` +
        `p95 ${latencies[190]?.toFixed(1)} ms`,
    );
  });
});
