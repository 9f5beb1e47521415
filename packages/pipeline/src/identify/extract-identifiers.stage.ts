import type { BoundingBox, FoundIdentifier, PageText } from '@chartroom/domain';

export interface IdentifierPatterns {
  /** How an MRN is printed; the first capture group is the MRN. */
  mrn: RegExp;
}

export function identifierPatterns(mrnPattern: string): IdentifierPatterns {
  return { mrn: new RegExp(mrnPattern, 'gi') };
}

// "Patient: QUINTERO, Marisol" / "Name: Quintero, Marisol A." — family name first, as charts print it.
// OCR often reads a colon as a semicolon: both count.
const NAME_PATTERN = /\b(?:patient(?:\s+name)?|name)\s*[:;.]\s*(\p{L}[\p{L}'-]+)\s*,\s*(\p{L}[\p{L}'-]+)/giu;
// "DOB: 04/17/1961", "Date of Birth: 1961-04-17", "D.O.B. 4-17-1961"
const DOB_PATTERN =
  /\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date)\s*[:;.]?\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(?:DOB|date\s+of\s+birth|birth\s*date)\s*[:;.]?\s*(\d{4})-(\d{2})-(\d{2})\b/gi;

// On a label sticker the name stands alone, family name in capitals first: "QUINTERO, Marisol".
const LABEL_NAME_PATTERN = /(?<!\p{L})(\p{Lu}[\p{Lu}'-]+)\s*,\s*(\p{L}[\p{L}'-]+)/gu;

/**
 * Where a patient label's printed text can be, from where its barcode was found: a label sticker
 * carries its lines beside or under the code, within about one code's size of it.
 */
export function labelRegion(barcode: BoundingBox): BoundingBox {
  const reach = Math.max(barcode.x1 - barcode.x0, barcode.y1 - barcode.y0) * 0.75;
  return { x0: barcode.x0 - reach, y0: barcode.y0 - reach, x1: barcode.x1 + reach, y1: barcode.y1 + reach };
}

/**
 * Reads patient identifiers printed on a page: header lines ("Patient:", "MRN:", "DOB:") and the
 * text of patient labels (`labelRegions`, from the page's label barcodes), where a name may stand
 * without a "Name:" before it. Each identifier keeps its source (label-text when all its words lie
 * on a label) and the lowest confidence of the words it was read from, so a shaky read can send the
 * document to review instead of deciding a match.
 */
export function extractIdentifiers(
  pageId: string,
  page: PageText,
  patterns: IdentifierPatterns,
  labelRegions: readonly BoundingBox[] = [],
): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  const read = (text: string, spans: WordSpan[], onLabel: boolean) => {
    const add = (kind: FoundIdentifier['kind'], value: string, evidence: [number, number][]) => {
      if (found.some((item) => item.kind === kind && item.value === value)) return;
      const words = wordsUnder(evidence, spans);
      const source = onLabel || (words.length > 0 && words.every((word) => inAny(word.box, labelRegions)));
      found.push({
        kind,
        value,
        source: source ? 'label-text' : 'header-text',
        pageId,
        confidence: words.length === 0 ? 0 : Math.min(...words.map((word) => word.confidence)),
      });
    };
    for (const match of text.matchAll(withIndices(patterns.mrn))) {
      const mrn = match[1];
      const at = match.indices?.[1];
      if (mrn && at) add('mrn', mrn, [at]);
    }
    for (const match of text.matchAll(withIndices(onLabel ? LABEL_NAME_PATTERN : NAME_PATTERN))) {
      const [, family, given] = match;
      const familyAt = match.indices?.[1];
      const givenAt = match.indices?.[2];
      if (family && given && familyAt && givenAt)
        add('name', normaliseName(family, given), [familyAt, givenAt]);
    }
    for (const match of text.matchAll(withIndices(DOB_PATTERN))) {
      const us = match[1] !== undefined;
      const date = us
        ? usDate(match[1] ?? '', match[2] ?? '', match[3] ?? '')
        : isoDate(match[4] ?? '', match[5] ?? '', match[6] ?? '');
      const first = match.indices?.[us ? 1 : 4];
      const last = match.indices?.[us ? 3 : 6];
      if (date && first && last) add('birthDate', date, [[first[0], last[1]]]);
    }
  };

  read(page.text, wordSpans(page), false);
  for (const region of labelRegions) {
    // The label's own words, in reading order, as a text of their own.
    const words = page.words.filter((word) => word.text.length > 0 && inAny(word.bbox, [region]));
    const text = words.map((word) => word.text).join(' ');
    read(text, wordSpans({ text, words }), true);
  }
  return found;
}

// The d flag gives each capture group's offsets, so a value's confidence comes from the words it was read from.
const withIndices = (pattern: RegExp) =>
  new RegExp(pattern.source, `${pattern.flags.replace(/[gd]/g, '')}gd`);

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

interface WordSpan {
  start: number;
  end: number;
  confidence: number;
  box: BoundingBox;
}

/**
 * Where each OCR word sits in the text. The engine writes the text from its words in order, so a
 * forward scan finds each word after the previous one.
 */
function wordSpans(page: Pick<PageText, 'text' | 'words'>): WordSpan[] {
  const spans: WordSpan[] = [];
  let cursor = 0;
  for (const word of page.words) {
    if (word.text.length === 0) continue;
    const start = page.text.indexOf(word.text, cursor);
    if (start < 0) continue;
    spans.push({ start, end: start + word.text.length, confidence: word.confidence, box: word.bbox });
    cursor = start + word.text.length;
  }
  return spans;
}

/** The words under the evidence; none if any part of it has no word under it (then confidence is 0). */
function wordsUnder(evidence: [number, number][], spans: WordSpan[]): WordSpan[] {
  const words: WordSpan[] = [];
  for (const [start, end] of evidence) {
    const under = spans.filter((span) => span.start < end && span.end > start);
    if (under.length === 0) return [];
    words.push(...under);
  }
  return words;
}

/** True when the box's centre lies in one of the regions. */
function inAny(box: BoundingBox, regions: readonly BoundingBox[]): boolean {
  const x = (box.x0 + box.x1) / 2;
  const y = (box.y0 + box.y1) / 2;
  return regions.some((region) => x >= region.x0 && x <= region.x1 && y >= region.y0 && y <= region.y1);
}
