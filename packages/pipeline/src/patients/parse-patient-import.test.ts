import { describe, expect, it } from 'vitest';
import { parsePatientImport, PatientImportError } from './parse-patient-import.ts';

const mrnSystem = 'urn:chartroom:mrn';
const fhirPatient = (mrn: string, family: string) => ({
  resourceType: 'Patient',
  identifier: [
    { system: 'urn:other', value: 'X1' },
    { system: mrnSystem, value: mrn },
  ],
  name: [{ use: 'official', family, given: ['Ana', 'Maria'] }],
  gender: 'female',
  birthDate: '1980-01-31',
  address: [{ line: ['12 Elm St'], city: 'Salem', state: 'MA', postalCode: '01970' }],
});

describe('parsePatientImport', () => {
  it('reads a FHIR R4 collection or transaction Bundle, taking the MRN by its system', () => {
    for (const type of ['collection', 'transaction']) {
      const bundle = { resourceType: 'Bundle', type, entry: [{ resource: fhirPatient('1000001', 'Reyes') }] };
      const result = parsePatientImport(JSON.stringify(bundle), { mrnSystem });
      expect(result.format).toBe('fhir-bundle');
      expect(result.patients).toEqual([
        {
          mrn: '1000001',
          family: 'Reyes',
          given: ['Ana', 'Maria'],
          birthDate: '1980-01-31',
          sex: 'female',
          address: '12 Elm St',
          city: 'Salem',
          state: 'MA',
          postalCode: '01970',
        },
      ]);
    }
  });

  it('reads NDJSON of Patients and rejects records without an MRN of the configured system', () => {
    const noMrn = { ...fhirPatient('1', 'Lee'), identifier: [{ system: 'urn:other', value: '7' }] };
    const text = [fhirPatient('1000001', 'Reyes'), noMrn, { resourceType: 'Observation' }]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const result = parsePatientImport(text, { mrnSystem });
    expect(result.format).toBe('fhir-ndjson');
    expect(result.patients.map((p) => p.mrn)).toEqual(['1000001']);
    expect(result.rejected).toEqual([
      { record: 2, reason: `no identifier with system ${mrnSystem}` },
      { record: 3, reason: 'a Observation resource, not a Patient' },
    ]);
  });

  it('reads CSV with quoted fields, and rejects bad rows with reasons that quote no patient data', () => {
    const csv = [
      'mrn,family,given,birth_date,sex,address,city,state,postal_code',
      '1000001,Reyes,Ana Maria,1980-01-31,F,"12 Elm St, Apt 2",Salem,MA,01970',
      ',Nobody,Jo,1990-01-01,M,,,,',
      '1000003,Okafor,Chidi,31/01/1980,M,,,,',
    ].join('\r\n');
    const result = parsePatientImport(csv, { mrnSystem });
    expect(result.patients).toHaveLength(1);
    expect(result.patients[0]).toMatchObject({
      given: ['Ana', 'Maria'],
      address: '12 Elm St, Apt 2',
      sex: 'female',
    });
    expect(result.rejected).toEqual([
      { record: 2, reason: 'no MRN' },
      { record: 3, reason: 'birth_date is not a YYYY-MM-DD date' },
    ]);
  });

  it('explains a file it cannot read at all', () => {
    expect(() => parsePatientImport('', { mrnSystem })).toThrow(PatientImportError);
    expect(() => parsePatientImport('name,dob\nx,y', { mrnSystem })).toThrow(/header lacks mrn/);
    expect(() => parsePatientImport('{"resourceType":"Bundle","type":"searchset"}', { mrnSystem })).toThrow(
      /searchset/,
    );
  });
});
