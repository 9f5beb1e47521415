import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  analyseSearchQuery,
  fuzzyPrefixLength,
  isSlipOf,
  MEDICAL_ABBREVIATIONS,
  ocrVariants,
  searchKey,
  searchTokens,
  withinEdits,
} from './medical-abbreviations.ts';

describe('MEDICAL_ABBREVIATIONS', () => {
  it('has at least 40 groups, and no form in two of them', () => {
    expect(MEDICAL_ABBREVIATIONS.length).toBeGreaterThanOrEqual(40);
    const forms = MEDICAL_ABBREVIATIONS.flatMap((entry) =>
      [...entry.abbreviations, ...entry.expansions].map((form) =>
        searchTokens(form)
          .map((token) => token.key)
          .join(' '),
      ),
    );
    expect(forms.filter((form, at) => forms.indexOf(form) !== at)).toEqual([]);
    for (const entry of MEDICAL_ABBREVIATIONS) {
      expect(entry.abbreviations.length).toBeGreaterThan(0);
      expect(entry.expansions.length).toBeGreaterThan(0);
    }
  });
});

describe('searchTokens', () => {
  it('splits like the standard tokenizer: hyphens split, inner apostrophes and points do not', () => {
    expect(
      searchTokens("O'Brien's A-fib (CHF), 3.5 mg; 1,000 x-ray MRN:4820193").map((token) => token.text),
    ).toEqual(["o'brien's", 'a', 'fib', 'chf', '3.5', 'mg', '1,000', 'x', 'ray', 'mrn', '4820193']);
    expect(searchTokens('Núñez')[0]).toEqual({ text: 'núñez', key: 'nunez', start: 0, end: 5 });
    expect(searchKey("O'Brien")).toBe('obrien');
  });
});

describe('analyseSearchQuery', () => {
  it('joins the words of a known phrase and gives the other forms of its group', () => {
    expect(analyseSearchQuery('CHF exacerbation')).toEqual([
      { words: ['chf'], synonyms: [['congestive', 'heart', 'failure']] },
      { words: ['exacerbation'], synonyms: [] },
    ]);
    expect(analyseSearchQuery('history of Congestive Heart Failure')).toEqual([
      { words: ['history'], synonyms: [] },
      { words: ['of'], synonyms: [] },
      { words: ['congestive', 'heart', 'failure'], synonyms: [['chf']] },
    ]);
    expect(analyseSearchQuery('A-fib')).toEqual([
      { words: ['a', 'fib'], synonyms: [['af'], ['afib'], ['atrial', 'fibrillation']] },
    ]);
  });

  it('prefers the longest phrase', () => {
    expect(analyseSearchQuery('type 2 diabetes mellitus')).toEqual([
      {
        words: ['type', '2', 'diabetes', 'mellitus'],
        synonyms: [['t2dm'], ['dm2'], ['type', '2', 'diabetes']],
      },
    ]);
    expect(analyseSearchQuery('heart failure')[0]?.synonyms).toEqual([['hf']]);
  });

  it('gives nothing for a query without words', () => {
    expect(analyseSearchQuery(' -- , ')).toEqual([]);
  });
});

describe('OCR and typing slips', () => {
  it('allows one edit from five letters, two from nine, none with digits', () => {
    expect(['pain', 'renal', 'warfarin', 'metoprolol', '4820193', 'a1c5x'].map(allowedEdits)).toEqual([
      0, 1, 1, 2, 0, 0,
    ]);
  });

  it('keeps a meaning-bearing prefix in fuzzy matches', () => {
    expect(fuzzyPrefixLength('hypertension')).toBe(5);
    expect(fuzzyPrefixLength('hypotension')).toBe(4);
    expect(fuzzyPrefixLength('abduction')).toBe(2);
    expect(fuzzyPrefixLength('warfarin')).toBe(1);
  });

  it('undoes and makes two-letter OCR confusions', () => {
    expect(ocrVariants('metoprolol')).toContain('rnetoprolol');
    expect(ocrVariants('rnetoprolol')).toContain('metoprolol');
    expect(ocrVariants('warm')).toEqual(expect.arrayContaining(['warrn', 'vvarm']));
    expect(ocrVariants('mg')).toEqual([]);
    expect(ocrVariants('m2m')).toEqual([]);
    expect(ocrVariants('nnnnnnnnnnnnnnnnnnnnnnnnn').length).toBeLessThanOrEqual(16);
  });
});

describe('withinEdits', () => {
  it('counts substitutions, insertions, deletions and swaps of neighbours', () => {
    expect(withinEdits('warfarin', 'warfarln', 1)).toBe(true);
    expect(withinEdits('warfarin', 'wrafarin', 1)).toBe(true);
    expect(withinEdits('warfarin', 'warfrin', 1)).toBe(true);
    expect(withinEdits('warfarin', 'warfarinn', 1)).toBe(true);
    expect(withinEdits('warfarin', 'wafrarln', 1)).toBe(false);
    expect(withinEdits('warfarin', 'wafrarln', 2)).toBe(true);
    expect(withinEdits('abc', 'abcdef', 2)).toBe(false);
  });
});

describe('isSlipOf', () => {
  it('is a word a slip away, not the word itself, nor an opposite', () => {
    expect(isSlipOf('warfarln', 'warfarin')).toBe(true);
    expect(isSlipOf('rnetoprolol', 'metoprolol')).toBe(true);
    expect(isSlipOf('warfarin', 'warfarin')).toBe(false);
    expect(isSlipOf('hypotension', 'hypertension')).toBe(false);
    expect(isSlipOf('lift', 'left')).toBe(false);
  });
});
