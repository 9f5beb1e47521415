import { describe, expect, it } from 'vitest';
import {
  compareFamily,
  compareGiven,
  foldName,
  givenCanonicals,
  mrnNeighbours,
  mrnTypoKind,
  nameKeys,
  nysiis,
  parseNormalisedName,
} from './names.ts';
import { NICKNAMES } from './nicknames.ts';
import { normaliseName } from './extract-identifiers.stage.ts';

describe('name folding', () => {
  it('folds case, diacritics, punctuation, hyphens, apostrophes and spaces', () => {
    expect(foldName('Smith-Jones')).toBe('SMITHJONES');
    expect(foldName('Smith Jones')).toBe('SMITHJONES');
    expect(foldName(' SMITHJONES ')).toBe('SMITHJONES');
    expect(foldName("O'Brien")).toBe('OBRIEN');
    expect(foldName('O’Brien')).toBe('OBRIEN');
    expect(foldName('Núñez')).toBe('NUNEZ');
    expect(foldName('Zoë')).toBe('ZOE');
    expect(foldName('Groß')).toBe('GROSS');
    expect(foldName('Søren Łukasz')).toBe('SORENLUKASZ');
    expect(foldName('St. John')).toBe('STJOHN');
  });

  it('reads the FAMILY^GIVEN form the extractor writes', () => {
    expect(parseNormalisedName(normaliseName('Quintero', 'Marisol'))).toEqual({
      family: 'QUINTERO',
      given: 'MARISOL',
    });
    expect(parseNormalisedName('DOE^JANE^Q')).toEqual({ family: 'DOE', given: 'JANE' });
    expect(parseNormalisedName('DOE')).toEqual({ family: 'DOE', given: '' });
  });
});

describe('NYSIIS', () => {
  it('gives the published keys (Taft 1970 examples)', () => {
    const expected: Record<string, string> = {
      MACINTOSH: 'MCANT',
      KNUTH: 'NAT',
      KOEHN: 'CAN',
      PHILLIPSON: 'FALAPSAN',
      PFEISTER: 'FASTAR',
      MCKEE: 'MCY',
      MACKIE: 'MCY',
      HEITSCHMIDT: 'HATSNAD',
      BART: 'BAD',
      HURD: 'HAD',
      HUNT: 'HAD',
      WESTERLUND: 'WASTARLAD',
      CASSTEVENS: 'CASTAFAN',
      FRAZIER: 'FRASAR',
      BOWMAN: 'BANAN',
      MCKNIGHT: 'MCNAGT',
      RICKERT: 'RACAD',
      DEUTSCH: 'DAT',
      WESTPHAL: 'WASTFAL',
      SHRIVER: 'SRAVAR',
      KUHL: 'CAL',
      RAWSON: 'RASAN',
      JILES: 'JAL',
      CARRAWAY: 'CARY',
      YAMADA: 'YANAD',
    };
    for (const [name, key] of Object.entries(expected)) expect(nysiis(name), name).toBe(key);
    expect(nysiis('')).toBe('');
  });

  it('gives names that sound alike the same key', () => {
    expect(nysiis('SMITH')).toBe(nysiis('SMYTH')); // Chartroom's one addition to the rules
    expect(nysiis('LYNN')).toBe(nysiis('LINN'));
    expect(nysiis('KATHERINE')).toBe(nysiis('CATHERINE'));
    expect(nysiis('STEPHEN')).toBe(nysiis('STEVEN'));
  });
});

describe('nicknames', () => {
  it('is a compact table of full names to nicknames, all in folded form', () => {
    const fullNames = Object.keys(NICKNAMES);
    expect(fullNames.length).toBeGreaterThanOrEqual(80);
    expect(fullNames.length).toBeLessThanOrEqual(150);
    for (const [full, nicknames] of Object.entries(NICKNAMES)) {
      expect(foldName(full)).toBe(full);
      for (const nickname of nicknames) expect(foldName(nickname), full).toBe(nickname);
      expect(new Set(nicknames).size, full).toBe(nicknames.length);
    }
  });

  it('links a nickname to every full name it may stand for, never full names to each other', () => {
    expect(givenCanonicals('Bobby')).toEqual(['BOBBY', 'ROBERT']);
    expect(givenCanonicals('Robert')).toEqual(['ROBERT']);
    expect(givenCanonicals('alex').sort()).toEqual(['ALEX', 'ALEXANDER', 'ALEXANDRA']);
    expect(givenCanonicals('')).toEqual([]);
  });
});

describe('nameKeys', () => {
  it('computes the keys the patient index stores', () => {
    expect(nameKeys('Smith-Jones', 'Bob')).toEqual({
      family: 'SMITHJONES',
      given: 'BOB',
      givenCanonical: 'ROBERT',
      givenCanonicals: ['BOB', 'ROBERT'],
      familyPhonetic: nysiis('SMITHJONES'),
      givenPhonetic: nysiis('BOB'),
    });
    // An ambiguous nickname keeps itself as the canonical form; its candidates are all listed.
    expect(nameKeys('Doe', 'Kate').givenCanonical).toBe('KATE');
    expect(nameKeys('Doe', 'Kate').givenCanonicals).toEqual(['KATE', 'KATHERINE', 'CATHERINE', 'KATHLEEN']);
    expect(nameKeys('Doe', 'Peggy').givenCanonical).toBe('MARGARET');
  });
});

describe('compareFamily / compareGiven', () => {
  it('grades family names', () => {
    expect(compareFamily('NUNEZ', 'Núñez')).toBe('exact');
    expect(compareFamily('smith', 'SMITH')).toBe('exact');
    expect(compareFamily('SMITHJONES', 'Smith-Jones')).toBe('equivalent');
    expect(compareFamily('Smith Jones', 'Smith-Jones')).toBe('equivalent');
    expect(compareFamily('OBRIEN', "O'Brien")).toBe('equivalent');
    expect(compareFamily('SMYTH', 'Smith')).toBe('similar');
    expect(compareFamily('QUINTARO', 'Quintero')).toBe('similar');
    expect(compareFamily('QUINTERO', 'Qiuntero')).toBe('similar'); // adjacent letters swapped
    expect(compareFamily('SMITH', 'Jones')).toBe('different');
    expect(compareFamily('', 'Jones')).toBe('different');
  });

  it('does not treat nicknames as family names', () => {
    expect(compareFamily('BOB', 'Robert')).toBe('different');
  });

  it('grades given names, with nicknames as equivalent', () => {
    expect(compareGiven('JOSE', 'José')).toBe('exact');
    expect(compareGiven('BOB', 'Robert')).toBe('equivalent');
    expect(compareGiven('BILLY', 'Will')).toBe('equivalent');
    expect(compareGiven('PEGGY', 'Margaret')).toBe('equivalent');
    expect(compareGiven('LIZ', 'Betty')).toBe('equivalent');
    expect(compareGiven('KATE', 'Catherine')).toBe('equivalent');
    expect(compareGiven('MARYANN', 'Mary-Ann')).toBe('equivalent');
    expect(compareGiven('STEVEN', 'Stephen')).toBe('similar');
    expect(compareGiven('MARISOL', 'Marisel')).toBe('similar');
    expect(compareGiven('ALEXANDER', 'Alexandra')).toBe('different');
    expect(compareGiven('JOHN', 'Mary')).toBe('different');
    // One slip in a short name is not "similar": LEO and LEE are different people.
    expect(compareGiven('LEO', 'Lee')).toBe('different');
  });
});

describe('MRN typos', () => {
  it('lists every MRN one adjacent transposition or one changed digit away', () => {
    const neighbours = mrnNeighbours('1234567');
    expect(neighbours).toContain('2134567');
    expect(neighbours).toContain('1234576');
    expect(neighbours).toContain('1239567');
    expect(neighbours).not.toContain('1234567');
    expect(neighbours).not.toContain('1324576');
    expect(neighbours).toHaveLength(6 + 7 * 9);
    expect(new Set(neighbours).size).toBe(neighbours.length);
    expect(mrnNeighbours('1123')).not.toContain('1123'); // swapping equal digits changes nothing
  });

  it('names the kind of slip between two MRNs, consistently with mrnNeighbours', () => {
    expect(mrnTypoKind('1234567', '1234567')).toBe('same');
    expect(mrnTypoKind('1234567', '1243567')).toBe('transposition');
    expect(mrnTypoKind('1234567', '1234568')).toBe('one-digit');
    expect(mrnTypoKind('1234567', '1243568')).toBe('different');
    expect(mrnTypoKind('1234567', '1423567')).toBe('different');
    expect(mrnTypoKind('1234567', '123456')).toBe('different');
    for (const neighbour of mrnNeighbours('7654321'))
      expect(mrnTypoKind('7654321', neighbour)).not.toBe('different');
  });
});
