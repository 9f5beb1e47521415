import { readFile } from 'node:fs/promises';
import type { Config } from '@chartroom/config';
import { inboxKeys, type BatchSummary } from '@chartroom/domain';
import { checkDrop, defaultBatchName, dropBatch, DropRefused, FILE_NAME_PATTERN } from '@chartroom/pipeline';
import { apiGet } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { blobStoreFor } from '../connections.ts';
import { listLocalFiles, type LocalFile } from '../local-files.ts';
import { ProgressBar } from '../progress-bar.ts';

export interface DropOptions {
  station: string;
  batchName?: string | undefined;
  wait: boolean;
  timeoutSeconds: number;
  /** Where the progress bar goes; null when output is not a terminal. */
  progress: NodeJS.WriteStream | null;
}

interface BatchStatusResponse {
  state: 'waiting' | 'processing' | 'complete' | 'failed';
  pages: number | null;
  pagesRead: number | null;
  summary: BatchSummary | null;
  failure: string | null;
}

/** The JSON `drop --json` prints: the batch summary without internal fields. */
export type DropSummary = Omit<BatchSummary, 'completedAt'>;

/**
 * Uploads a batch the way a scanning station does: every file, then a manifest with their
 * checksums, then the completion marker (the signal that the batch may be taken).
 */
export async function dropCommand(
  inputs: string[],
  options: DropOptions,
  config: Config,
): Promise<{ batchId: string; files: number; summary: DropSummary | null }> {
  const batchName = options.batchName ?? defaultBatchName(new Date());
  const files = await collectFiles(inputs);
  if (files.length === 0) throw new CliError('nothing to drop: no files found');
  try {
    checkDrop(
      options.station,
      batchName,
      files.map((file) => file.name),
    );
  } catch (error) {
    if (error instanceof DropRefused) throw new CliError(error.message);
    throw error;
  }

  const blobs = blobStoreFor(config);
  try {
    await blobs.ensureBucket();
  } catch {
    throw new CliError(
      `the S3 store is not reachable at ${config.CHARTROOM_S3_ENDPOINT ?? 'AWS'}; start it with: npx chartroom up`,
    );
  }
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const bar = options.progress ? new ProgressBar(options.progress, 'uploading', totalBytes) : null;
  const { batchId } = await dropBatch(
    blobs,
    options.station,
    batchName,
    (async function* () {
      for (const file of files) yield { name: file.name, bytes: await readFile(file.path) };
    })(),
    new Date(),
    (file) => bar?.advance(file.bytes, file.name),
  );
  bar?.done(`uploaded ${files.length} file(s)`);

  if (!options.wait) return { batchId, files: files.length, summary: null };
  return { batchId, files: files.length, summary: await waitForBatch(batchId, options, config) };
}

async function waitForBatch(batchId: string, options: DropOptions, config: Config): Promise<DropSummary> {
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  let bar: ProgressBar | null = null;
  while (Date.now() < deadline) {
    const status = await apiGet<BatchStatusResponse>(config, `/v1/batches/${batchId}`).catch(
      (error: unknown) => {
        // Until intake has seen the batch, the API may not know it yet.
        if (error instanceof CliError && error.message.includes('404')) return null;
        throw error;
      },
    );
    if (status?.state === 'complete' && status.summary) {
      bar?.done('done');
      const { completedAt: _completedAt, ...summary } = status.summary;
      return summary;
    }
    if (status?.state === 'failed')
      throw new CliError(`batch ${batchId} failed: ${status.failure ?? 'unknown reason'}`);
    if (options.progress && status?.pages) {
      bar ??= new ProgressBar(options.progress, 'reading pages', status.pages);
      bar.set(status.pagesRead ?? 0, `${status.pagesRead ?? 0}/${status.pages} pages`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new CliError(
    `batch ${batchId} is not complete after ${options.timeoutSeconds} s; it goes on in the background`,
  );
}

/** The files to drop, with names a batch can hold. */
async function collectFiles(inputs: string[]): Promise<LocalFile[]> {
  const files = await listLocalFiles(inputs);
  const seen = new Set<string>();
  for (const file of files) {
    if (
      !FILE_NAME_PATTERN.test(file.name) ||
      file.name === inboxKeys.MANIFEST_NAME ||
      file.name === inboxKeys.MARKER_NAME
    ) {
      throw new CliError(`${file.path}: this file name cannot be used in a batch`);
    }
    if (seen.has(file.name))
      throw new CliError(`two files are named ${file.name}; a batch needs unique names`);
    seen.add(file.name);
  }
  return files;
}

/** e.g. 20261123-101502-3fa9: sortable, and unique enough for one station. */
export function formatDropSummary(summary: DropSummary): string {
  const filed = summary.documents.filter((doc) => doc.status === 'filed').length;
  const lines = [
    `batch ${summary.batchId}: ${summary.pages} page(s) → ${summary.documents.length} document(s): ${filed} filed, ${summary.documents.length - filed} to review; ${summary.quarantined.length} quarantined`,
  ];
  for (const doc of summary.documents) {
    const pages = doc.pages.map((page) => `${page.file}#${page.pageIndex + 1}`).join(', ');
    const where = doc.status === 'filed' ? `filed to MRN ${doc.patientMrn ?? '?'}` : 'in review';
    lines.push(`  ${doc.documentId}  ${where.padEnd(22)} ${doc.docType ?? 'untyped'}  pages: ${pages}`);
  }
  for (const item of summary.separators) lines.push(`  separator    ${item.file}#${item.pageIndex + 1}`);
  // An API older than blank-page detection sends no blankPages.
  for (const item of summary.blankPages ?? [])
    lines.push(`  blank page   ${item.file}#${item.pageIndex + 1}`);
  for (const item of summary.quarantined) {
    const where = item.pageIndex === undefined ? item.file : `${item.file}#${item.pageIndex + 1}`;
    lines.push(`  quarantined  ${where}: ${item.reason}`);
  }
  return lines.join('\n');
}
