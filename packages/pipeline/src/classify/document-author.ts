/**
 * The author or provider printed on a document ("Electronically signed by: Jane Smith, MD"), or
 * null: a wrong name filed on a chart is worse than none, so anything doubtful is left out.
 */

export interface ExtractedAuthor {
  /** Given names (or initials) then family name, e.g. "John A. Smith". */
  name: string;
  /** Normalised, comma-separated, e.g. "MD" or "MD, PhD"; null when none is printed. */
  credentials: string | null;
  /** What the name was printed after, e.g. "Signed by", "letter closing", "signature line". */
  label: string;
  /** 1-based line of the text the name is printed on. */
  line: number;
}

export const LETTER_CLOSING = 'letter closing';
export const SIGNATURE_LINE = 'signature line';

/** A label pattern that must not follow another word: "Ordering provider:" is not "Provider:". */
function labelPattern(source: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}][ \t]?)(?:${source})`, 'giu');
}

/**
 * Labels in order of preference: whoever signed the document is its author of record, then whoever
 * dictated it, then the roles printed in its header. Roles need a colon; "signed by" does not.
 */
const AUTHOR_LABELS: readonly { label: string; pattern: RegExp }[] = [
  {
    label: 'Electronically signed by',
    pattern: labelPattern(
      String.raw`(?:electronically|digitally|e-?)\s*signed(?:\s+by)?\s*:?|signed\s+electronically(?:\s+by)?\s*:?|authenticated\s+by\s*:?`,
    ),
  },
  { label: 'Signed by', pattern: labelPattern(String.raw`signed\s+by\s*:?|signed\s*:`) },
  {
    label: 'Dictated by',
    pattern: labelPattern(String.raw`dictated\s+by\s*:?|dictating\s+(?:physician|provider)\s*:|dictated\s*:`),
  },
  { label: 'Interpreted by', pattern: labelPattern(String.raw`interpreted\s+by\s*:?|read\s+by\s*:`) },
  { label: 'Author', pattern: labelPattern(String.raw`author\s*:`) },
  {
    label: 'Attending Physician',
    pattern: labelPattern(String.raw`(?:attending|admitting)\s+(?:physician|doctor|provider)\s*:`),
  },
  { label: 'Attending', pattern: labelPattern(String.raw`attending\s*:`) },
  {
    label: 'Surgeon',
    pattern: labelPattern(String.raw`(?:primary\s+|attending\s+|operating\s+)?surgeons?\s*:`),
  },
  { label: 'Radiologist', pattern: labelPattern(String.raw`(?:attending\s+)?radiologist\s*:`) },
  { label: 'Pathologist', pattern: labelPattern(String.raw`(?:attending\s+)?pathologist\s*:`) },
  { label: 'Consultant', pattern: labelPattern(String.raw`consultant\s*:|consulting\s+physician\s*:`) },
  {
    label: 'Provider',
    pattern: labelPattern(
      String.raw`(?:treating\s+|rendering\s+)?provider\s*:|performed\s+by\s*:|physician\s*:`,
    ),
  },
];

/** A complimentary close; the signer's name is on the next printed line (or after a comma). */
const CLOSING =
  /^[ \t]*(?:yours[ \t]+(?:very[ \t]+)?(?:sincerely|truly|faithfully)|(?:very[ \t]+)?(?:sincerely|truly|respectfully|cordially)(?:[ \t]+yours)?|(?:best|kind|warm|warmest)[ \t]+regards|with[ \t]+(?:best|kind)[ \t]+regards|regards)[ \t]*[,.]?/i;

/** Credentials as printed (dots removed, upper case) → how they are stored. */
const CREDENTIALS = new Map<string, string>(
  [
    'MD',
    'DO',
    'MBBS',
    'MBChB',
    'PhD',
    'PharmD',
    'PsyD',
    'DrPH',
    'NP',
    'APRN',
    'CNP',
    'FNP',
    'FNP-C',
    'FNP-BC',
    'ANP',
    'ACNP',
    'AGACNP',
    'DNP',
    'CNM',
    'CNS',
    'CRNA',
    'PA',
    'PA-C',
    'RPA-C',
    'RN',
    'LPN',
    'BSN',
    'MSN',
    'MPH',
    'MS',
    'DPM',
    'DDS',
    'DMD',
    'OD',
    'DC',
    'DPT',
    'PT',
    'OT',
    'RD',
    'LCSW',
    'FACS',
    'FACP',
    'FACC',
    'FACEP',
    'FAAP',
    'FAAFP',
    'FCCP',
    'FRCPC',
    'FRCSC',
  ].map((credential) => [credential.toUpperCase(), credential]),
);

/** Credentials that are also common abbreviations ("chest PA", "PT/INR"): on a bare signature line only after a comma. */
const AMBIGUOUS_CREDENTIALS = new Set(['DO', 'PA', 'PT', 'OT', 'MS', 'RN', 'RD', 'DC', 'OD']);

/** Capitalised words that end a name: what follows a name on a form, or what a header is made of. */
const NOT_NAME_WORDS = new Set(
  `the a an patient patients physician physicians doctor provider providers hospital department dept clinic
  clinics service services medicine medical center centre care team group unit ward associates practice
  staff attending resident fellow nurse nursing radiology pathology surgery surgical cardiology internal
  emergency family general report history summary note notes course diagnosis diagnoses impression findings
  plan assessment examination exam procedure medications allergies technique comparison indication
  consultation discharge admission date time signature signed dictated transcribed reviewed electronically
  page mrn dob unknown none pending not see above below same by on at to for of and with cc copy`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case parts of family names ("Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
]);
const SUFFIXES = new Set(['JR', 'SR', 'II', 'III', 'IV']);

interface ParsedName {
  name: string;
  credentials: string[];
  /** The text after the name and credentials. */
  rest: string;
  /** Whether every credential was set off by a comma ("Jane Smith, PA"). */
  commaBeforeCredentials: boolean;
}

/** "M. D." and "Ph. D." printed with spaces would otherwise read as initials. */
function joinSpacedCredentials(text: string): string {
  return text
    .replace(/\bM\.\s?D\.?(?![\p{L}])/gu, 'MD')
    .replace(/\bD\.\s?O\.(?![\p{L}])/gu, 'DO')
    .replace(/\bPh\.\s?D\.?(?![\p{L}])/gu, 'PhD')
    .replace(/\bN\.\s?P\.(?![\p{L}])/gu, 'NP')
    .replace(/\bP\.\s?A\.(?:-C)?(?![\p{L}])/gu, (match) => (match.endsWith('-C') ? 'PA-C' : 'PA'))
    .replace(/\bR\.\s?N\.(?![\p{L}])/gu, 'RN');
}

function credentialOf(token: string): string | null {
  return CREDENTIALS.get(token.replace(/\./g, '').toUpperCase()) ?? null;
}

const INITIAL = /^(?:\p{Lu}\.){1,2}$|^\p{Lu}$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

function isNameWord(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  return (
    NAME_WORD.test(token) &&
    letters.length >= 2 &&
    !NOT_NAME_WORDS.has(letters.toLowerCase()) &&
    // Mixed case ("Lindqvist", "McDonald") or all capitals ("LINDQVIST").
    (/\p{Ll}/u.test(token) || letters === letters.toUpperCase())
  );
}

/** "GARCIA-LOPEZ" → "Garcia-Lopez", "O'CONNOR" → "O'Connor"; mixed case is kept as printed. */
function nameCase(token: string): string {
  if (/\p{Ll}/u.test(token) || INITIAL.test(token)) return token;
  return token
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Reads "Jane A. Smith, MD", "Smith, Jane A. MD", "Dr. Jane Smith" or "J. Smith MD 03/04/2024" from
 * the start of `text`; null when no name stands there.
 */
function parseName(text: string): ParsedName | null {
  const tokens = [...joinSpacedCredentials(text).matchAll(/[^\s,]+|,/g)].map((match) => ({
    text: match[0],
    end: match.index + match[0].length,
  }));
  let i = 0;
  while (i < tokens.length && /^(?:\/s\/|s\/)$/i.test(tokens[i]!.text)) i++;
  let doctor = false;
  if (i < tokens.length && /^(?:dr\.?|doctor)$/i.test(tokens[i]!.text)) {
    doctor = true;
    i++;
  }

  const parts: { text: string; commaAfter: boolean }[] = [];
  const credentials: string[] = [];
  let commaBeforeCredentials = true;
  let consumedTo = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!.text;
    if (token === ',') {
      const last = parts.at(-1);
      if (credentials.length === 0 && last) last.commaAfter = true;
      continue;
    }
    const cleaned = token.replace(/[;]+$/, '');
    const credential = credentialOf(cleaned);
    if (credential && parts.length > 0) {
      if (credentials.length === 0 && !parts.at(-1)!.commaAfter) commaBeforeCredentials = false;
      credentials.push(credential);
    } else if (credentials.length > 0) {
      break; // Credentials end the name: whatever follows is another field.
    } else if (INITIAL.test(cleaned) || isNameWord(cleaned.replace(/\.$/, ''))) {
      parts.push({ text: INITIAL.test(cleaned) ? cleaned : cleaned.replace(/\.$/, ''), commaAfter: false });
    } else if (PARTICLES.has(cleaned) && parts.length > 0 && isNameWord(tokens[i + 1]?.text ?? '')) {
      parts.push({ text: cleaned, commaAfter: false });
    } else if (SUFFIXES.has(cleaned.replace(/\./g, '').toUpperCase()) && parts.length > 1) {
      parts.push({ text: cleaned, commaAfter: false });
    } else {
      break;
    }
    consumedTo = tokens[i]!.end;
  }
  if (credentials.length === 0) commaBeforeCredentials = false;

  // Lower-case particles and suffixes cannot end or start a name; initials alone are not one.
  while (parts.length > 0 && PARTICLES.has(parts.at(-1)!.text)) parts.pop();
  const words = parts.filter((part) => !INITIAL.test(part.text) && !PARTICLES.has(part.text));
  if (parts.length === 0 || parts.length > 5 || words.length === 0) return null;
  // A lone surname is a name only as "Dr. Smith" or "Smith, MD".
  if (parts.length === 1 && !doctor && credentials.length === 0) return null;

  // "Smith, John A." is family name first.
  const ordered =
    parts.length >= 2 && parts[0]!.commaAfter && !INITIAL.test(parts[0]!.text)
      ? [...parts.slice(1), parts[0]!]
      : parts;
  return {
    name: ordered.map((part) => nameCase(part.text)).join(' '),
    credentials: [...new Set(credentials)],
    rest: joinSpacedCredentials(text).slice(consumedTo),
    commaBeforeCredentials,
  };
}

/** What may follow a name on its own signature line: a date and time. */
const DATE_TIME_ONLY = /^[\s\d/:.,-]*(?:[AP]\.?M\.?)?\s*$/i;

/** The name after a label on the same line, or on the next printed line when the label ends its line. */
function nameAfter(
  lines: string[],
  index: number,
  from: number,
): { parsed: ParsedName; line: number } | null {
  const value = lines[index]!.slice(from)
    .split(/[ \t]{3,}|\t|\s\|\s/)[0]!
    .trim();
  if (value !== '') {
    const parsed = parseName(value);
    return parsed ? { parsed, line: index } : null;
  }
  const next = lines.findIndex((text, i) => i > index && text.trim() !== '');
  if (next < 0 || next > index + 2) return null;
  const parsed = parseName(lines[next]!.trim());
  return parsed ? { parsed, line: next } : null;
}

function result(parsed: ParsedName, label: string, line: number): ExtractedAuthor {
  return {
    name: parsed.name,
    credentials: parsed.credentials.length > 0 ? parsed.credentials.join(', ') : null,
    label,
    line: line + 1,
  };
}

/** After a letter's close, the first of the next few printed lines that is a name (a signature scrawl may come first). */
function closingSigner(lines: string[]): { parsed: ParsedName; line: number } | null {
  for (const [index, line] of lines.entries()) {
    const close = CLOSING.exec(line);
    if (!close) continue;
    const sameLine = line.slice(close[0].length).trim();
    if (sameLine !== '') {
      const parsed = parseName(sameLine);
      if (parsed) return { parsed, line: index };
      continue;
    }
    let tried = 0;
    for (let next = index + 1; next < lines.length && tried < 3; next++) {
      const text = lines[next]!.trim();
      if (text === '' || /^\/s\/$/i.test(text)) continue;
      tried++;
      const parsed = parseName(text);
      if (parsed && DATE_TIME_ONLY.test(parsed.rest)) return { parsed, line: next };
    }
  }
  return null;
}

/**
 * A line that is only a name with credentials ("T. Brandt, NP"), the last one in the document: notes
 * are signed at the end. Credentials that double as abbreviations need their comma.
 */
function signatureLine(lines: string[]): { parsed: ParsedName; line: number } | null {
  for (let index = lines.length - 1; index >= 0; index--) {
    const text = lines[index]!.trim();
    // A colon other than in a time means a labelled field ("Ordering provider: ..."), not a signature.
    if (text === '' || text.length > 60 || /:(?!\d{2}\b)/.test(text)) continue;
    const parsed = parseName(text);
    if (!parsed || parsed.credentials.length === 0 || !DATE_TIME_ONLY.test(parsed.rest)) continue;
    if (parsed.name.split(' ').length < 2) continue;
    const ambiguous = parsed.credentials.every((credential) => AMBIGUOUS_CREDENTIALS.has(credential));
    if (ambiguous && !parsed.commaBeforeCredentials) continue;
    return { parsed, line: index };
  }
  return null;
}

/**
 * The author as printed: after a signing or dictating label first, then a role label (Attending,
 * Surgeon, Radiologist...), then the name under a letter's close, then a bare signature line. The
 * earliest line wins among equal labels. "Smith, John MD" and "John Smith, M.D." both give
 * { name: "John Smith", credentials: "MD" }. Null rather than a guess.
 */
export function extractAuthor(text: string): ExtractedAuthor | null {
  const lines = text.split(/\r?\n/);
  for (const { label, pattern } of AUTHOR_LABELS) {
    for (const [index, line] of lines.entries()) {
      for (const match of line.matchAll(pattern)) {
        const found = nameAfter(lines, index, match.index + match[0].length);
        if (found) return result(found.parsed, label, found.line);
      }
    }
  }
  const signer = closingSigner(lines);
  if (signer) return result(signer.parsed, LETTER_CLOSING, signer.line);
  const signature = signatureLine(lines);
  return signature ? result(signature.parsed, SIGNATURE_LINE, signature.line) : null;
}
