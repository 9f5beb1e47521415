import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePatientImport } from '../../pipeline/src/patients/parse-patient-import.ts';
import {
  DEFAULT_MRN_SYSTEM,
  patientsCsv,
  patientsFhirBundle,
  patientsNdjson,
  writeSamplePatients,
} from './patient-files.ts';
import { syntheticPatients, type SyntheticPatient } from './patients.ts';

/** A strict RFC 4180 reader, independent of the code under test. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  const pattern = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|$)/gy;
  let row: string[] = [];
  for (let match = pattern.exec(text); match && match.index < text.length; match = pattern.exec(text)) {
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''));
    if (match[3] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const awkward: SyntheticPatient = {
  mrn: '1000001',
  family: 'O\'Brien "Bo"',
  given: ['Mary', 'Ann'],
  birthDate: '1950-02-03',
  sex: 'female',
  address: '12 Elm St, Apt 4',
  city: 'Springfield',
  state: 'IL',
  postalCode: '62701',
};

describe('patient files', () => {
  it('writes the CSV header and quotes only the fields that need it', () => {
    const csv = patientsCsv([awkward]);
    expect(csv.split('\r\n')[0]).toBe('mrn,family,given,birth_date,sex,address,city,state,postal_code');
    expect(csv).toContain(
      '1000001,"O\'Brien ""Bo""",Mary Ann,1950-02-03,female,"12 Elm St, Apt 4",Springfield',
    );
    expect(readCsv(csv)).toEqual([
      ['mrn', 'family', 'given', 'birth_date', 'sex', 'address', 'city', 'state', 'postal_code'],
      [
        '1000001',
        'O\'Brien "Bo"',
        'Mary Ann',
        '1950-02-03',
        'female',
        '12 Elm St, Apt 4',
        'Springfield',
        'IL',
        '62701',
      ],
    ]);
  });

  it('round-trips every format through the pipeline’s patient import', () => {
    const patients = [...syntheticPatients(30, 5), awkward];
    const expected = patients.map((patient) => ({ ...patient }));
    const mrnSystem = DEFAULT_MRN_SYSTEM;
    for (const text of [
      patientsCsv(patients),
      JSON.stringify(patientsFhirBundle(patients)),
      patientsNdjson(patients),
    ]) {
      const imported = parsePatientImport(text, { mrnSystem });
      expect(imported.rejected).toEqual([]);
      expect(imported.patients).toEqual(expected);
    }
  });

  it('builds a FHIR R4 collection Bundle of Patients with the MRN under the given system', () => {
    const [patient] = syntheticPatients(1, 9);
    const bundle = patientsFhirBundle([patient!], 'urn:oid:1.2.3') as {
      resourceType: string;
      type: string;
      entry: { fullUrl: string; resource: Record<string, unknown> }[];
    };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const [entry] = bundle.entry;
    expect(entry?.fullUrl).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(entry?.resource).toMatchObject({
      resourceType: 'Patient',
      identifier: [{ system: 'urn:oid:1.2.3', value: patient!.mrn }],
      gender: patient!.sex,
      birthDate: patient!.birthDate,
    });
    expect(patientsFhirBundle([patient!], 'urn:oid:1.2.3')).toEqual(bundle);
  });

  it('writes patients.csv, patients.fhir.json and patients.ndjson', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'chartroom-patients-'));
    try {
      const patients = syntheticPatients(3);
      const files = await writeSamplePatients(dir, patients);
      expect(await readFile(files.csv, 'utf8')).toBe(patientsCsv(patients));
      expect(JSON.parse(await readFile(files.fhirBundle, 'utf8'))).toEqual(patientsFhirBundle(patients));
      expect((await readFile(files.ndjson, 'utf8')).trimEnd().split('\n')).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
