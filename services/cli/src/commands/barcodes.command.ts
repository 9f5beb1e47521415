import { readFile } from 'node:fs/promises';
import { barcodeRulesFromConfig, splitLimitsFromConfig, ZxingBarcodeReader } from '@chartroom/adapters';
import type { Config } from '@chartroom/config';
import { BadInputError, type BarcodeMeaning } from '@chartroom/domain';
import { interpretBarcode, splitIntoPages, type BarcodeRules, type SplitLimits } from '@chartroom/pipeline';
import { listLocalFiles } from '../local-files.ts';

/** What `barcodes --json` prints. */
export interface BarcodesOutput {
  files: {
    file: string;
    pages: { pageIndex: number; barcodes: { format: string; text: string; meaning: BarcodeMeaning }[] }[];
  }[];
  /** Files that are not readable scans, with the reason the pipeline would quarantine them for. */
  quarantined: { file: string; reason: string }[];
}

/**
 * Reads every barcode on every page of local files (or of the files in directories), in-process, exactly as the pipeline does
 * (same splitting, same reader, same payload rules): an operator's check of labels and separator
 * sheets before a batch goes in. Needs no services.
 */
export async function barcodesCommand(inputs: string[], config: Config): Promise<BarcodesOutput> {
  const files = await listLocalFiles(inputs);
  const limits = splitLimitsFromConfig(config);
  const rules = barcodeRulesFromConfig(config);
  const reader = await ZxingBarcodeReader.start();
  const output: BarcodesOutput = { files: [], quarantined: [] };
  try {
    for (const { path: file } of files) {
      try {
        output.files.push({ file, pages: await readPages(await readFile(file), reader, limits, rules) });
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        output.quarantined.push({ file, reason: error.message });
      }
    }
  } finally {
    await reader.stop();
  }
  return output;
}

/** Every page of one file with its barcodes; BadInputError if the file is not a readable scan. */
async function readPages(
  bytes: Buffer,
  reader: ZxingBarcodeReader,
  limits: SplitLimits,
  rules: BarcodeRules,
): Promise<BarcodesOutput['files'][number]['pages']> {
  const pages: BarcodesOutput['files'][number]['pages'] = [];
  for await (const page of (await splitIntoPages(bytes, limits)).pages()) {
    const found = await reader.read(page.png);
    pages.push({
      pageIndex: page.pageIndex,
      barcodes: found.map((barcode) => {
        const { format, text, meaning } = interpretBarcode(barcode, rules);
        return { format, text, meaning };
      }),
    });
  }
  return pages;
}

export function formatBarcodes(output: BarcodesOutput): string {
  const lines: string[] = [];
  for (const { file, pages } of output.files) {
    lines.push(file);
    for (const page of pages) {
      if (page.barcodes.length === 0) lines.push(`  page ${page.pageIndex + 1}: no barcodes`);
      for (const barcode of page.barcodes)
        lines.push(
          `  page ${page.pageIndex + 1}: ${barcode.meaning.padEnd(13)} ${barcode.format.padEnd(10)} ${barcode.text}`,
        );
    }
  }
  for (const { file, reason } of output.quarantined) lines.push(`${file}: not read: ${reason}`);
  return lines.join('\n');
}
