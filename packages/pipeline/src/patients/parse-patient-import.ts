import type { Patient } from '@chartroom/domain';
import { parseCsv } from './csv.ts';
import { parseHl7Adt, type Hl7AdtOptions, type PatientMerge } from './hl7-adt.ts';

export { parseHl7Adt, type Hl7AdtImport, type Hl7AdtOptions, type PatientMerge } from './hl7-adt.ts';

export const PATIENT_CSV_HEADER = [
  'mrn',
  'family',
  'given',
  'birth_date',
  'sex',
  'address',
  'city',
  'state',
  'postal_code',
] as const;

export type PatientImportFormat = 'fhir-bundle' | 'fhir-ndjson' | 'csv' | 'hl7-adt';

export interface PatientImport {
  format: PatientImportFormat;
  patients: Patient[];
  /** Records merged into others (HL7 ADT^A40), to apply after the patients; empty for other formats. */
  merges: PatientMerge[];
  /** Records that could not be taken, by position; the reason never quotes patient data. */
  rejected: { record: number; reason: string }[];
}

export class PatientImportError extends Error {
  override readonly name = 'PatientImportError';
}

/**
 * Reads a patient index export: a FHIR R4 Bundle (collection or transaction), NDJSON of FHIR
 * Patients, CSV with Chartroom's header, or HL7 v2 ADT messages. In FHIR the MRN is the identifier
 * whose system is `mrnSystem`; in HL7, the PID-3 identifier chosen by `hl7` (type MR by default).
 * A record without an MRN or family name is rejected, never guessed.
 */
export function parsePatientImport(
  text: string,
  options: { mrnSystem: string; hl7?: Hl7AdtOptions },
): PatientImport {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) throw new PatientImportError('the file is empty');
  // \s covers a byte-order mark and MLLP's leading vertical tab.
  if (/^\s*(MSH|FHS|BHS)\|/.test(text)) return parseHl7Adt(text, options.hl7);
  if (trimmed.startsWith('{')) {
    const firstLine = trimmed.split('\n', 1)[0] ?? '';
    const single = tryParseJson(trimmed);
    if (isRecord(single) && single.resourceType === 'Bundle') return fromBundle(single, options.mrnSystem);
    if (tryParseJson(firstLine) !== undefined) return fromNdjson(trimmed, options.mrnSystem);
    throw new PatientImportError('the file is not valid JSON');
  }
  return fromCsv(trimmed);
}

function fromBundle(bundle: Record<string, unknown>, mrnSystem: string): PatientImport {
  if (bundle.type !== 'collection' && bundle.type !== 'transaction') {
    throw new PatientImportError(`a Bundle of type "${String(bundle.type)}" is not a patient export`);
  }
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  return collect(
    'fhir-bundle',
    entries.map((entry) => (isRecord(entry) ? entry.resource : undefined)),
    mrnSystem,
  );
}

function fromNdjson(text: string, mrnSystem: string): PatientImport {
  const resources = text
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => tryParseJson(line) ?? { invalidJson: true });
  return collect('fhir-ndjson', resources, mrnSystem);
}

function collect(format: PatientImportFormat, resources: unknown[], mrnSystem: string): PatientImport {
  const patients: Patient[] = [];
  const rejected: PatientImport['rejected'] = [];
  resources.forEach((resource, index) => {
    const result = fromFhirPatient(resource, mrnSystem);
    if (typeof result === 'string') rejected.push({ record: index + 1, reason: result });
    else patients.push(result);
  });
  return { format, patients, merges: [], rejected };
}

function fromFhirPatient(resource: unknown, mrnSystem: string): Patient | string {
  if (!isRecord(resource)) return 'not a JSON object';
  if (resource.invalidJson === true) return 'not valid JSON';
  if (resource.resourceType !== 'Patient')
    return `a ${String(resource.resourceType)} resource, not a Patient`;
  const identifiers = Array.isArray(resource.identifier) ? resource.identifier.filter(isRecord) : [];
  const mrn = identifiers.find((identifier) => identifier.system === mrnSystem)?.value;
  if (typeof mrn !== 'string' || mrn.trim() === '') return `no identifier with system ${mrnSystem}`;
  const names = Array.isArray(resource.name) ? resource.name.filter(isRecord) : [];
  const name = names.find((candidate) => candidate.use === 'official') ?? names[0];
  const family = typeof name?.family === 'string' ? name.family : '';
  if (family.trim() === '') return 'no family name';
  const given = Array.isArray(name?.given)
    ? name.given.filter((part): part is string => typeof part === 'string')
    : [];
  const addresses = Array.isArray(resource.address) ? resource.address.filter(isRecord) : [];
  const address = addresses[0];
  const line = Array.isArray(address?.line)
    ? address.line.filter((part) => typeof part === 'string').join(', ')
    : '';
  return {
    mrn: mrn.trim(),
    family: family.trim(),
    given: given.map((part) => part.trim()).filter(Boolean),
    birthDate:
      typeof resource.birthDate === 'string' && isIsoDate(resource.birthDate) ? resource.birthDate : null,
    sex: toSex(resource.gender),
    address: line || null,
    city: stringOrNull(address?.city),
    state: stringOrNull(address?.state),
    postalCode: stringOrNull(address?.postalCode),
  };
}

function fromCsv(text: string): PatientImport {
  const [header, ...rows] = parseCsv(text);
  const columns = (header ?? []).map((cell) => cell.trim().toLowerCase());
  const missing = PATIENT_CSV_HEADER.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new PatientImportError(
      `not a FHIR export, and the CSV header lacks ${missing.join(', ')} (expected: ${PATIENT_CSV_HEADER.join(',')})`,
    );
  }
  const cell = (row: string[], column: (typeof PATIENT_CSV_HEADER)[number]) =>
    (row[columns.indexOf(column)] ?? '').trim();
  const patients: Patient[] = [];
  const rejected: PatientImport['rejected'] = [];
  rows.forEach((row, index) => {
    const record = index + 1;
    const mrn = cell(row, 'mrn');
    const family = cell(row, 'family');
    const birthDate = cell(row, 'birth_date');
    if (mrn === '') return rejected.push({ record, reason: 'no MRN' });
    if (family === '') return rejected.push({ record, reason: 'no family name' });
    if (birthDate !== '' && !isIsoDate(birthDate)) {
      return rejected.push({ record, reason: 'birth_date is not a YYYY-MM-DD date' });
    }
    patients.push({
      mrn,
      family,
      given: cell(row, 'given').split(/\s+/).filter(Boolean),
      birthDate: birthDate || null,
      sex: toSex(cell(row, 'sex').toLowerCase()),
      address: cell(row, 'address') || null,
      city: cell(row, 'city') || null,
      state: cell(row, 'state') || null,
      postalCode: cell(row, 'postal_code') || null,
    });
  });
  return { format: 'csv', patients, merges: [], rejected };
}

function toSex(value: unknown): Patient['sex'] {
  if (value === 'male' || value === 'm' || value === 'M') return 'male';
  if (value === 'female' || value === 'f' || value === 'F') return 'female';
  if (value === 'other') return 'other';
  return 'unknown';
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
