import type { FoundIdentifier, OcrWord } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { identifierWordHighlights, queryWordHighlights } from './word-highlights.ts';

/** OCR words of a line of text, side by side, each box 10 px a letter. */
function line(text: string, y = 0): OcrWord[] {
  let x = 0;
  return text.split(' ').map((word) => {
    const box = { x0: x, y0: y, x1: x + word.length * 10, y1: y + 20 };
    x = box.x1 + 10;
    return { text: word, confidence: 90, bbox: box };
  });
}

const marked = (highlights: { text: string }[]) => highlights.map((highlight) => highlight.text);

const identifier = (kind: FoundIdentifier['kind'], value: string): FoundIdentifier => ({
  kind,
  value,
  source: 'header-text',
  pageId: 'f000-p0000',
  confidence: 90,
});

describe('queryWordHighlights', () => {
  it('marks the words a query matches, case and punctuation folded, with their boxes', () => {
    const words = line('Started WARFARIN, 5 mg; warfarin levels (INR) checked');
    const highlights = queryWordHighlights(words, 'warfarin');
    expect(highlights).toEqual([
      { kind: 'query', text: 'WARFARIN,', box: words[1]!.bbox },
      { kind: 'query', text: 'warfarin', box: words[4]!.bbox },
    ]);
  });

  it('marks an expansion for an abbreviation, every word of it, and the other way round', () => {
    const words = line('History of congestive heart failure and CHF clinic visits; heart rate 80');
    expect(marked(queryWordHighlights(words, 'CHF'))).toEqual(['congestive', 'heart', 'failure', 'CHF']);
    expect(marked(queryWordHighlights(words, 'congestive heart failure'))).toEqual([
      'congestive',
      'heart',
      'failure',
      'CHF',
    ]);
    expect(marked(queryWordHighlights(line('Known A-fib, on apixaban'), 'atrial fibrillation'))).toEqual([
      'A-fib,',
    ]);
    expect(
      marked(queryWordHighlights(line('SOB on exertion; no shortness of breath at rest'), 'sob')),
    ).toEqual(['SOB', 'shortness', 'of', 'breath']);
  });

  it('marks the words of a typed phrase apart when they do not stand together', () => {
    expect(
      marked(queryWordHighlights(line('failure of the heart, congestive'), 'congestive heart failure')),
    ).toEqual(['failure', 'heart,', 'congestive']);
  });

  it('tolerates an OCR slip on the page or in the query in words of five letters or more', () => {
    expect(marked(queryWordHighlights(line('Continue warfarln 5 mg'), 'warfarin'))).toEqual(['warfarln']);
    expect(marked(queryWordHighlights(line('Continue warfarin 5 mg'), 'warfarln'))).toEqual(['warfarin']);
    // "rn" read for "m" is one slip, though two edits
    expect(marked(queryWordHighlights(line('rnetoprolol 25 mg'), 'metoprolol'))).toEqual(['rnetoprolol']);
    expect(marked(queryWordHighlights(line('arm and leg'), 'arrn'))).toEqual(['arm']);
    // two slips from nine letters on
    expect(marked(queryWordHighlights(line('amlodipine'), 'amlodipnie'))).toEqual(['amlodipine']);
    // a short word must be exact; so must a number
    expect(queryWordHighlights(line('left arm pain'), 'lift')).toEqual([]);
    expect(queryWordHighlights(line('MRN 4820193'), '4820194')).toEqual([]);
  });

  it('does not mark near misses where the word is on the page as typed', () => {
    expect(marked(queryWordHighlights(line('murmur heard; heart sounds normal'), 'heart'))).toEqual([
      'heart',
    ]);
  });

  it('keeps a prefix that changes the meaning: hypotension does not find hypertension', () => {
    expect(queryWordHighlights(line('history of hypertension'), 'hypotension')).toEqual([]);
    expect(marked(queryWordHighlights(line('history of hypertensoin'), 'hypertension'))).toEqual([
      'hypertensoin',
    ]);
  });

  it('marks nothing for an empty query or a page without words', () => {
    expect(queryWordHighlights(line('anything'), '  ')).toEqual([]);
    expect(queryWordHighlights([], 'warfarin')).toEqual([]);
  });
});

describe('identifierWordHighlights', () => {
  const header = [
    ...line('Patient: QUINTERO, Marisol A.   MRN:4820193', 0),
    ...line('DOB: 03/14/1962  Attending: Dr. Quintero', 40),
  ].filter((word) => word.text !== '');

  it('marks the MRN, the name and the date of birth where they were read', () => {
    const highlights = identifierWordHighlights(header, [
      identifier('mrn', '4820193'),
      identifier('name', 'QUINTERO^MARISOL'),
      identifier('birthDate', '1962-03-14'),
    ]);
    expect(highlights.map(({ kind, text }) => [kind, text])).toEqual([
      ['name', 'QUINTERO,'],
      ['name', 'Marisol'],
      ['mrn', 'MRN:4820193'],
      ['birthDate', '03/14/1962'],
    ]);
    expect(highlights[0]?.box).toEqual(header[1]?.bbox);
  });

  it('marks a surname alone when the given name is nowhere near it, OCR slips forgiven', () => {
    const words = line('Seen by nurse; patient Quinterc came in with her sister Ana');
    expect(marked(identifierWordHighlights(words, [identifier('name', 'QUINTERO^MARISOL')]))).toEqual([
      'Quinterc',
    ]);
    expect(
      marked(
        identifierWordHighlights(line('Name: Smith-Jones, Mary Ann'), [
          identifier('name', 'SMITH-JONES^MARY ANN'),
        ]),
      ),
    ).toEqual(['Smith-Jones,', 'Mary', 'Ann']);
    expect(marked(identifierWordHighlights(line('NÚÑEZ, José'), [identifier('name', 'NUNEZ^JOSE')]))).toEqual(
      ['NÚÑEZ,', 'José'],
    );
  });

  it('marks an MRN split by a space or hyphen, or with O and l read for 0 and 1', () => {
    const mrn = [identifier('mrn', '4820193')];
    expect(marked(identifierWordHighlights(line('MRN 482-0193 seen'), mrn))).toEqual(['482-0193']);
    expect(marked(identifierWordHighlights(line('MRN 482 0193 seen'), mrn))).toEqual(['482', '0193']);
    expect(marked(identifierWordHighlights(line('MRN: 482Ol93'), mrn))).toEqual(['482Ol93']);
    expect(identifierWordHighlights(line('MRN 48201934 (old)'), mrn)).toEqual([]);
  });

  it('marks a date of birth however it is printed', () => {
    const dob = [identifier('birthDate', '1962-03-14')];
    for (const printed of [
      'DOB: 1962-03-14 .',
      'DOB: 03/14/1962 .',
      'DOB: 3/14/62 .',
      'DOB: 14.03.1962 .',
      'Born 14-Mar-1962 .',
    ]) {
      expect(marked(identifierWordHighlights(line(printed), dob)), printed).toEqual([printed.split(' ')[1]]);
    }
    expect(marked(identifierWordHighlights(line('Date of birth: Mar 14, 1962 (age 63)'), dob))).toEqual([
      'Mar',
      '14,',
      '1962',
    ]);
    expect(marked(identifierWordHighlights(line('born 14 March 1962'), dob))).toEqual([
      '14',
      'March',
      '1962',
    ]);
    expect(identifierWordHighlights(line('Seen 03/15/1962 and 1962-04-14'), dob)).toEqual([]);
  });
});
