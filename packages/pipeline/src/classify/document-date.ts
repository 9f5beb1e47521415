/**
 * The date a document is about (date of service, exam, report, discharge...) as printed on it, never
 * the patient's date of birth. US charts: numeric dates are read month first.
 */

export interface ExtractedDocumentDate {
  /** YYYY-MM-DD */
  date: string;
  /** The label the date was printed after, e.g. "Date of Service", or "first date in header". */
  label: string;
  /** 1-based line of the text the date is printed on. */
  line: number;
}

export interface ExtractDateOptions {
  /** Dates more than a year after this are misreads; two-digit years are read against it. Default: now. */
  now?: Date;
}

export const FIRST_DATE_IN_HEADER = 'first date in header';

/** A label pattern that must not follow another word ("Discharge date:" is not the generic "Date:"). */
function labelPattern(source: string, flags = 'giu'): RegExp {
  return new RegExp(String.raw`(?<![\p{L}][ \t]?)(?:${source})`, flags);
}

/** Labels in order of preference: the date of the encounter itself first, a bare "Date:" last. */
const DATE_LABELS: readonly { label: string; patterns: RegExp[] }[] = [
  {
    label: 'Date of Service',
    patterns: [
      labelPattern(String.raw`(?:date|date\s*/\s*time)\s+of\s+service|service\s+date`),
      labelPattern(String.raw`D\.?O\.?S\b\.?`, 'gu'),
    ],
  },
  {
    label: 'Date of Visit',
    patterns: [labelPattern(String.raw`date\s+of\s+(?:visit|encounter)|(?:visit|encounter)\s+date`)],
  },
  {
    label: 'Date of Procedure',
    patterns: [labelPattern(String.raw`date\s+of\s+procedure|procedure\s+date`)],
  },
  {
    label: 'Date of Operation',
    patterns: [
      labelPattern(String.raw`date\s+of\s+(?:operation|surgery)|(?:operation|surgery|operative)\s+date`),
    ],
  },
  {
    label: 'Exam Date',
    patterns: [
      labelPattern(String.raw`(?:exam|examination|study)\s+date|date\s+of\s+(?:exam|examination|study)`),
    ],
  },
  {
    label: 'Report Date',
    patterns: [labelPattern(String.raw`report\s+date|date\s+of\s+report|date\s+reported|reported(?:\s+on)?`)],
  },
  {
    label: 'Discharge Date',
    patterns: [labelPattern(String.raw`discharge\s+date|date\s+of\s+discharge|discharged(?:\s+on)?`)],
  },
  {
    label: 'Admission Date',
    patterns: [
      labelPattern(String.raw`admission\s+date|date\s+of\s+admission|admit\s+date|admitted(?:\s+on)?`),
    ],
  },
  {
    label: 'Collected',
    patterns: [
      labelPattern(String.raw`(?:specimen\s+)?collected|collection\s+date|date(?:\s*/\s*time)?\s+collected`),
    ],
  },
  { label: 'Date', patterns: [labelPattern(String.raw`date(?=\s*:)`)] },
];

/** "DOB", "D0B", "D.O.B.", "Date of Birth", "Birth Date", "Born". */
const DOB_LABELS: readonly RegExp[] = [
  labelPattern(String.raw`D\.?\s?[O0]\.?\s?B\b\.?`, 'gu'),
  labelPattern(String.raw`date\s+of\s+birth|birth\s*date|born(?:\s+on)?`),
];

/** Between a label and its date: a colon, a dash, spaces. */
const LABEL_GAP = /^[ \t]*[:#.-]?[ \t]*/;

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)`;

type Parts = { year: string; month: string; day: string };

/** Each format with how its groups become year, month and day. */
const DATE_FORMATS: readonly { pattern: RegExp; parts: (m: RegExpExecArray) => Parts }[] = [
  {
    // 2024-03-04, 2024/03/04
    pattern: /(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/-])/g,
    parts: (m) => ({ year: m[1]!, month: m[3]!, day: m[4]! }),
  },
  {
    // 03/04/2024, 3/4/24 (OCR may put spaces around the slashes)
    pattern: /(?<![\d/])(\d{1,2}) ?\/ ?(\d{1,2}) ?\/ ?(\d{4}|\d{2})(?![\d/])/g,
    parts: (m) => ({ year: m[3]!, month: m[1]!, day: m[2]! }),
  },
  {
    // 03-04-2024, 3-4-24
    pattern: /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d-])/g,
    parts: (m) => ({ year: m[3]!, month: m[1]!, day: m[2]! }),
  },
  {
    // 03.04.2024: read month first like the rest; a four-digit year keeps decimals ("36.8") out.
    pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g,
    parts: (m) => ({ year: m[3]!, month: m[1]!, day: m[2]! }),
  },
  {
    // March 3, 2024; Mar. 3rd 2024
    pattern: new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'gi'),
    parts: (m) => ({ year: m[3]!, month: m[1]!, day: m[2]! }),
  },
  {
    // 3 March 2024; 3rd of March, 2024
    pattern: new RegExp(
      String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+(\d{4})(?!\d)`,
      'gi',
    ),
    parts: (m) => ({ year: m[3]!, month: m[2]!, day: m[1]! }),
  },
  {
    // 03-Mar-2024, 3-MAR-24
    pattern: new RegExp(String.raw`(?<!\d)(\d{1,2})-${MONTH}-(\d{4}|\d{2})(?!\d)`, 'gi'),
    parts: (m) => ({ year: m[3]!, month: m[2]!, day: m[1]! }),
  },
];

interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** OCR reads 0 as O and 1 as l or I inside numbers; fixed in place so positions stay the same. */
function fixOcrDigits(line: string): string {
  let fixed = line;
  // Twice, so a run like "2OO4" is fixed from both ends.
  for (let pass = 0; pass < 2; pass++) {
    fixed = fixed.replace(/(?<=\d)[Oo]|[Oo](?=\d)/g, '0').replace(/(?<=\d)[lI|]|[lI|](?=\d)/g, '1');
  }
  return fixed;
}

function toIso(parts: Parts, now: Date): string | null {
  const month = monthNumber(parts.month);
  const day = Number(parts.day);
  let year = Number(parts.year);
  if (parts.year.length === 2) {
    // A two-digit year is this century unless that would put it in the future.
    year += 2000 + year <= now.getUTCFullYear() + 1 ? 2000 : 1900;
  }
  if (month === null || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (year < 1900) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  return iso > latest.toISOString().slice(0, 10) ? null : iso;
}

function monthNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : (MONTHS[text.toLowerCase()] ?? null);
}

/** The valid dates in a line, left to right; impossible and future dates are left out. */
function findDates(line: string, now: Date): FoundDate[] {
  const fixed = fixOcrDigits(line);
  const matches: { start: number; end: number; parts: Parts }[] = [];
  for (const format of DATE_FORMATS) {
    format.pattern.lastIndex = 0;
    for (let m = format.pattern.exec(fixed); m; m = format.pattern.exec(fixed)) {
      matches.push({ start: m.index, end: m.index + m[0].length, parts: format.parts(m) });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: FoundDate[] = [];
  let covered = -1;
  for (const match of matches) {
    if (match.start < covered) continue;
    covered = match.end;
    const iso = toIso(match.parts, now);
    if (iso) dates.push({ iso, start: match.start, end: match.end });
  }
  return dates;
}

interface Candidate {
  rank: number;
  label: string;
  iso: string;
  line: number;
  column: number;
}

/** The page as lines, with each line's dates found once. */
interface Page {
  lines: string[];
  dates: FoundDate[][];
}

/** The date a label points at: right after it, or alone at the start of the next line ("DATE OF SERVICE:"). */
function dateAfterLabel(
  page: Page,
  index: number,
  labelEnd: number,
): { date: FoundDate; line: number } | null {
  const line = page.lines[index]!;
  const start = labelEnd + (LABEL_GAP.exec(line.slice(labelEnd))?.[0].length ?? 0);
  const sameLine = page.dates[index]!.find((date) => date.start === start);
  if (sameLine) return { date: sameLine, line: index };
  if (line.slice(start).trim() !== '') return null;
  const next = page.lines.findIndex((text, i) => i > index && text.trim() !== '');
  // Only the next printed line, allowing one blank line between.
  if (next < 0 || next > index + 2) return null;
  const nextLine = page.lines[next]!;
  const first = page.dates[next]![0];
  return first && first.start === nextLine.length - nextLine.trimStart().length
    ? { date: first, line: next }
    : null;
}

/** Lines of the document's header a date without a label may be taken from. */
const HEADER_LINES = 8;

/**
 * The document's date as printed: the most preferred labelled date (date of service, visit,
 * procedure, operation, exam, report, discharge, admission, collection, then a bare "Date:"), the
 * earliest one when a label repeats; without a labelled date, the first date in the first lines.
 * Dates on a date-of-birth line (unless printed right after a label of their own) and any date equal
 * to a date of birth are never returned. Null when nothing fits.
 */
export function extractDocumentDate(
  text: string,
  options: ExtractDateOptions = {},
): ExtractedDocumentDate | null {
  const now = options.now ?? new Date();
  const lines = text.split(/\r?\n/);
  const page: Page = { lines, dates: lines.map((line) => findDates(line, now)) };

  const birthDates = new Set<string>();
  const dobLines = new Set<number>();
  const labelled: Candidate[] = [];
  for (const [index, line] of lines.entries()) {
    for (const pattern of DOB_LABELS) {
      for (const match of line.matchAll(pattern)) {
        dobLines.add(index);
        const dob = dateAfterLabel(page, index, match.index + match[0].length);
        if (dob) birthDates.add(dob.date.iso);
      }
    }
    for (const [rank, { label, patterns }] of DATE_LABELS.entries()) {
      for (const pattern of patterns) {
        for (const match of line.matchAll(pattern)) {
          const found = dateAfterLabel(page, index, match.index + match[0].length);
          if (found) {
            labelled.push({
              rank,
              label,
              iso: found.date.iso,
              line: found.line + 1,
              column: found.date.start,
            });
          }
        }
      }
    }
  }

  const best = labelled
    .filter((candidate) => !birthDates.has(candidate.iso))
    .sort((a, b) => a.rank - b.rank || a.line - b.line || a.column - b.column)[0];
  if (best) return { date: best.iso, label: best.label, line: best.line };

  // A letter's date line, or a form that prints its date without a label, near the top.
  let printed = 0;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (++printed > HEADER_LINES) break;
    if (dobLines.has(index)) continue;
    const date = page.dates[index]!.find((found) => !birthDates.has(found.iso));
    if (date) return { date: date.iso, label: FIRST_DATE_IN_HEADER, line: index + 1 };
  }
  return null;
}
