import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PATIENT_CSV_HEADER } from '@chartroom/pipeline';
import type { SyntheticPatient } from './patients.ts';

export const DEFAULT_MRN_SYSTEM = 'urn:chartroom:mrn';

/** The column order Chartroom's patient import expects (declared once, by the import). */
export const PATIENT_CSV_COLUMNS = PATIENT_CSV_HEADER;

/** RFC 4180: quote a field only when it holds a comma, quote or line break; double inner quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A patient index export as CSV (CRLF line ends, as RFC 4180 and spreadsheets write them). */
export function patientsCsv(patients: SyntheticPatient[]): string {
  const rows = patients.map((patient) => [
    patient.mrn,
    patient.family,
    patient.given.join(' '),
    patient.birthDate,
    patient.sex,
    patient.address,
    patient.city,
    patient.state,
    patient.postalCode,
  ]);
  return [PATIENT_CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** A stable name-based UUID (version 5 layout), so the same patient always gets the same resource id. */
function stableUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function fhirPatient(patient: SyntheticPatient, mrnSystem: string): Record<string, unknown> {
  return {
    resourceType: 'Patient',
    id: stableUuid(`${mrnSystem}|${patient.mrn}`),
    // HL7's "test health data" tag: anyone who finds this file can tell it is not about real people.
    meta: {
      tag: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
          code: 'HTEST',
          display: 'test health data',
        },
      ],
    },
    identifier: [
      {
        use: 'usual',
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
        system: mrnSystem,
        value: patient.mrn,
      },
    ],
    name: [{ use: 'official', family: patient.family, given: patient.given }],
    gender: patient.sex,
    birthDate: patient.birthDate,
    address: [
      {
        use: 'home',
        line: [patient.address],
        city: patient.city,
        state: patient.state,
        postalCode: patient.postalCode,
        country: 'US',
      },
    ],
  };
}

/** A FHIR R4 Bundle of type `collection` holding one Patient per synthetic patient. */
export function patientsFhirBundle(patients: SyntheticPatient[], mrnSystem = DEFAULT_MRN_SYSTEM): object {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    total: patients.length,
    entry: patients.map((patient) => {
      const resource = fhirPatient(patient, mrnSystem);
      return { fullUrl: `urn:uuid:${String(resource.id)}`, resource };
    }),
  };
}

/** FHIR bulk-export style: one Patient resource per line. */
export function patientsNdjson(patients: SyntheticPatient[], mrnSystem = DEFAULT_MRN_SYSTEM): string {
  return patients.map((patient) => JSON.stringify(fhirPatient(patient, mrnSystem)) + '\n').join('');
}

export interface SamplePatientFiles {
  csv: string;
  fhirBundle: string;
  ndjson: string;
}

/** Writes the same patients as patients.csv, patients.fhir.json and patients.ndjson; returns their paths. */
export async function writeSamplePatients(
  dir: string,
  patients: SyntheticPatient[],
  mrnSystem = DEFAULT_MRN_SYSTEM,
): Promise<SamplePatientFiles> {
  await mkdir(dir, { recursive: true });
  const files: SamplePatientFiles = {
    csv: path.join(dir, 'patients.csv'),
    fhirBundle: path.join(dir, 'patients.fhir.json'),
    ndjson: path.join(dir, 'patients.ndjson'),
  };
  await Promise.all([
    writeFile(files.csv, patientsCsv(patients)),
    writeFile(files.fhirBundle, JSON.stringify(patientsFhirBundle(patients, mrnSystem), null, 2) + '\n'),
    writeFile(files.ndjson, patientsNdjson(patients, mrnSystem)),
  ]);
  return files;
}
