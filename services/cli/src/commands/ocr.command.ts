import { readFile } from 'node:fs/promises';
import { cleanOptionsFromConfig, splitLimitsFromConfig, TesseractOcrEngine } from '@chartroom/adapters';
import type { Config } from '@chartroom/config';
import { BadInputError } from '@chartroom/domain';
import { readPageImage, splitIntoPages, type CleanOptions, type SplitLimits } from '@chartroom/pipeline';
import { listLocalFiles } from '../local-files.ts';

export interface OcrPageOutput {
  pageIndex: number;
  text: string;
  meanConfidence: number;
  rotationDeg: number;
  skewDeg: number;
  blank: boolean;
}

/** What `ocr --json` prints. */
export interface OcrOutput {
  files: { file: string; pages: OcrPageOutput[] }[];
  /** Files that are not readable scans, with the reason the pipeline would quarantine them for. */
  quarantined: { file: string; reason: string }[];
}

/**
 * The page stage on local files, in-process, exactly as the workers run it (type detection,
 * splitting, clean-up, OCR with the configured languages and pool): an operator's check of a
 * scanner's output. Needs no services.
 */
export async function ocrCommand(inputs: string[], config: Config): Promise<OcrOutput> {
  const files = await listLocalFiles(inputs);
  const ocr = await TesseractOcrEngine.start({
    languages: config.CHARTROOM_OCR_LANGUAGES,
    workers: config.CHARTROOM_OCR_WORKERS,
  });
  const stage = { ocr, limits: splitLimitsFromConfig(config), clean: cleanOptionsFromConfig(config) };
  const output: OcrOutput = { files: [], quarantined: [] };
  try {
    for (const { path: file } of files) {
      try {
        output.files.push({ file, pages: await readPages(await readFile(file), stage) });
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        output.quarantined.push({ file, reason: error.message });
      }
    }
  } finally {
    await ocr.stop();
  }
  return output;
}

/** Every page of one file, as many at once as the OCR pool has workers, in page order. */
export async function readPages(
  bytes: Buffer,
  stage: { ocr: TesseractOcrEngine; limits: SplitLimits; clean: CleanOptions },
): Promise<OcrPageOutput[]> {
  const reading: Promise<OcrPageOutput>[] = [];
  const inFlight = new Set<Promise<unknown>>();
  for await (const page of (await splitIntoPages(bytes, stage.limits)).pages()) {
    const read = readPageImage(page.png, page.dpi, {
      ocr: stage.ocr,
      barcodes: null,
      clean: stage.clean,
    }).then(({ text }) => ({
      pageIndex: page.pageIndex,
      text: text.text,
      meanConfidence: text.meanConfidence,
      rotationDeg: text.preparation?.rotationDeg ?? 0,
      skewDeg: text.preparation?.skewDeg ?? 0,
      blank: text.preparation?.blank ?? false,
    }));
    reading.push(read);
    const settled = read.finally(() => inFlight.delete(settled));
    inFlight.add(settled);
    if (inFlight.size >= stage.ocr.size) await Promise.race(inFlight);
  }
  return Promise.all(reading);
}

export function formatOcr(output: OcrOutput): string {
  const lines: string[] = [];
  for (const { file, pages } of output.files) {
    for (const page of pages) {
      const notes = [
        `confidence ${page.meanConfidence}`,
        ...(page.rotationDeg ? [`turned ${page.rotationDeg}°`] : []),
        ...(page.skewDeg ? [`deskewed ${page.skewDeg}°`] : []),
      ];
      lines.push(`== ${file} page ${page.pageIndex + 1}${page.blank ? ' (blank)' : ''}: ${notes.join(', ')}`);
      if (!page.blank) lines.push(page.text.trimEnd());
    }
  }
  for (const { file, reason } of output.quarantined) lines.push(`== ${file}: not read: ${reason}`);
  return lines.join('\n');
}
