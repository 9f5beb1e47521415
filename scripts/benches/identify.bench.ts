import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  writeIdentificationBatch,
  type IdentificationScore,
  type SyntheticPatient,
} from '@chartroom/samples';
import { parseCsv } from '../../packages/pipeline/src/patients/csv.ts';
import { runIdentification } from '../../test/support/identification-run.ts';
import { IsolatedChartroom } from '../../test/support/isolated-chartroom.ts';

/**
 * Patient identification on the generated adversarial set, end to end through the real pipeline
 * (OCR, barcodes, segmentation, the matcher, the Elasticsearch patient index), scored against the
 * truth it was generated with. `seeds` runs several differently drawn sets.
 */
export async function benchIdentify(options: {
  seeds: number[];
  dpi: number;
  /** A Synthea patients.csv: its people join the index as background (more names, more near-misses). */
  corpus?: string | undefined;
}): Promise<Record<string, unknown>> {
  const background = options.corpus ? syntheaPatients(await readFile(options.corpus, 'utf8')) : [];
  // Identification alone decides filed or review (an uncertain type would also hold documents back).
  const chartroom = await new IsolatedChartroom().init({ CHARTROOM_CLASSIFY_MIN_CONFIDENCE: '0' });
  const up = await chartroom.chartroom('up');
  if (up.code !== 0) throw new Error(`chartroom up failed: ${up.stderr}`);
  try {
    const runs: (IdentificationScore & { seed: number; pages: number; seconds: number; indexed: number })[] =
      [];
    for (const seed of options.seeds) {
      const truth = await writeIdentificationBatch(path.join(chartroom.stateDir, `set-${seed}`), {
        seed,
        dpi: options.dpi,
      });
      const { summary, score, seconds } = await runIdentification(chartroom, truth, {
        station: `bench-${seed}`,
        background,
      });
      runs.push({
        seed,
        indexed: truth.patients.length,
        pages: summary.pages,
        seconds: Math.round(seconds * 10) / 10,
        ...score,
      });
    }
    const total = (pick: (run: (typeof runs)[number]) => number) =>
      runs.reduce((sum, run) => sum + pick(run), 0);
    const mean = (pick: (run: (typeof runs)[number]) => number) =>
      Math.round((total(pick) / runs.length) * 1000) / 1000;
    return {
      scenario: `generated adversarial identification set × ${runs.length} seed(s) at ${options.dpi} dpi`,
      patientIndex: `${runs.length > 0 ? background.length + (runs[0]?.indexed ?? 0) : 0} patients (${background.length} background from ${options.corpus ? path.basename(options.corpus) : 'no corpus'})`,
      documents: total((run) => run.documents),
      wrongPatientFilings: total((run) => run.wrongPatientFilings),
      autoFileRate: mean((run) => run.autoFileRate),
      reviewRecall: mean((run) => run.reviewRecall),
      boundaryPrecision: mean((run) => run.boundaryPrecision),
      boundaryRecall: mean((run) => run.boundaryRecall),
      misfiledPagesCaught: `${total((run) => run.misfiledPagesCaught)}/${total((run) => run.misfiledPages)}`,
      barcodeReadRate: mean((run) => run.barcodeReadRate),
      runs,
    };
  } finally {
    await chartroom.stop();
  }
}

/**
 * Synthea's patients.csv as index entries. Synthea appends digits to names ("Milo271"): stripped.
 * MRNs are 8 digits starting with 2, apart from the generated set's 7-digit ones.
 */
function syntheaPatients(csv: string): SyntheticPatient[] {
  const [header = [], ...rows] = parseCsv(csv);
  const column = (name: string) => header.indexOf(name);
  const clean = (value: string) => value.replace(/\d+/g, '').trim();
  return rows
    .filter((row) => row.length === header.length)
    .map((row, i) => ({
      mrn: String(20_000_000 + i),
      family: clean(row[column('LAST')] ?? ''),
      given: clean(row[column('FIRST')] ?? '').split(/\s+/),
      birthDate: row[column('BIRTHDATE')] ?? '',
      sex: row[column('GENDER')] === 'F' ? ('female' as const) : ('male' as const),
      address: row[column('ADDRESS')] ?? '',
      city: row[column('CITY')] ?? '',
      state: row[column('STATE')] ?? '',
      postalCode: row[column('ZIP')] ?? '',
    }))
    .filter((patient) => patient.family !== '' && patient.given[0] !== '' && patient.birthDate !== '');
}
