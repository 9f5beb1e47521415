import { describe, expect, it } from 'vitest';
import { documentTerms, normaliseOcrText, readableTerm } from './text-features.ts';

const charGrams = (text: string) => new Set(documentTerms(text).filter((term) => term.startsWith('c:')));

describe('normaliseOcrText', () => {
  it('lower-cases, strips punctuation and accents, and collapses whitespace', () => {
    expect(normaliseOcrText('  DISCHARGE   Summary:\n\tHospital-Course… Café  ')).toBe(
      'discharge summary hospital course cafe',
    );
  });

  it('collapses numbers to their shape so dates and record numbers do not become vocabulary', () => {
    expect(normaliseOcrText('Admitted 03/14/2024, MRN 8812345')).toBe('admitted 00 00 0000 mrn 0000000');
    expect(normaliseOcrText('Metoprolol 25 mg, 15mg')).toBe('metoprolol 00 mg 00mg');
  });

  it('folds OCR confusions: rn for m, digits and bars for letters, split apostrophes', () => {
    expect(normaliseOcrText('rnodern')).toBe(normaliseOcrText('modern'));
    expect(normaliseOcrText('1eft c0lon')).toBe('left colon');
    expect(normaliseOcrText('he|lo')).toBe('hello');
    expect(normaliseOcrText("patient's")).toBe('patients');
    expect(normaliseOcrText('vvound')).toBe('wound');
  });
});

describe('documentTerms', () => {
  it('gives words, bigrams, padded character 4-grams and extra features, with repeats', () => {
    const terms = documentTerms('Chest pain, chest X', ['hdr:impression']);
    expect(terms.filter((t) => t === 'w:chest')).toHaveLength(2);
    expect(terms).toContain('w:pain');
    expect(terms).not.toContain('w:x'); // one-letter tokens are noise
    expect(terms).toContain('b:chest_pain');
    expect(terms).toContain('b:pain_chest');
    expect(terms).toContain('c: che');
    expect(terms).toContain('c:hest');
    expect(terms).toContain('c:est ');
    expect(terms.filter((t) => t === 'c: che')).toHaveLength(2);
    expect(terms).toContain('hdr:impression');
    // A two-letter word padded is exactly one gram.
    expect(documentTerms('ct').filter((t) => t.startsWith('c:'))).toEqual(['c: ct ']);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(documentTerms('')).toEqual([]);
    expect(documentTerms(' -- ; ')).toEqual([]);
  });

  it('keeps most character grams when OCR drops or swaps a letter', () => {
    const clean = charGrams('radiology impression');
    for (const noisy of ['radiolgy impresion', 'radiologv impressiom']) {
      const shared = [...charGrams(noisy)].filter((gram) => clean.has(gram)).length;
      expect(shared / clean.size).toBeGreaterThan(0.5);
    }
    // Folded confusions give identical terms.
    expect(documentTerms('Ternporal 1obe')).toEqual(documentTerms('temporal lobe'));
  });
});

describe('readableTerm', () => {
  it('reads words, bigrams and grams as a person would, and keeps named features', () => {
    expect(readableTerm('w:discharge')).toBe('discharge');
    expect(readableTerm('b:hospital_course')).toBe('hospital course');
    expect(readableTerm('c: dis')).toBe('dis…');
    expect(readableTerm('c:rge ')).toBe('…rge');
    expect(readableTerm('c:isch')).toBe('…isch…');
    expect(readableTerm('c: ct ')).toBe('ct');
    expect(readableTerm('hdr:hospital-course')).toBe('hdr:hospital-course');
  });
});
