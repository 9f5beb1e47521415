// `npm run bench -- <name> [options]`: Chartroom's benchmarks. Results are written as JSON under
// bench-results/ and summarised in README ("Measurements"). Never timed assertions in tests.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchBarcodes } from './benches/barcodes.bench.ts';
import { benchClassify } from './benches/classify.bench.ts';
import { benchClean } from './benches/clean.bench.ts';
import { benchIdentify } from './benches/identify.bench.ts';
import { benchOcr } from './benches/ocr.bench.ts';
import { benchWeb } from './benches/web.bench.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    copies: { type: 'string', default: '3' },
    dpi: { type: 'string', default: '300' },
    workers: { type: 'string', default: '1' },
    corpus: { type: 'string' },
    seeds: { type: 'string', default: '3' },
    labels: { type: 'string', default: '8' },
    pages: { type: 'string', default: '20' },
    csv: { type: 'string' },
    train: { type: 'string' },
    shipped: { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    'ocr-sample': { type: 'string', default: '40' },
    main: { type: 'string', default: '8' },
    repeats: { type: 'string', default: '20' },
  },
});

/**
 * Drop to searchable, end to end, on real services: a batch of `copies` copies of the generated
 * sample batch goes through intake, OCR, segmentation, matching, filing and indexing. Runs its own
 * API and workers in a namespace of its own, like the end-to-end test.
 */
async function benchPipeline(): Promise<Record<string, unknown>> {
  const copies = Number(values.copies);
  const dpi = Number(values.dpi);
  const stateDir = await mkdtemp(path.join(tmpdir(), 'chartroom-bench-'));
  const namespace = `bench-${randomBytes(3).toString('hex')}`;
  Object.assign(process.env, {
    CHARTROOM_STATE_DIR: stateDir,
    CHARTROOM_S3_BUCKET: `chartroom-${namespace}`,
    CHARTROOM_ES_INDEX_PREFIX: namespace,
    CHARTROOM_QUEUE_PREFIX: namespace,
    CHARTROOM_API_PORT: '18080',
    CHARTROOM_API_URL: 'http://127.0.0.1:18080',
    CHARTROOM_INBOX_POLL_MS: '500',
  });
  // Imported after the environment is set: the CLI reads its state directory at load time.
  const { upCommand } = await import('../services/cli/src/commands/up.command.ts');
  const { patientsImportCommand } = await import('../services/cli/src/commands/patients-import.command.ts');
  const { dropCommand } = await import('../services/cli/src/commands/drop.command.ts');
  const { stopAppProcesses } = await import('../services/cli/src/app-processes.ts');
  const { cliConfig } = await import('../services/cli/src/environment.ts');
  const { patientsCsv, writeSampleBatch } = await import('@chartroom/samples');

  const log = (line: string) => process.stderr.write(`${line}\n`);
  await upCommand({ workers: Number(values.workers), log });
  try {
    const sample = await writeSampleBatch(path.join(stateDir, 'sample'), { dpi });
    const batchDir = path.join(stateDir, 'batch');
    await mkdir(batchDir);
    for (let copy = 1; copy <= copies; copy++) {
      for (const name of await readdir(sample.dir)) {
        await copyFile(path.join(sample.dir, name), path.join(batchDir, `c${copy}-${name}`));
      }
    }
    await writeFile(path.join(stateDir, 'patients.csv'), patientsCsv(sample.patients));
    const config = cliConfig();
    await patientsImportCommand(path.join(stateDir, 'patients.csv'), config);

    // The worker's resident memory, sampled while the batch runs: its peak, and whether it grows.
    const workerPid = Number(await readFile(path.join(stateDir, 'run', 'worker-1.pid'), 'utf8'));
    const rssSamples: number[] = [];
    const sampler = setInterval(
      () => void residentMiB(workerPid).then((mib) => mib && rssSamples.push(mib)),
      1000,
    );
    const started = performance.now();
    const { summary } = await dropCommand(
      [batchDir],
      { station: 'bench', wait: true, timeoutSeconds: 3600, progress: null },
      config,
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const peakMiB = await peakResidentMiB(workerPid);
    if (!summary) throw new Error('the batch did not complete');
    const quarter = (q: number) =>
      rssSamples[Math.min(rssSamples.length - 1, Math.floor((rssSamples.length * q) / 4))] ?? null;
    const workerLog = await readFile(path.join(stateDir, 'logs', 'worker-1.log'), 'utf8');
    return {
      scenario: `sample batch × ${copies} at ${dpi} dpi (TIFF G4, scanned PDF, PNG, JPEG + 3 bad files per copy)`,
      pages: summary.pages,
      documents: summary.documents.length,
      filed: summary.documents.filter((doc) => doc.status === 'filed').length,
      review: summary.documents.filter((doc) => doc.status === 'review').length,
      quarantined: summary.quarantined.length,
      secondsDropToSearchable: round(seconds),
      secondsPerPage: round(seconds / summary.pages),
      pagesPerMinute: round((summary.pages / seconds) * 60),
      workerProcesses: Number(values.workers),
      workerErrors: workerLog.split('\n').filter((line) => line.includes('"level":50')).length,
      workerPeakRssMiB: peakMiB,
      workerRssMiBAtQuarters: [quarter(1), quarter(2), quarter(3), quarter(4)],
    };
  } finally {
    await stopAppProcesses(log);
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A process's resident memory now (VmRSS) and at its peak (VmHWM), from /proc, in MiB. */
async function procStatusMiB(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  return kib ? Math.round(Number(kib) / 1024) : null;
}
const residentMiB = (pid: number) => procStatusMiB(pid, 'VmRSS');
const peakResidentMiB = (pid: number) => procStatusMiB(pid, 'VmHWM');

const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  pipeline: benchPipeline,
  // --seeds N: how many differently drawn adversarial sets (seed 11, 12, …); --corpus FILE: a
  // Synthea patients.csv joining the index as background (e.g. ../shared/data/patients/…).
  identify: () =>
    benchIdentify({
      seeds: Array.from({ length: Number(values.seeds) }, (_, i) => 11 + i),
      dpi: Number(values.dpi),
      corpus: values.corpus,
    }),
  // --corpus DIR: ZXing's black-box images with expectations.tsv (e.g. ../shared/data/barcodes/zxing).
  barcodes: () => benchBarcodes({ corpus: values.corpus, labels: Number(values.labels) }),
  // --corpus DIR: real scans with <image>.txt ground truth (e.g. ../shared/data/ocr/tesseract-test);
  // --pages N generated pages for accuracy and speed. Needs Debian's tesseract-ocr and ocrmypdf.
  // Page clean-up steps alone: orientation, skew and blank accuracy and ms per page.
  clean: () => benchClean({ pages: Number(values.pages), dpi: Number(values.dpi) }),
  // --csv FILE (columns text|transcription, doc_type; e.g. ../shared/data/mtsamples/train.csv);
  // --train FILE scores a model trained on it, --shipped the shipped model, else --folds N
  // cross-validation; --ocr-sample N
  // documents printed and read back through the page stage; --main N types in macro-F1.
  classify: () => {
    if (!values.csv) throw new Error('the classify benchmark needs --csv <file>');
    return benchClassify({
      csv: values.csv,
      train: values.train,
      shipped: values.shipped,
      folds: Number(values.folds),
      ocrSample: Number(values['ocr-sample']),
      main: Number(values.main),
    });
  },
  ocr: () => benchOcr({ corpus: values.corpus, pages: Number(values.pages), dpi: Number(values.dpi) }),
  web: () => benchWeb({ copies: Number(values.copies), repeats: Number(values.repeats) }),
};
const name = positionals[0] ?? 'pipeline';
const bench = benches[name];
if (!bench) {
  process.stderr.write(`unknown benchmark "${name}"; available: ${Object.keys(benches).join(', ')}\n`);
  process.exit(2);
}
const result = {
  benchmark: name,
  at: new Date().toISOString(),
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  ...(await bench()),
};
await mkdir(path.join(repoRoot, 'bench-results'), { recursive: true });
// The shipped classifier's score is kept beside the cross-validated one, not over it.
const resultName = name === 'classify' && values.shipped ? 'classify-shipped' : name;
const file = path.join(repoRoot, 'bench-results', `${resultName}.json`);
await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\nwritten to ${path.relative(repoRoot, file)}\n`);
process.exit(0);
