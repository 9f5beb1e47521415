import { describe, expect, it } from 'vitest';
import { parseLabelledCsv } from './labelled-csv.ts';

describe('parseLabelledCsv', () => {
  it('reads text and doc_type, quoted commas, quotes and newlines included', () => {
    const csv =
      'doc_type,text\r\nletter,"Dear Dr. Ames,\nthank you for the ""kind"" referral."\r\nprogress_note,SUBJECTIVE: better\r\n';
    expect(parseLabelledCsv(csv)).toEqual({
      examples: [
        { label: 'letter', text: 'Dear Dr. Ames,\nthank you for the "kind" referral.' },
        { label: 'progress_note', text: 'SUBJECTIVE: better' },
      ],
      skippedRows: [],
    });
  });

  it('takes the text from "transcription" as MTSamples exports name it, and reports empty rows', () => {
    const csv =
      'text_id,doc_type,description,transcription\n1,letter,a letter,Dear Dr. Ames\n2,letter,no text,\n';
    expect(parseLabelledCsv(csv)).toEqual({
      examples: [{ label: 'letter', text: 'Dear Dr. Ames' }],
      skippedRows: [3],
    });
  });

  it('refuses a file without the columns, naming what it found', () => {
    expect(() => parseLabelledCsv('id,label\n1,x\n')).toThrow(
      /needs columns "text" and "doc_type"; found: id, label/,
    );
  });
});
