import { readFile } from 'node:fs/promises';
import {
  cleanOptionsFromConfig,
  documentTypesFromConfig,
  splitLimitsFromConfig,
  TesseractOcrEngine,
} from '@chartroom/adapters';
import type { Config } from '@chartroom/config';
import { BadInputError, type ClassificationEvidence } from '@chartroom/domain';
import {
  classifyDocument,
  CurrentModelCache,
  parseTextModel,
  sniffMediaType,
  type TextModel,
} from '@chartroom/pipeline';
import { trainShippedModel } from '@chartroom/samples';
import { CliError } from '../cli-error.ts';
import { blobStoreFor } from '../connections.ts';
import { listLocalFiles } from '../local-files.ts';
import { readPages } from './ocr.command.ts';

export interface ClassifyResult {
  file: string;
  docType: string;
  loinc: string | null;
  confidence: number;
  outcome: 'decided' | 'uncertain';
  documentDate: string | null;
  author: string | null;
  evidence: ClassificationEvidence[];
}

/** What `classify --json` prints. */
export interface ClassifyOutput {
  model: string;
  results: ClassifyResult[];
  quarantined: { file: string; reason: string }[];
}

/**
 * Classifies local files in-process as the workers would: plain text as it is, scans through the
 * page stage (type detected by content). The model: `--model FILE` (e.g. written by `classifier
 * train --out`), else the one the workers use (from S3, when the services are up), else the shipped
 * one, trained here.
 */
export async function classifyCommand(
  inputs: string[],
  options: { modelFile?: string | undefined; note?: (line: string) => void },
  config: Config,
): Promise<ClassifyOutput> {
  const files = await listLocalFiles(inputs);
  const types = documentTypesFromConfig(config);
  const model = await chooseModel(options.modelFile, types, config, options.note ?? (() => undefined));
  const output: ClassifyOutput = { model: model.version, results: [], quarantined: [] };
  let ocr: TesseractOcrEngine | null = null;
  try {
    for (const { path: file } of files) {
      const bytes = await readFile(file);
      let text: string;
      if (sniffMediaType(bytes)) {
        ocr ??= await TesseractOcrEngine.start({
          languages: config.CHARTROOM_OCR_LANGUAGES,
          workers: config.CHARTROOM_OCR_WORKERS,
        });
        try {
          const stage = { ocr, limits: splitLimitsFromConfig(config), clean: cleanOptionsFromConfig(config) };
          text = (await readPages(bytes, stage)).map((page) => page.text).join('\n\n');
        } catch (error) {
          if (!(error instanceof BadInputError)) throw error;
          output.quarantined.push({ file, reason: error.message });
          continue;
        }
      } else {
        const decoded = plainText(bytes);
        if (decoded === null) {
          output.quarantined.push({ file, reason: 'neither a scan (PDF, TIFF, PNG, JPEG) nor UTF-8 text' });
          continue;
        }
        text = decoded;
      }
      const decision = classifyDocument(
        { text, coverSheet: null },
        { types, model, minConfidence: config.CHARTROOM_CLASSIFY_MIN_CONFIDENCE ?? null },
      );
      output.results.push({
        file,
        docType: decision.docType,
        loinc: decision.loinc,
        confidence: decision.confidence,
        outcome: decision.outcome,
        documentDate: decision.documentDate,
        author: decision.author,
        evidence: decision.evidence,
      });
    }
  } finally {
    await ocr?.stop();
  }
  return output;
}

async function chooseModel(
  file: string | undefined,
  types: ReturnType<typeof documentTypesFromConfig>,
  config: Config,
  note: (line: string) => void,
): Promise<TextModel> {
  if (file) {
    try {
      return parseTextModel(await readFile(file, 'utf8'));
    } catch (error) {
      throw new CliError(`--model ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const blobs = blobStoreFor(config);
  try {
    const current = await new CurrentModelCache(blobs).get();
    if (current) return current;
  } catch {
    // No store to ask (services not up): the shipped model will do.
  } finally {
    blobs.client.destroy();
  }
  note('classify: no stored model reachable; training the shipped model (≈ 10 s)');
  return trainShippedModel(types);
}

/** UTF-8 text without control bytes other than whitespace, or null. */
function plainText(bytes: Buffer): string | null {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) return null;
  return text;
}

export function formatClassify(output: ClassifyOutput): string {
  const lines = [`model ${output.model}`];
  for (const r of output.results) {
    lines.push(
      `${r.file}: ${r.docType}${r.loinc ? ` (LOINC ${r.loinc})` : ''}  confidence ${r.confidence.toFixed(2)}` +
        `${r.outcome === 'uncertain' ? '  UNCERTAIN: a clerk decides' : ''}`,
      `    date ${r.documentDate ?? '-'}  author ${r.author ?? '-'}`,
    );
    const headers = r.evidence.find((e) => e.kind === 'section-headers');
    const top = headers?.kind === 'section-headers' ? headers.votes[0] : undefined;
    if (top) lines.push(`    headers: ${top.headers.join(', ')} → ${top.type}`);
  }
  for (const { file, reason } of output.quarantined) lines.push(`${file}: not classified: ${reason}`);
  return lines.join('\n');
}
