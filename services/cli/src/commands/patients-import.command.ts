import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ElasticPatientIndex, ensureIndices, type MergeOutcome } from '@chartroom/adapters';
import type { Config } from '@chartroom/config';
import { patientKeys } from '@chartroom/domain';
import { parsePatientImport, PatientImportError, type PatientImport } from '@chartroom/pipeline';
import { CliError } from '../cli-error.ts';
import { blobStoreFor, elasticFor } from '../connections.ts';

export interface PatientImportReport {
  format: PatientImport['format'];
  imported: number;
  created: number;
  updated: number;
  /** HL7 A40 merges applied: the merged MRN is now an alias of the survivor. */
  merged: number;
  rejected: PatientImport['rejected'];
  /** Merges that could not be applied, by position among the file's merges; no patient data. */
  rejectedMerges: MergeOutcome['rejected'];
  archivedAs: string;
}

const ARCHIVE_FORMATS: Record<PatientImport['format'], { extension: string; contentType: string }> = {
  csv: { extension: 'csv', contentType: 'text/csv' },
  'fhir-bundle': { extension: 'json', contentType: 'application/fhir+json' },
  'fhir-ndjson': { extension: 'ndjson', contentType: 'application/fhir+json' },
  'hl7-adt': { extension: 'hl7', contentType: 'x-application/hl7-v2+er7' },
};

/**
 * Loads a patient index export. The file is archived in S3 first (the record, from which the
 * index can be rebuilt), then every patient is upserted by MRN: re-importing never duplicates.
 * HL7 merges (A40) are applied after the patients, so a survivor sent in the same file exists.
 */
export async function patientsImportCommand(file: string, config: Config): Promise<PatientImportReport> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
  let parsed: PatientImport;
  try {
    parsed = parsePatientImport(bytes.toString('utf8'), {
      mrnSystem: config.CHARTROOM_FHIR_MRN_SYSTEM,
      hl7: {
        mrnTypeCode: config.CHARTROOM_HL7_MRN_TYPE,
        mrnAssigningAuthority: config.CHARTROOM_HL7_MRN_AUTHORITY,
      },
    });
  } catch (error) {
    if (error instanceof PatientImportError) throw new CliError(`${path.basename(file)}: ${error.message}`);
    throw error;
  }
  if (parsed.patients.length === 0 && parsed.merges.length === 0) {
    throw new CliError(
      `${path.basename(file)}: no patient could be read (${parsed.rejected.length} rejected)`,
    );
  }

  const blobs = blobStoreFor(config);
  await blobs.ensureBucket();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { extension, contentType } = ARCHIVE_FORMATS[parsed.format];
  const archivedAs = patientKeys.import(sha256, extension);
  await blobs.putIfAbsent(archivedAs, bytes, contentType);

  const elastic = elasticFor(config);
  try {
    await ensureIndices(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
    const index = new ElasticPatientIndex(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
    const { created, updated } = await index.upsertMany(parsed.patients, archivedAs, new Date());
    const { merged, rejected: rejectedMerges } = await index.applyMerges(parsed.merges);
    return {
      format: parsed.format,
      imported: parsed.patients.length,
      created,
      updated,
      merged,
      rejected: parsed.rejected,
      rejectedMerges,
      archivedAs,
    };
  } finally {
    await elastic.close();
  }
}
