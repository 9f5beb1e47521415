import type { PageText } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { extractIdentifiers, identifierPatterns } from './extract-identifiers.stage.ts';

const patterns = identifierPatterns('\\bMRN[\\s:#.]*([0-9]{6,10})\\b');

function pageText(text: string, confidence = 92): PageText {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ text: word, confidence, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } }));
  return {
    text,
    meanConfidence: confidence,
    words,
    engine: { name: 'test', version: '0', languages: ['eng'] },
  };
}
const read = (text: string, confidence?: number) =>
  extractIdentifiers('f000-p0000', pageText(text, confidence), patterns);

describe('extractIdentifiers', () => {
  it('reads MRN, name and date of birth from a chart header', () => {
    const found = read('Patient: QUINTERO, Marisol   MRN: 4418203   DOB: 04/17/1961\nDISCHARGE SUMMARY');
    expect(found.map(({ kind, value }) => [kind, value])).toEqual([
      ['mrn', '4418203'],
      ['name', 'QUINTERO^MARISOL'],
      ['birthDate', '1961-04-17'],
    ]);
    expect(found.every((item) => item.source === 'header-text' && item.confidence === 92)).toBe(true);
  });

  it('accepts ISO dates and diacritics, and ignores impossible dates and two-digit years', () => {
    expect(read('Name: Núñez, José  Date of Birth: 1950-02-03').map((item) => item.value)).toEqual([
      'NUNEZ^JOSE',
      '1950-02-03',
    ]);
    expect(read('DOB: 02/31/1970')).toEqual([]);
    expect(read('DOB: 04/17/61')).toEqual([]);
  });
});

describe('extractIdentifiers: confidence', () => {
  it('takes each identifier’s confidence from the very words it was read from', () => {
    const text = 'B Patient: SMITH, Bob   MRN: 7001234   DOB: 06/06/1966';
    const words = text
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => ({
        text: word,
        confidence: word === 'B' ? 5 : word === '7001234' ? 41 : 90,
        bbox: { x0: 0, y0: 0, x1: 1, y1: 1 },
      }));
    const page: PageText = {
      text,
      meanConfidence: 80,
      words,
      engine: { name: 'test', version: '0', languages: ['eng'] },
    };
    const found = extractIdentifiers('f000-p0000', page, patterns);
    // The shaky "B" elsewhere on the line does not touch "Bob"; the shaky MRN digits are its own.
    expect(found.map(({ kind, confidence }) => [kind, confidence])).toEqual([
      ['mrn', 41],
      ['name', 90],
      ['birthDate', 90],
    ]);
  });
});
