import { parseCsv } from '../patients/csv.ts';
import type { LabelledText } from './train-classifier.ts';

/**
 * Labelled texts from a CSV with a header row: the label in `doc_type`, the text in `text` (or
 * `transcription`, as MTSamples exports name it). Rows without text or label are reported.
 */
export function parseLabelledCsv(csv: string): { examples: LabelledText[]; skippedRows: number[] } {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  const labelAt = columns.indexOf('doc_type');
  const textAt = columns.includes('text') ? columns.indexOf('text') : columns.indexOf('transcription');
  if (labelAt < 0 || textAt < 0) {
    throw new Error(
      `a training CSV needs columns "text" and "doc_type"; found: ${columns.join(', ') || 'none'}`,
    );
  }
  const examples: LabelledText[] = [];
  const skippedRows: number[] = [];
  rows.forEach((row, i) => {
    const text = row[textAt]?.trim() ?? '';
    const label = row[labelAt]?.trim() ?? '';
    if (row.length === 1 && row[0] === '') return; // a trailing empty line
    if (text === '' || label === '') skippedRows.push(i + 2);
    else examples.push({ text, label });
  });
  return { examples, skippedRows };
}
