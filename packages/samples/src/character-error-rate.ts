/**
 * Character error rate, as OCR evaluations report it: the Levenshtein distance between the
 * recognised text and the ground truth, divided by the ground truth's length. Both texts are
 * whitespace-normalised first (runs of spaces and line breaks become one space), because line
 * breaking and column order are layout, not recognition.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CharacterErrors {
  /** Insertions + deletions + substitutions. */
  edits: number;
  /** Characters in the (normalised) ground truth. */
  length: number;
  /** edits / length; 0 when both are empty. */
  cer: number;
}

export function characterErrors(recognised: string, truth: string): CharacterErrors {
  const a = [...normaliseWhitespace(recognised)];
  const b = [...normaliseWhitespace(truth)];
  const edits = levenshtein(a, b);
  return { edits, length: b.length, cer: b.length === 0 ? (a.length === 0 ? 0 : 1) : edits / b.length };
}

/** Edit distance in O(|a|·|b|) time and O(|b|) memory: a page is a few thousand characters. */
function levenshtein(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}
