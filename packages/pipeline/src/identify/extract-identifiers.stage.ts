import type { FoundIdentifier, OcrWord, PageText } from '@chartroom/domain';

export interface IdentifierPatterns {
  /** How an MRN is printed; the first capture group is the MRN. */
  mrn: RegExp;
}

export function identifierPatterns(mrnPattern: string): IdentifierPatterns {
  return { mrn: new RegExp(mrnPattern, 'gi') };
}

// "Patient: QUINTERO, Marisol" / "Name: Quintero, Marisol A." — family name first, as charts print it.
const NAME_PATTERN = /\b(?:patient(?:\s+name)?|name)\s*[:.]\s*(\p{L}[\p{L}'-]+)\s*,\s*(\p{L}[\p{L}'-]+)/giu;
// "DOB: 04/17/1961", "Date of Birth: 1961-04-17", "D.O.B. 4-17-1961"
const DOB_PATTERN =
  /\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date)\s*[:.]?\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(?:DOB|date\s+of\s+birth|birth\s*date)\s*[:.]?\s*(\d{4})-(\d{2})-(\d{2})\b/gi;

/**
 * Reads patient identifiers printed on a page (header lines such as "Patient:", "MRN:",
 * "DOB:"). Each identifier keeps the confidence of the words it was read from, so a shaky
 * read can send the document to review instead of deciding a match.
 */
export function extractIdentifiers(
  pageId: string,
  page: PageText,
  patterns: IdentifierPatterns,
): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  const add = (kind: FoundIdentifier['kind'], value: string, evidence: string[]) => {
    if (found.some((item) => item.kind === kind && item.value === value)) return;
    found.push({
      kind,
      value,
      source: 'header-text',
      pageId,
      confidence: confidenceOf(evidence, page.words),
    });
  };

  for (const match of page.text.matchAll(new RegExp(patterns.mrn.source, 'gi'))) {
    const mrn = match[1];
    if (mrn) add('mrn', mrn, [mrn]);
  }
  for (const match of page.text.matchAll(NAME_PATTERN)) {
    const [, family, given] = match;
    if (family && given) add('name', normaliseName(family, given), [family, given]);
  }
  for (const match of page.text.matchAll(DOB_PATTERN)) {
    const date = match[1]
      ? usDate(match[1], match[2] ?? '', match[3] ?? '')
      : isoDate(match[4] ?? '', match[5] ?? '', match[6] ?? '');
    if (date) add('birthDate', date, [match[0].split(/\s+/).at(-1) ?? '']);
  }
  return found;
}

/** "FAMILY^GIVEN", upper-case, without diacritics: the form names are compared in. */
export function normaliseName(family: string, given: string): string {
  const clean = (part: string) =>
    part
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toUpperCase()
      .trim();
  return `${clean(family)}^${clean(given)}`;
}

function usDate(month: string, day: string, year: string): string | null {
  const fullYear = year.length === 2 ? null : year; // a two-digit year is ambiguous for a birth date
  return fullYear ? isoDate(fullYear, month, day) : null;
}

function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!(y >= 1880 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 02/31 is not a date
  return date.toISOString().slice(0, 10);
}

/** The lowest confidence among the OCR words an identifier was read from. */
function confidenceOf(evidence: string[], words: OcrWord[]): number {
  const confidences = evidence
    .filter((token) => token.length > 0)
    .map((token) => {
      const word = words.find(
        (candidate) => candidate.text.includes(token) || token.includes(candidate.text),
      );
      return word?.confidence ?? 0;
    });
  return confidences.length === 0 ? 0 : Math.min(...confidences);
}
