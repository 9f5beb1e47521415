import { NICKNAMES } from './nicknames.ts';

export { NICKNAMES } from './nicknames.ts';

/**
 * How two names compare: `exact` once case and diacritics are folded; `equivalent` when they differ
 * only in punctuation or spacing ("Smith-Jones" / "SMITHJONES", "O'Brien" / "OBRIEN") or one is a
 * common nickname of the other; `similar` when they sound alike (NYSIIS) or, for names of five
 * letters or more, are one edit apart (an OCR or typing slip); otherwise `different`.
 */
export type NameAgreement = 'exact' | 'equivalent' | 'similar' | 'different';

/** The keys a name is matched and indexed on. */
export interface NameKeys {
  /** Folded family name: upper-case letters only. */
  family: string;
  /** Folded given name. */
  given: string;
  /** The full name a nickname stands for (BOB → ROBERT); the folded given name when none or several. */
  givenCanonical: string;
  /** Every name the given name may stand for, itself included (KATE → KATE, KATHERINE, CATHERINE, …). */
  givenCanonicals: string[];
  familyPhonetic: string;
  givenPhonetic: string;
}

export type MrnTypoKind = 'same' | 'transposition' | 'one-digit' | 'different';

// Letters Unicode does not decompose into a base letter plus a mark.
const LIGATURES: Record<string, string> = {
  Æ: 'AE',
  Œ: 'OE',
  Ø: 'O',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'TH',
  ı: 'I',
};

/** Upper case, diacritics stripped, whitespace collapsed: the form charts' names are read in. */
export function basicName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[ÆŒØŁĐÐÞı]/gu, (letter) => LIGATURES[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters only: "Smith-Jones", "Smith Jones" and "SMITHJONES" fold alike, so do "O'Brien" and "OBRIEN". */
export function foldName(name: string): string {
  return basicName(name).replace(/\P{L}/gu, '');
}

/** Splits a normalised "FAMILY^GIVEN" (extra components, such as a middle name, are ignored). */
export function parseNormalisedName(normalised: string): { family: string; given: string } {
  const [family = '', given = ''] = normalised.split('^');
  return { family: family.trim(), given: given.trim() };
}

const CANONICALS_BY_NICKNAME: ReadonlyMap<string, readonly string[]> = (() => {
  const byNickname = new Map<string, string[]>();
  for (const [full, nicknames] of Object.entries(NICKNAMES)) {
    for (const nickname of nicknames) byNickname.set(nickname, [...(byNickname.get(nickname) ?? []), full]);
  }
  return byNickname;
})();

/** The given name itself and every full name it is a nickname of. */
export function givenCanonicals(given: string): string[] {
  const folded = foldName(given);
  if (folded === '') return [];
  return [folded, ...(CANONICALS_BY_NICKNAME.get(folded) ?? [])];
}

export function nameKeys(family: string, given: string): NameKeys {
  const foldedFamily = foldName(family);
  const foldedGiven = foldName(given);
  const canonicals = givenCanonicals(given);
  const full = canonicals.slice(1);
  return {
    family: foldedFamily,
    given: foldedGiven,
    givenCanonical: full.length === 1 && full[0] !== undefined ? full[0] : foldedGiven,
    givenCanonicals: canonicals,
    familyPhonetic: nysiis(foldedFamily),
    givenPhonetic: nysiis(foldedGiven),
  };
}

export function compareFamily(a: string, b: string): NameAgreement {
  return compareNames(a, b, false);
}

export function compareGiven(a: string, b: string): NameAgreement {
  return compareNames(a, b, true);
}

function compareNames(a: string, b: string, nicknames: boolean): NameAgreement {
  const foldedA = foldName(a);
  const foldedB = foldName(b);
  if (foldedA === '' || foldedB === '') return 'different';
  if (basicName(a) === basicName(b)) return 'exact';
  if (foldedA === foldedB) return 'equivalent';
  if (nicknames) {
    const canonicalsB = new Set(givenCanonicals(b));
    if (givenCanonicals(a).some((name) => canonicalsB.has(name))) return 'equivalent';
  }
  if (nysiis(foldedA) === nysiis(foldedB)) return 'similar';
  // One slip in a short name changes too much of it (ANN/ANA, LEE/LEO) to call it similar.
  if (Math.min(foldedA.length, foldedB.length) >= 5 && withinOneEdit(foldedA, foldedB)) return 'similar';
  return 'different';
}

/** True when one substitution, insertion, deletion or adjacent transposition turns a into b. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  const restA = a.slice(start);
  const restB = b.slice(start);
  if (restA.length === restB.length) {
    if (restA.slice(1) === restB.slice(1)) return true; // substitution (or equal)
    return restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2);
  }
  return restA.length > restB.length ? restA.slice(1) === restB : restB.slice(1) === restA;
}

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);
const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.has(letter);

/**
 * NYSIIS (New York State Identification and Intelligence System, Taft 1970): a phonetic key made
 * for personal names, keeping vowel positions, which Soundex drops. Written here from the published
 * rules, without the original's six-letter truncation (longer keys link fewer unrelated names),
 * and with one addition: a Y between consonants is read as the vowel it is (SMYTH as SMITH).
 * Takes a folded name (A–Z); other letters pass through unchanged.
 */
export function nysiis(folded: string): string {
  let name = folded.replace(/(?<=[^AEIOUY])Y(?=[^AEIOUY])/g, 'I');
  if (name === '') return '';
  const prefixes: [string, string][] = [
    ['MAC', 'MCC'],
    ['KN', 'NN'],
    ['K', 'C'],
    ['PH', 'FF'],
    ['PF', 'FF'],
    ['SCH', 'SSS'],
  ];
  const prefix = prefixes.find(([from]) => name.startsWith(from));
  if (prefix) name = prefix[1] + name.slice(prefix[0].length);
  const suffixes: [string, string][] = [
    ['EE', 'Y'],
    ['IE', 'Y'],
    ['DT', 'D'],
    ['RT', 'D'],
    ['RD', 'D'],
    ['NT', 'D'],
    ['ND', 'D'],
  ];
  const suffix = suffixes.find(([from]) => name.length > from.length && name.endsWith(from));
  if (suffix) name = name.slice(0, -suffix[0].length) + suffix[1];

  const letters = [...name];
  let key = letters[0] ?? '';
  for (let i = 1; i < letters.length; i++) {
    const letter = letters[i] ?? '';
    const next = letters[i + 1];
    if (letter === 'E' && next === 'V') {
      letters[i] = 'A';
      letters[i + 1] = 'F';
    } else if (isVowel(letter)) letters[i] = 'A';
    else if (letter === 'Q') letters[i] = 'G';
    else if (letter === 'Z') letters[i] = 'S';
    else if (letter === 'M') letters[i] = 'N';
    else if (letter === 'K') letters[i] = next === 'N' ? 'N' : 'C';
    else if (letter === 'S' && next === 'C' && letters[i + 2] === 'H') {
      letters[i + 1] = 'S';
      letters[i + 2] = 'S';
    } else if (letter === 'P' && next === 'H') {
      letters[i] = 'F';
      letters[i + 1] = 'F';
    } else if (letter === 'H' && (!isVowel(letters[i - 1]) || !isVowel(next)))
      letters[i] = letters[i - 1] ?? 'H';
    else if (letter === 'W' && isVowel(letters[i - 1])) letters[i] = letters[i - 1] ?? 'W';
    const translated = letters[i] ?? '';
    if (translated !== key.at(-1)) key += translated;
  }
  if (key.length > 1 && key.endsWith('S')) key = key.slice(0, -1);
  if (key.length > 2 && key.endsWith('AY')) key = `${key.slice(0, -2)}Y`;
  if (key.length > 1 && key.endsWith('A')) key = key.slice(0, -1);
  return key;
}

/**
 * MRNs one slip away from this one: two adjacent characters swapped, or one digit changed. For
 * finding the patient a mis-keyed or misread MRN may have meant; the matcher decides.
 */
export function mrnNeighbours(mrn: string): string[] {
  const neighbours = new Set<string>();
  const chars = [...mrn];
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    if (next !== undefined && next !== char) {
      neighbours.add([...chars.slice(0, i), next, char, ...chars.slice(i + 2)].join(''));
    }
    if (/[0-9]/.test(char)) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) !== char)
          neighbours.add([...chars.slice(0, i), digit, ...chars.slice(i + 1)].join(''));
      }
    }
  });
  neighbours.delete(mrn);
  return [...neighbours];
}

/** How MRN a differs from b: the same, two adjacent characters swapped, one digit changed, or more. */
export function mrnTypoKind(a: string, b: string): MrnTypoKind {
  if (a === b) return 'same';
  if (a.length !== b.length) return 'different';
  const differing = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  const [first, second] = differing;
  if (differing.length === 1 && first !== undefined) {
    return /[0-9]/.test(a[first] ?? '') && /[0-9]/.test(b[first] ?? '') ? 'one-digit' : 'different';
  }
  if (differing.length === 2 && first !== undefined && second === first + 1) {
    return a[first] === b[second] && a[second] === b[first] ? 'transposition' : 'different';
  }
  return 'different';
}
