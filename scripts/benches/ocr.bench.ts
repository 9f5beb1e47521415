import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import {
  cleanOptionsFromConfig,
  languageDataPath,
  splitLimitsFromConfig,
  TesseractOcrEngine,
} from '@chartroom/adapters';
import { loadConfig } from '@chartroom/config';
import { cleanPage, readPageImage, splitIntoPages } from '@chartroom/pipeline';
import { characterErrors, writeOcrSet } from '@chartroom/samples';
import { IsolatedChartroom } from '../../test/support/isolated-chartroom.ts';

const run = promisify(execFile);
const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

interface EvalPage {
  name: string;
  image: string;
  truth: string;
}

/**
 * The page stage against native Tesseract 5 (Debian `tesseract-ocr`) and OCRmyPDF (Debian
 * `ocrmypdf`), on the same images with the same model (tesseract.js's eng "best_int" data, unpacked
 * for the native binary): character error rate on generated pages and, with `corpus`, on real scans
 * with ground truth beside them (`<image>.txt`); and pages per minute on this machine's cores.
 */
export async function benchOcr(options: {
  corpus: string | undefined;
  pages: number;
  dpi: number;
}): Promise<Record<string, unknown>> {
  await requireCommand('tesseract', 'apt-get install tesseract-ocr');
  await requireCommand('ocrmypdf', 'apt-get install ocrmypdf');
  const work = await mkdtemp(path.join(tmpdir(), 'chartroom-ocr-bench-'));
  const tessdata = await unpackModel(work);
  const config = loadConfig({});
  const engine = await TesseractOcrEngine.start({ languages: ['eng'], workers: 2 });
  try {
    const set = await writeOcrSet(path.join(work, 'generated'), { pages: options.pages, dpi: options.dpi });
    const generated: EvalPage[] = set.pages.map((page) => ({ name: path.basename(page.image), ...page }));
    const stage = { engine, config };
    const accuracy = {
      generated: await compareAccuracy(generated, stage, tessdata),
      ...(options.corpus
        ? { corpus: await compareAccuracy(await corpusPages(options.corpus), stage, tessdata) }
        : {}),
    };
    const resolution = await resolutionSweep(generated.slice(0, 8), stage, [200, 250, 300, 400]);
    const recogniserAlone = await compareRecognisers(generated.slice(0, 8), stage, tessdata, work);
    const pages = generated.length;
    const throughput = {
      pages,
      chartroomPageStage: await timed(pages, () => pageStageOnFile(set.pdf, stage)),
      chartroomEndToEnd: await timed(pages, () => endToEnd(set.pdf)),
      nativeTesseract2Processes: await timed(pages, () =>
        nativeOnAll(
          generated.map((page) => page.image),
          tessdata,
          2,
        ),
      ),
      ocrmypdfJobs2: await timed(pages, () =>
        ocrmypdf(set.pdf, path.join(work, 'ocrmypdf-out.pdf'), tessdata),
      ),
    };
    return {
      tools: {
        tesseract: (await run('tesseract', ['--version'])).stdout.split('\n')[0],
        ocrmypdf: (await run('ocrmypdf', ['--version'])).stdout.trim(),
        model: 'eng 4.0.0_best_int (@tesseract.js-data/eng), LSTM only',
      },
      accuracy,
      resolution,
      recogniserAlone,
      throughput,
    };
  } finally {
    await engine.stop();
  }
}

async function requireCommand(command: string, install: string): Promise<void> {
  try {
    await run(command, ['--version']);
  } catch {
    throw new Error(`the OCR benchmark compares with ${command}; install it first: ${install}`);
  }
}

/** The same model for the native binary: tesseract.js keeps it gzipped. */
async function unpackModel(work: string): Promise<string> {
  const dir = path.join(work, 'tessdata');
  await mkdir(dir, { recursive: true });
  const gz = await readFile(path.join(languageDataPath('eng'), 'eng.traineddata.gz'));
  await writeFile(path.join(dir, 'eng.traineddata'), gunzipSync(gz));
  return dir;
}

/** Images with a same-named .txt beside them. */
async function corpusPages(dir: string): Promise<EvalPage[]> {
  const names = await readdir(dir);
  const pages: EvalPage[] = [];
  for (const name of names.filter((candidate) => /\.(png|tiff?|jpe?g)$/i.test(candidate)).sort()) {
    const stem = name.replace(/\.[^.]+$/, '');
    if (!names.includes(`${stem}.txt`)) continue;
    pages.push({
      name,
      image: path.join(dir, name),
      truth: await readFile(path.join(dir, `${stem}.txt`), 'utf8'),
    });
  }
  return pages;
}

interface Stage {
  engine: TesseractOcrEngine;
  config: ReturnType<typeof loadConfig>;
}

async function chartroomText(image: string, stage: Stage): Promise<string> {
  const split = await splitIntoPages(await readFile(image), splitLimitsFromConfig(stage.config));
  const texts: string[] = [];
  for await (const page of split.pages()) {
    const reading = await readPageImage(page.png, page.dpi, {
      ocr: stage.engine,
      barcodes: null,
      clean: cleanOptionsFromConfig(stage.config),
    });
    texts.push(reading.text.text);
  }
  return texts.join('\n');
}

/** CER and time per page at each OCR resolution: the case for CHARTROOM_OCR_DPI's default. */
async function resolutionSweep(pages: EvalPage[], stage: Stage, dpis: number[]) {
  const rows = [];
  for (const ocrDpi of dpis) {
    const config = { ...stage.config, CHARTROOM_OCR_DPI: ocrDpi };
    let edits = 0;
    let characters = 0;
    const started = performance.now();
    for (const page of pages) {
      const errors = characterErrors(await chartroomText(page.image, { ...stage, config }), page.truth);
      edits += errors.edits;
      characters += errors.length;
    }
    const secondsPerPage = (performance.now() - started) / 1000 / pages.length;
    rows.push({ ocrDpi, cer: round(edits / characters, 4), secondsPerPage: round(secondsPerPage) });
  }
  return { pages: pages.length, sourceDpi: 300, rows };
}

/**
 * The OCR engines alone, one page at a time on one core, on the identical prepared images (after
 * Chartroom's clean-up): what the WebAssembly build costs against the native binary, which bounds
 * how close the page stage can come to native Tesseract's rate.
 */
async function compareRecognisers(pages: EvalPage[], stage: Stage, tessdata: string, work: string) {
  const engine = await TesseractOcrEngine.start({ languages: ['eng'], workers: 1 });
  try {
    const prepared: string[] = [];
    for (const [i, page] of pages.entries()) {
      const cleaned = await cleanPage(await readFile(page.image), 300, cleanOptionsFromConfig(stage.config));
      const file = path.join(work, `prepared-${i}.png`);
      await writeFile(file, cleaned.png);
      prepared.push(file);
    }
    await engine.recognize(await readFile(prepared[0] ?? '')); // warm-up, as a long-lived worker is
    let tesseractJs = 0;
    let native = 0;
    for (const file of prepared) {
      const image = await readFile(file);
      let started = performance.now();
      await engine.recognize(image);
      tesseractJs += performance.now() - started;
      started = performance.now();
      await nativeText(file, tessdata);
      native += performance.now() - started;
    }
    return {
      pages: prepared.length,
      tesseractJsSecondsPerPage: round(tesseractJs / 1000 / prepared.length),
      nativeSecondsPerPage: round(native / 1000 / prepared.length),
      nativeSpeedup: round(tesseractJs / native),
    };
  } finally {
    await engine.stop();
  }
}

async function nativeText(image: string, tessdata: string): Promise<string> {
  const { stdout } = await run(
    'tesseract',
    [image, 'stdout', '--tessdata-dir', tessdata, '-l', 'eng', '--oem', '1'],
    {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout;
}

async function compareAccuracy(pages: EvalPage[], stage: Stage, tessdata: string) {
  const rows = [];
  for (const page of pages) {
    const chartroom = characterErrors(await chartroomText(page.image, stage), page.truth);
    const native = characterErrors(await nativeText(page.image, tessdata), page.truth);
    rows.push({
      page: page.name,
      characters: chartroom.length,
      chartroomCer: round(chartroom.cer, 4),
      nativeCer: round(native.cer, 4),
      chartroomEdits: chartroom.edits,
      nativeEdits: native.edits,
    });
  }
  const characters = rows.reduce((sum, row) => sum + row.characters, 0);
  return {
    pages: rows.length,
    characters,
    chartroomCer: round(rows.reduce((sum, row) => sum + row.chartroomEdits, 0) / characters, 4),
    nativeCer: round(rows.reduce((sum, row) => sum + row.nativeEdits, 0) / characters, 4),
    rows,
  };
}

/** Times `work`, unless it reports the seconds that count itself (setup excluded). */
async function timed(pages: number, work: () => Promise<number | void>) {
  const started = performance.now();
  const own = await work();
  const seconds = typeof own === 'number' ? own : (performance.now() - started) / 1000;
  return { seconds: round(seconds, 1), pagesPerMinute: round((pages / seconds) * 60, 1) };
}

/** Split, clean up and OCR every page of one file, two pages at a time (the pool's size). */
async function pageStageOnFile(file: string, stage: Stage): Promise<void> {
  const split = await splitIntoPages(await readFile(file), splitLimitsFromConfig(stage.config));
  const inFlight = new Set<Promise<unknown>>();
  for await (const page of split.pages()) {
    const read = readPageImage(page.png, page.dpi, {
      ocr: stage.engine,
      barcodes: null,
      clean: cleanOptionsFromConfig(stage.config),
    });
    const settled = read.finally(() => inFlight.delete(settled));
    inFlight.add(settled);
    if (inFlight.size >= stage.engine.size) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

async function nativeOnAll(images: string[], tessdata: string, processes: number): Promise<void> {
  const queue = [...images];
  await Promise.all(
    Array.from({ length: processes }, async () => {
      for (let image = queue.shift(); image; image = queue.shift()) await nativeText(image, tessdata);
    }),
  );
}

async function ocrmypdf(input: string, output: string, tessdata: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'ocrmypdf',
      ['--jobs', '2', '--output-type', 'pdf', '--tesseract-oem', '1', '-l', 'eng', input, output],
      {
        env: { ...process.env, TESSDATA_PREFIX: tessdata },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ocrmypdf exited ${code}: ${stderr.slice(-500)}`)),
    );
  });
}

/** Drop to searchable through the real pipeline, in an isolated namespace; seconds of the drop alone. */
async function endToEnd(pdf: string): Promise<number> {
  const chartroom = await new IsolatedChartroom().init();
  const up = await chartroom.chartroom('up');
  if (up.code !== 0) throw new Error(`chartroom up failed: ${up.stderr}`);
  try {
    const dir = path.join(chartroom.stateDir, 'batch');
    await mkdir(dir);
    await writeFile(path.join(dir, 'pages.pdf'), await readFile(pdf));
    const started = performance.now();
    await chartroom.json('drop', dir, '--station', 'bench-ocr', '--wait');
    return (performance.now() - started) / 1000;
  } finally {
    await chartroom.stop();
  }
}
