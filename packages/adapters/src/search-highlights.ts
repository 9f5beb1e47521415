import type { HighlightFragment } from '@chartroom/api-contract';
import { isSlipOf, searchKey, searchTokens, type SearchTerm } from '@chartroom/domain';

// Turning Elasticsearch's highlighted fragments into marked parts for the browser and [brackets]
// for terminals, with the near misses of a word the page has as typed left unmarked.

// Marks around a match in a highlight: private-use characters, which OCR text never holds. (Not
// control characters: the highlighter trims those off a fragment's ends, a leading mark with them.)
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** The name of the query that matches word `word` of part `term` as typed (see matched_queries). */
export function typedMatch(name: string): string {
  return `${name}.typed`;
}

/**
 * A highlighted fragment as parts: matches and the text between them, whitespace collapsed; matches
 * only a space apart join ("congestive heart failure" is one match, not three). Tolerates marks
 * left open or closed twice.
 */
export function parseHighlight(fragment: string): HighlightFragment['parts'] {
  const raw: { text: string; match: boolean }[] = [];
  let match = false;
  for (const piece of fragment.split(/([\uE000\uE001])/)) {
    if (piece === MATCH_START) {
      match = true;
    } else if (piece === MATCH_END) {
      // An end without a start: the text since the last mark was the match.
      const previous = raw.at(-1);
      if (!match && previous) previous.match = true;
      match = false;
    } else if (piece !== '') {
      raw.push({ text: piece.replace(/\s+/g, ' '), match });
    }
  }
  return joinParts(raw);
}

/**
 * Adjacent parts of the same kind as one, matches only whitespace apart as one match ("congestive
 * heart failure"), the fragment's ends trimmed.
 */
function joinParts(parts: HighlightFragment['parts']): HighlightFragment['parts'] {
  const merged: { text: string; match: boolean }[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous?.match === part.match) previous.text += part.text;
    else merged.push({ ...part });
  }
  const joined: { text: string; match: boolean }[] = [];
  for (let at = 0; at < merged.length; at++) {
    const part = merged[at];
    const previous = joined.at(-1);
    const next = merged[at + 1];
    if (!part) continue;
    if (previous?.match && !part.match && part.text.trim() === '' && next?.match) {
      previous.text += part.text + next.text;
      at++;
    } else {
      joined.push(part);
    }
  }
  const first = joined[0];
  if (first) first.text = first.text.trimStart();
  const last = joined.at(-1);
  if (last) last.text = last.text.trimEnd();
  return joined.filter((part) => part.text !== '');
}

export function matchedQueries(matched: string[] | Record<string, number> | undefined): Set<string> {
  return new Set(Array.isArray(matched) ? matched : Object.keys(matched ?? {}));
}

/**
 * The parts with the near misses of a query word unmarked where the page has the word as typed
 * (the highlighter marks every word a part of the query matches: "heard" as well as "heart").
 * `matched` names the queries that matched the page (wordQuery's typed matches).
 */
export function withoutNearMisses(
  parts: HighlightFragment['parts'],
  terms: readonly SearchTerm[],
  matched: ReadonlySet<string>,
): HighlightFragment['parts'] {
  const nearMissOnly = (key: string): boolean => {
    let nearMiss = false;
    for (const [at, term] of terms.entries()) {
      if (term.synonyms.some((words) => words.some((word) => searchKey(word) === key))) return false;
      for (const [index, word] of term.words.entries()) {
        const wordKey = searchKey(word);
        if (wordKey === key) return false;
        if (!isSlipOf(key, wordKey)) continue;
        if (!matched.has(typedMatch(`t${at}.w${index}`))) return false; // the slip is what matched
        nearMiss = true;
      }
    }
    return nearMiss;
  };
  const kept = parts.map((part) => {
    const tokens = part.match ? searchTokens(part.text) : [];
    return tokens.length > 0 && tokens.every((token) => nearMissOnly(token.key))
      ? { ...part, match: false }
      : part;
  });
  return joinParts(kept);
}

/** Parts as text for terminals: matches in [brackets]. */
export function bracketed(parts: HighlightFragment['parts']): string {
  return parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
}
