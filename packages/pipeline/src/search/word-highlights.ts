import {
  allowedEdits,
  analyseSearchQuery,
  isSlipOf,
  searchKey,
  searchTokens,
  type BoundingBox,
  type FoundIdentifier,
  type IdentifierKind,
  type OcrWord,
  withinEdits,
} from '@chartroom/domain';

/** A word on a page image to draw a mark over, in the OCR image's pixels (the API's WordHighlight). */
export interface WordHighlight {
  kind: IdentifierKind | 'query';
  text: string;
  box: BoundingBox;
}

interface PageToken {
  key: string;
  /** Index of the OCR word the token is part of. */
  word: number;
}

/**
 * The OCR words on a page that a search query matches, by the rules chart search uses (see
 * ElasticDocumentIndex.search): case, diacritics and punctuation folded; an abbreviation finds its
 * expansion and back ("CHF" marks each word of "congestive heart failure"); a word of five letters
 * or more may be one edit off (two from nine letters), or off by one of OCR's two-letter confusions
 * ("rnetoprolol"). Where a query word is on the page as typed, its near misses are not marked; a
 * phrase typed is marked where it stands together, if it does anywhere.
 */
export function queryWordHighlights(words: readonly OcrWord[], query: string): WordHighlight[] {
  const tokens = pageTokens(words);
  const marked = new Set<number>();
  const mark = (found: Iterable<number>) => {
    for (const word of found) marked.add(word);
  };
  for (const term of analyseSearchQuery(query)) {
    for (const synonym of term.synonyms) mark(phraseMatches(tokens, synonym).flat());
    if (term.words.length > 1) {
      const together = phraseMatches(tokens, term.words).flat();
      if (together.length > 0) {
        // The typed phrase stands together somewhere: mark it there, not its words elsewhere.
        mark(together);
        continue;
      }
    }
    for (const queryWord of term.words) mark(wordMatches(tokens, queryWord));
  }
  return highlights(words, marked, 'query');
}

/**
 * The OCR words a page's identifiers were read from, however printed: an MRN's digits (also inside
 * "MRN:4820193", or split "482-0193"; O read for 0 and l for 1 forgiven), the family and given names
 * of "FAMILY^GIVEN" (case and diacritics folded, OCR slips as in search; next to each other where
 * they are, anywhere otherwise), and a date of birth as 1962-03-14, 03/14/1962, 3/14/62, 14.03.1962,
 * "Mar 14, 1962" or "14 March 1962" (across words).
 */
export function identifierWordHighlights(
  words: readonly OcrWord[],
  identifiers: readonly FoundIdentifier[],
): WordHighlight[] {
  const page = joinedText(words);
  const marks: { word: number; kind: IdentifierKind }[] = [];
  const add = (kind: IdentifierKind, found: Iterable<number>) => {
    for (const word of found) {
      if (!marks.some((mark) => mark.word === word && mark.kind === kind)) marks.push({ word, kind });
    }
  };
  for (const identifier of identifiers) {
    switch (identifier.kind) {
      case 'mrn':
        add('mrn', mrnWords(page, identifier.value));
        break;
      case 'name':
        add('name', nameWords(words, identifier.value));
        break;
      case 'birthDate':
        add('birthDate', dateWords(page, identifier.value));
        break;
    }
  }
  return marks
    .sort((a, b) => a.word - b.word)
    .flatMap(({ word, kind }) => {
      const ocr = words[word];
      return ocr ? [{ kind, text: ocr.text, box: ocr.bbox }] : [];
    });
}

// ── Query words ───────────────────────────────────────────────────────────────────────────

function pageTokens(words: readonly OcrWord[]): PageToken[] {
  return words.flatMap((word, index) =>
    searchTokens(word.text).map((token) => ({ key: token.key, word: index })),
  );
}

/** Words holding a run of tokens equal to the phrase, one array per place it stands. */
function phraseMatches(tokens: readonly PageToken[], phrase: readonly string[]): number[][] {
  const keys = phrase.map(searchKey);
  const runs: number[][] = [];
  if (keys.length === 0) return runs;
  for (let at = 0; at + keys.length <= tokens.length; at++) {
    if (keys.every((key, offset) => tokens[at + offset]?.key === key)) {
      runs.push([...new Set(tokens.slice(at, at + keys.length).map((token) => token.word))]);
    }
  }
  return runs;
}

/** Words with a token equal to the query word; failing any, those with a token a slip away from it. */
function wordMatches(tokens: readonly PageToken[], queryWord: string): number[] {
  const key = searchKey(queryWord);
  const exact = tokens.filter((token) => token.key === key);
  const found = exact.length > 0 ? exact : tokens.filter((token) => isSlipOf(token.key, key));
  return found.map((token) => token.word);
}

function highlights(
  words: readonly OcrWord[],
  marked: Set<number>,
  kind: WordHighlight['kind'],
): WordHighlight[] {
  return [...marked]
    .sort((a, b) => a - b)
    .flatMap((index) => {
      const word = words[index];
      return word ? [{ kind, text: word.text, box: word.bbox }] : [];
    });
}

// ── Identifiers ───────────────────────────────────────────────────────────────────────────

interface JoinedText {
  /** The words joined by single spaces, O and l read for 0 and 1 in digit-bearing words undone. */
  text: string;
  /** Where each word starts in `text`. */
  starts: number[];
  words: readonly OcrWord[];
}

function joinedText(words: readonly OcrWord[]): JoinedText {
  const starts: number[] = [];
  let text = '';
  for (const word of words) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    // Same length, so offsets still point into the words.
    text +=
      (word.text.match(/\d/g)?.length ?? 0) >= 2
        ? word.text.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1')
        : word.text;
  }
  return { text, starts, words };
}

/** The words under text[start, end). */
function wordsIn(page: JoinedText, start: number, end: number): number[] {
  const found: number[] = [];
  page.words.forEach((word, index) => {
    const wordStart = page.starts[index] ?? 0;
    if (wordStart < end && wordStart + word.text.length > start) found.push(index);
  });
  return found;
}

function mrnWords(page: JoinedText, mrn: string): number[] {
  const digits = mrn.replace(/\D/g, '');
  if (digits === '') return [];
  // Digits may be split by a space or hyphen ("482-0193"); none may stand right before or after.
  const pattern = new RegExp(`(?<!\\d)${[...digits].join('[ -]?')}(?!\\d)`, 'g');
  return [...page.text.matchAll(pattern)].flatMap((match) =>
    wordsIn(page, match.index, match.index + match[0].length),
  );
}

/** Letters only, lower case, diacritics folded: "O'Brien," → "obrien". */
function letters(text: string): string {
  return searchKey(text).replace(/[^\p{L}]/gu, '');
}

function nameWords(words: readonly OcrWord[], normalised: string): number[] {
  const [family = '', given = ''] = normalised.split('^');
  const partsOf = (name: string) => {
    const parts = name.split(/[\s-]+/).map(letters);
    return [...new Set([letters(name), ...parts])].filter((part) => part.length >= 2);
  };
  const familyParts = partsOf(family);
  const givenParts = partsOf(given);
  const keysOf = (text: string) =>
    [letters(text), ...text.split(/[\s-]+/).map(letters)].filter((key) => key !== '');
  const matches = (key: string, part: string) =>
    key === part ||
    (allowedEdits(part) > 0 && key[0] === part[0] && withinEdits(key, part, allowedEdits(part)));
  const familyAt: number[] = [];
  const givenAt: number[] = [];
  words.forEach((word, index) => {
    const keys = keysOf(word.text);
    if (keys.some((key) => familyParts.some((part) => matches(key, part)))) familyAt.push(index);
    if (keys.some((key) => givenParts.some((part) => matches(key, part)))) givenAt.push(index);
  });
  // "QUINTERO, Marisol": the family and given name close together are the identifier; a surname
  // elsewhere on the page (a relative, a doctor) is not, when the pair is there.
  const paired = new Set<number>();
  for (const f of familyAt) {
    for (const g of givenAt) {
      if (f !== g && Math.abs(f - g) <= 3) {
        paired.add(f);
        paired.add(g);
      }
    }
  }
  return paired.size > 0 ? [...paired] : [...familyAt, ...givenAt];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DATE_PATTERNS: {
  pattern: RegExp;
  read: (m: RegExpMatchArray) => [year: string, month: string, day: string][];
}[] = [
  // 1962-03-14, 1962/03/14
  {
    pattern: /(?<!\d)(\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})(?!\d)/g,
    read: (m) => [[m[1] ?? '', m[2] ?? '', m[3] ?? '']],
  },
  // 03/14/1962, 3/14/62, 14.03.1962: month or day first, either may be meant
  {
    pattern: /(?<!\d)(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4}|\d{2})(?!\d)/g,
    read: (m) => [
      [m[3] ?? '', m[1] ?? '', m[2] ?? ''],
      [m[3] ?? '', m[2] ?? '', m[1] ?? ''],
    ],
  },
  // Mar 14, 1962 / March 14th 1962
  {
    pattern: new RegExp(`(?<!\\p{L})${MONTH}\\s*${DAY},?\\s*(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => [[m[3] ?? '', monthNumber(m[1] ?? ''), m[2] ?? '']],
  },
  // 14 Mar 1962 / 14-Mar-1962
  {
    pattern: new RegExp(`(?<!\\d)${DAY}[\\s-]*${MONTH}[\\s,-]*(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => [[m[3] ?? '', monthNumber(m[2] ?? ''), m[1] ?? '']],
  },
];

function monthNumber(name: string): string {
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1);
}

function dateWords(page: JoinedText, isoDate: string): number[] {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return [];
  const same = ([y, m, d]: [string, string, string]) =>
    Number(m) === month &&
    Number(d) === day &&
    (y.length === 4 ? Number(y) === year : Number(y) === year % 100);
  return DATE_PATTERNS.flatMap(({ pattern, read }) =>
    [...page.text.matchAll(pattern)].flatMap((match) =>
      read(match).some(same) ? wordsIn(page, match.index, match.index + match[0].length) : [],
    ),
  );
}
