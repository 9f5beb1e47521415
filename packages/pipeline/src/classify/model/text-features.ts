/**
 * The terms of an OCR'd document for the text model. OCR text is noisy in predictable ways (rn read
 * for m, 1 for l, stray punctuation, dropped letters), so the text is normalised lightly and, beside
 * word unigrams and bigrams, described by character 4-grams: a word with one wrong letter still
 * shares most of its 4-grams with the right spelling.
 */

/**
 * Term prefixes; the model's explanations turn them back into readable words, and the model weighs
 * word terms (w:, b:), character grams (c:) and named features (any other prefix) as three blocks.
 */
export const WORD_PREFIX = 'w:';
export const BIGRAM_PREFIX = 'b:';
export const CHAR_GRAM_PREFIX = 'c:';

const CHAR_GRAM_LENGTH = 4;
const MIN_WORD_LENGTH = 2;

/**
 * Lower-cased, diacritic-free words separated by single spaces, with OCR confusions folded so that
 * both readings of a glyph give the same word:
 * - `|` or `!` between letters is an l ("he|lo"); apostrophes between letters go ("patient's" → "patients");
 * - 0, 1 and 5 touching letters (and not other digits) are o, l and s ("1eft" → "left", "c0lon" → "colon");
 *   so "15mg" keeps its number;
 * - every other digit is 0, so dates, doses and record numbers collapse to their shape ("00 00 0000");
 * - in words of 4+ letters "rn" is read as "m" and "vv" as "w" (the same in training and use, so
 *   "return" → "retum" costs nothing); shorter words are left alone, as "mrn" and "rn" are words;
 * - every other non-letter, non-digit run is one space.
 */
export function normaliseOcrText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(?<=\p{L})[|!](?=\p{L})/gu, 'l')
    .replace(/(?<=\p{L})['’`](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(
      /(?<=\p{L})[015](?=\p{L}|\s|$)|(?<=^|\s)[015](?=\p{L})/gu,
      (digit) => DIGIT_LOOKALIKES[digit] ?? digit,
    )
    .replace(/\p{N}/gu, '0')
    .replace(/\S*(?:rn|vv)\S*/g, (word) =>
      word.length < 4 ? word : word.replaceAll('rn', 'm').replaceAll('vv', 'w'),
    )
    .trim();
}

const DIGIT_LOOKALIKES: Record<string, string> = { '0': 'o', '1': 'l', '5': 's' };

/** The normalised words of a text that count as words (≥ 2 characters), in order. */
export function documentWords(text: string): string[] {
  return normaliseOcrText(text)
    .split(' ')
    .filter((word) => word.length >= MIN_WORD_LENGTH);
}

/** A word's own terms: `w:<word>` and the character 4-grams of ` <word> ` (sklearn's "char_wb"). */
export function wordTerms(word: string): string[] {
  const terms = [WORD_PREFIX + word];
  const padded = ` ${word} `;
  for (let start = 0; start + CHAR_GRAM_LENGTH <= padded.length; start++) {
    terms.push(CHAR_GRAM_PREFIX + padded.slice(start, start + CHAR_GRAM_LENGTH));
  }
  return terms;
}

/** The term for two neighbouring words. */
export function bigramTerm(first: string, second: string): string {
  return `${BIGRAM_PREFIX}${first}_${second}`;
}

/**
 * The terms of one document, with repeats (the model counts term frequency): each word's terms
 * (wordTerms), `b:<word>_<word>` for each pair of neighbouring words, and the caller's named
 * features (e.g. `hdr:hospital-course`) verbatim.
 */
export function documentTerms(text: string, extraFeatures: string[] = []): string[] {
  const words = documentWords(text);
  const terms: string[] = [];
  words.forEach((word, i) => {
    terms.push(...wordTerms(word));
    if (i > 0) terms.push(bigramTerm(words[i - 1] as string, word));
  });
  terms.push(...extraFeatures);
  return terms;
}

/**
 * A term as a person reads it in evidence: "discharge" for `w:discharge`, "hospital course" for
 * `b:hospital_course`, "disch…" style fragments for character grams (… marks where the word goes
 * on), and named features such as `hdr:hospital-course` unchanged.
 */
export function readableTerm(term: string): string {
  if (term.startsWith(WORD_PREFIX)) return term.slice(WORD_PREFIX.length);
  if (term.startsWith(BIGRAM_PREFIX)) return term.slice(BIGRAM_PREFIX.length).replace('_', ' ');
  if (term.startsWith(CHAR_GRAM_PREFIX)) {
    const gram = term.slice(CHAR_GRAM_PREFIX.length);
    const core = gram.trim();
    return `${gram.startsWith(' ') ? '' : '…'}${core}${gram.endsWith(' ') ? '' : '…'}`;
  }
  return term;
}
