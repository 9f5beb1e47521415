import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ElasticPatientIndex, ensureIndices } from '@chartroom/adapters';
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
  rejected: PatientImport['rejected'];
  archivedAs: string;
}

/**
 * Loads a patient index export. The file is archived in S3 first (the record, from which the
 * index can be rebuilt), then every patient is upserted by MRN: re-importing never duplicates.
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
    parsed = parsePatientImport(bytes.toString('utf8'), { mrnSystem: config.CHARTROOM_FHIR_MRN_SYSTEM });
  } catch (error) {
    if (error instanceof PatientImportError) throw new CliError(`${path.basename(file)}: ${error.message}`);
    throw error;
  }
  if (parsed.patients.length === 0) {
    throw new CliError(
      `${path.basename(file)}: no patient could be read (${parsed.rejected.length} rejected)`,
    );
  }

  const blobs = blobStoreFor(config);
  await blobs.ensureBucket();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const extension = parsed.format === 'csv' ? 'csv' : parsed.format === 'fhir-ndjson' ? 'ndjson' : 'json';
  const archivedAs = patientKeys.import(sha256, extension);
  await blobs.putIfAbsent(archivedAs, bytes, parsed.format === 'csv' ? 'text/csv' : 'application/fhir+json');

  const elastic = elasticFor(config);
  try {
    await ensureIndices(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
    const index = new ElasticPatientIndex(elastic, config.CHARTROOM_ES_INDEX_PREFIX);
    const { created, updated } = await index.upsertMany(parsed.patients, archivedAs, new Date());
    return {
      format: parsed.format,
      imported: parsed.patients.length,
      created,
      updated,
      rejected: parsed.rejected,
      archivedAs,
    };
  } finally {
    await elastic.close();
  }
}
