import type { PageText } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { extractIdentifiers, identifierPatterns, labelRegion } from './extract-identifiers.stage.ts';

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

  it('reads a colon that OCR turned into a semicolon', () => {
    const found = read('Patient; NUNEZ, JOSE   DOB; 04/15/1972');
    expect(found.map(({ kind, value }) => [kind, value])).toEqual([
      ['name', 'NUNEZ^JOSE'],
      ['birthDate', '1972-04-15'],
    ]);
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

describe('extractIdentifiers: patient label text', () => {
  // Words laid out left to right on given rows; a label barcode sits at x 1000–1400, y 100–230.
  const layout = (rows: [number, string][]): PageText => {
    const words = rows.flatMap(([y, line]) => {
      let x = y > 0 && line.startsWith('QUINTERO') ? 1000 : 100;
      return line.split(' ').map((text) => {
        const word = { text, confidence: 91, bbox: { x0: x, y0: y, x1: x + 20 * text.length, y1: y + 30 } };
        x += 20 * text.length + 15;
        return word;
      });
    });
    return {
      text: rows.map(([, line]) => line).join('\n'),
      meanConfidence: 91,
      words,
      engine: { name: 'test', version: '0', languages: ['eng'] },
    };
  };
  const label = labelRegion({ x0: 1000, y0: 100, x1: 1400, y1: 230 });

  it('reads a name standing alone on a label, and says it came from the label', () => {
    const page = layout([
      [60, 'LABORATORY REPORT'],
      [260, 'QUINTERO, Marisol'],
      [600, 'Potassium 4.1 mmol/L.'],
    ]);
    expect(extractIdentifiers('f000-p0000', page, patterns, [label])).toEqual([
      { kind: 'name', value: 'QUINTERO^MARISOL', source: 'label-text', pageId: 'f000-p0000', confidence: 91 },
    ]);
  });

  it('does not take "FAMILY, Given" for a name away from a label', () => {
    const page = layout([[900, 'Discussed with PATIENT, daughter present.']]);
    expect(extractIdentifiers('f000-p0000', page, patterns, [label])).toEqual([]);
    expect(extractIdentifiers('f000-p0000', layout([[260, 'QUINTERO, Marisol']]), patterns, [])).toEqual([]);
  });
});
