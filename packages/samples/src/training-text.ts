/**
 * The small text engine behind the synthetic training documents: phrase templates, dates, clinician
 * names and the section renderer that lays the same content out in the many ways dictated and typed
 * reports do (upper- or title-case headers, "HEADER:, text" transcriptions, reordered sections…).
 * Every word in the phrase banks was written for Chartroom; nothing is copied from a corpus.
 */
import { formatUsDate, patientHeader } from './page-pdf.ts';
import type { SyntheticPatient } from './patients.ts';
import type { Prng } from './prng.ts';

export type Vars = Readonly<Record<string, string>>;

const BRACED = /\{([^{}]*)\}/g;

/**
 * Fills a template: `{a|b|c}` picks one alternative (an empty one is allowed), `{name}` inserts a
 * variable. Braces nest; the innermost are resolved first. An unknown variable is a bug and throws.
 */
export function fill(rng: Prng, template: string, vars: Vars): string {
  checkAlternatives(template, vars);
  let text = template;
  for (let depth = 0; depth < 10 && text.includes('{'); depth++) {
    text = text.replace(BRACED, (_match, inner: string) => {
      if (inner.includes('|')) return rng.pick(inner.split('|'));
      const value = vars[inner];
      if (value === undefined) throw new Error(`template variable {${inner}} is not defined`);
      return value;
    });
  }
  return text;
}

/**
 * A literal alternative spelled like a variable ("{he|she}", "{pt|the patient}") would print the
 * bare word for every patient: that is a bug in a template, so it throws. Variables take their own
 * braces inside an alternative: "{{pt}|the patient}".
 */
function checkAlternatives(template: string, vars: Vars): void {
  const opens: number[] = [];
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '{') opens.push(i);
    else if (template[i] === '}') {
      const start = opens.pop();
      if (start === undefined) continue;
      const options: string[] = [];
      let depth = 0;
      let current = '';
      for (const char of template.slice(start + 1, i)) {
        if (char === '{') depth++;
        if (char === '}') depth--;
        if (char === '|' && depth === 0) {
          options.push(current);
          current = '';
        } else current += char;
      }
      options.push(current);
      const clash = options.length > 1 ? options.find((option) => option in vars) : undefined;
      if (clash !== undefined)
        throw new Error(`template alternative "${clash}" is a variable; write {${clash}}`);
    }
  }
}

/** Between `min` and `max` of `items`, in their original order. */
export function some<T>(rng: Prng, items: readonly T[], min: number, max: number): T[] {
  const count = Math.min(items.length, rng.int(Math.min(min, items.length), Math.min(max, items.length)));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(rng.int(0, items.length - 1));
  return items.filter((_item, index) => chosen.has(index));
}

export function shuffled<T>(rng: Prng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function weighted<T>(rng: Prng, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng.next() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = options[options.length - 1];
  if (!last) throw new RangeError('no options to choose from');
  return last[0];
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases capitalised words ("Lisinopril", "Cardiology"), keeping abbreviations ("GI", "OB/GYN"). */
export function lowerWords(text: string): string {
  return text.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase());
}

/** Lower-cases the first letter unless the word is an abbreviation ("NSTEMI", "CHA2DS2-VASc"). */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "a", "a and b", "a, b and c" (or with an Oxford comma). */
export function joinList(rng: Prng, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const comma = rng.chance(0.4) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} and ${items[items.length - 1]}`;
}

export function round(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

// ---------------------------------------------------------------------------------------------
// Dates and times

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export type DateStyle = 'us' | 'us-short' | 'iso' | 'long' | 'day-month' | 'us-dash';

export function pickDateStyle(rng: Prng): DateStyle {
  return weighted<DateStyle>(rng, [
    ['us', 50],
    ['us-short', 12],
    ['long', 16],
    ['iso', 8],
    ['day-month', 7],
    ['us-dash', 7],
  ]);
}

export function formatDate(iso: string, style: DateStyle): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const monthName = MONTHS[Number(month) - 1] ?? 'January';
  switch (style) {
    case 'us':
      return formatUsDate(iso);
    case 'us-short':
      return `${Number(month)}/${Number(day)}/${year}`;
    case 'iso':
      return iso;
    case 'long':
      return `${monthName} ${Number(day)}, ${year}`;
    case 'day-month':
      return `${day}-${monthName.slice(0, 3)}-${year}`;
    case 'us-dash':
      return `${month}-${day}-${year}`;
  }
}

/** A day between 2012 and mid-2025. */
export function randomIsoDate(rng: Prng): string {
  const start = Date.UTC(2012, 0, 1);
  const days = rng.int(0, 4928);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function randomTime(rng: Prng, fromHour = 0, toHour = 23): string {
  return `${String(rng.int(fromHour, toHour)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

export function ageOn(birthDate: string, isoDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Clinicians and places (invented)

const CLINICIAN_FAMILY =
  `Abernathy Adeyemi Ashford Brandt Calloway Desai Eriksen Fitzgerald Fontaine Gutierrez
  Haddad Halvorsen Iqbal Juarez Kaminski Kapoor Lindqvist Lowenstein Marchetti Moreau Nguyen Novotny Okonkwo
  Osei Pellegrini Radcliffe Rahman Sato Soto Takahashi Torres Underwood Valdez Vance Weiss Whitfield Yilmaz
  Zhou Bergstrom Chaudhry Delacroix Esposito Farrow Grünewald Hollis Ishikawa Kovacs Larkin`
    .trim()
    .split(/\s+/);
const CLINICIAN_GIVEN = `Alan Beth Catherine David Eleanor Farid Gwen Henry Isabel James Karen Luis Maya Neil
  Ophelia Paul Rachel Sanjay Tara Victor Wendy Yusuf Anita Brian Claire Dmitri Erin Felipe Hana Irene Jonah
  Kofi Leah Martin Noor Owen Renée Stefan Vivian`
  .trim()
  .split(/\s+/);

export interface Clinician {
  given: string;
  middle: string;
  family: string;
  credential: string;
}

export function clinician(rng: Prng, credentials?: readonly string[]): Clinician {
  const credential = credentials
    ? rng.pick(credentials)
    : weighted(rng, [
        ['MD', 64],
        ['DO', 12],
        ['NP', 8],
        ['PA-C', 8],
        ['MBBS', 4],
        ['MD, PhD', 4],
      ]);
  return {
    given: rng.pick(CLINICIAN_GIVEN),
    middle: rng.chance(0.4) ? `${String.fromCharCode(65 + rng.int(0, 25))}.` : '',
    family: rng.pick(CLINICIAN_FAMILY),
    credential,
  };
}

/** A clinician's name the way signature blocks print it. */
export function clinicianName(rng: Prng, who: Clinician, withCredential = true): string {
  const middle = who.middle ? ` ${who.middle}` : '';
  const cred = withCredential ? `, ${who.credential}` : '';
  return weighted(rng, [
    [`${who.given}${middle} ${who.family}${cred}`, 50],
    [`${who.given.charAt(0)}. ${who.family}${cred}`, 25],
    [
      `${who.family.toUpperCase()}, ${who.given.toUpperCase()}${withCredential ? ` ${who.credential}` : ''}`,
      10,
    ],
    [`${who.family}, ${who.given}${cred}`, 10],
    [`Dr. ${who.family}`, withCredential ? 5 : 0.001],
  ]);
}

/** "Dr. Family" for a doctor, full name for an NP or PA. */
export function salutationName(who: Clinician): string {
  return /MD|DO|MBBS/.test(who.credential) ? `Dr. ${who.family}` : `${who.given} ${who.family}`;
}

export const FACILITIES = [
  'Riverside General Hospital',
  'Lakeview Regional Medical Center',
  'St. Agnes Memorial Hospital',
  'Northfield Community Hospital',
  'Mercy Valley Health',
  'Cedar Hills Medical Center',
  'Prairie View Hospital',
  'Bayside University Medical Center',
  'Pinecrest Family Clinic',
  'Three Rivers Health System',
  'Maplewood Surgical Center',
  'Hillcrest Children’s Hospital',
] as const;

// ---------------------------------------------------------------------------------------------
// Patients

/** The template variables that describe a patient on a given day. */
export function patientVars(
  patient: SyntheticPatient,
  isoDate: string,
  right: boolean,
): Record<string, string> {
  const female = patient.sex === 'female';
  const age = Math.max(0, ageOn(patient.birthDate, isoDate));
  const child = age < 18;
  const first = patient.given[0] ?? 'Pat';
  const title = female ? (age > 30 ? 'Mrs.' : 'Ms.') : 'Mr.';
  return {
    age: String(age),
    a: age === 8 || age === 11 || age === 18 || (age >= 80 && age <= 89) ? 'an' : 'a',
    sexw: female ? 'female' : 'male',
    person: child ? (female ? 'girl' : 'boy') : female ? 'woman' : 'man',
    pt: child ? first : `${title} ${patient.family}`,
    firstName: first,
    last: patient.family,
    name: `${first} ${patient.family}`,
    he: female ? 'she' : 'he',
    He: female ? 'She' : 'He',
    his: female ? 'her' : 'his',
    His: female ? 'Her' : 'His',
    him: female ? 'her' : 'him',
    himself: female ? 'herself' : 'himself',
    side: right ? 'right' : 'left',
    Side: right ? 'Right' : 'Left',
    SIDE: right ? 'RIGHT' : 'LEFT',
    otherside: right ? 'left' : 'right',
  };
}

/** One of the ways a chart prints who the page belongs to (name, MRN, DOB), as one or more lines. */
export function patientBlock(rng: Prng, patient: SyntheticPatient, dates: DateStyle): string[] {
  const given = patient.given.join(' ');
  const dob = formatDate(patient.birthDate, dates);
  const sex = patient.sex === 'female' ? 'F' : 'M';
  const account = String(rng.int(10_000_000, 99_999_999));
  return weighted<string[]>(rng, [
    [[patientHeader(patient, 'full') ?? ''], 25],
    [
      [
        `PATIENT NAME: ${patient.family.toUpperCase()}, ${given.toUpperCase()}`,
        `MRN: ${patient.mrn}`,
        `DOB: ${dob}`,
      ],
      15,
    ],
    [[`Patient: ${given} ${patient.family}    DOB: ${dob}    MRN: ${patient.mrn}`], 15],
    [
      [
        `NAME: ${patient.family}, ${given}`,
        `MR#: ${patient.mrn}    ACCT#: ${account}`,
        `DOB: ${dob}  SEX: ${sex}`,
      ],
      12,
    ],
    [
      [`${patient.family.toUpperCase()}, ${given.toUpperCase()}  (${sex})  MRN ${patient.mrn}  DOB ${dob}`],
      10,
    ],
    [
      [
        `Patient Name: ${given} ${patient.family}`,
        `Medical Record Number: ${patient.mrn}`,
        `Date of Birth: ${dob}`,
      ],
      10,
    ],
    [[`RE: ${given} ${patient.family}`, `DOB: ${dob}`], 7],
    [[`MRN: ${patient.mrn}`], 6],
  ]);
}

// ---------------------------------------------------------------------------------------------
// Sections and layout

export interface Section {
  /** Header variants, upper case, the usual one first; empty for a headerless paragraph. */
  names: readonly string[];
  lines: readonly string[];
  /** A numbered (or bulleted) list rather than paragraphs. */
  list?: boolean;
  /** Sections sharing a group number may swap places. */
  group?: number;
}

export type HeaderCase = 'upper' | 'title' | 'mixed';

export interface Layout {
  headerCase: HeaderCase;
  /** block: header on its own line; inline: "HEADER: text"; dictated: "HEADER:, text" (transcription). */
  style: 'block' | 'inline' | 'dictated';
  /** The whole document on one line, separated by commas, as some transcription exports are. */
  runOn: boolean;
  blankLines: boolean;
  colon: boolean;
  numbering: '1.' | '1)' | '-' | 'none';
  doubleSpace: boolean;
  reorder: boolean;
  dropHeader: number;
}

export function pickLayout(rng: Prng, options: { allowRunOn?: boolean } = {}): Layout {
  const style = weighted<Layout['style']>(rng, [
    ['block', 52],
    ['inline', 26],
    ['dictated', 22],
  ]);
  return {
    headerCase: weighted<HeaderCase>(rng, [
      ['upper', 68],
      ['title', 26],
      ['mixed', 6],
    ]),
    style,
    runOn: (options.allowRunOn ?? true) && style === 'dictated' && rng.chance(0.45),
    blankLines: rng.chance(0.7),
    colon: rng.chance(0.93),
    numbering: weighted<Layout['numbering']>(rng, [
      ['1.', 60],
      ['1)', 12],
      ['-', 14],
      ['none', 14],
    ]),
    doubleSpace: style === 'dictated' ? rng.chance(0.6) : rng.chance(0.1),
    reorder: rng.chance(0.35),
    dropHeader: rng.chance(0.3) ? 0.08 : 0,
  };
}

const KEEP_UPPER = new Set(
  `HPI PMH PSH ROS ED ER EBL A/P H&P CT MRI IV ICU GI GU HEENT ENT ECG EKG CBC ID MRN DOB OB PT OR PACU CC II
  III US HIV COPD PO DNR EMS MDM PE ICD CPT RN LPN MD DO NP PA-C ABG BMP CMP UA TSH INR NPI DME SOAP CV VS
  MSK ME ACC DOS HD POD SH FH`
    .trim()
    .split(/\s+/),
);
const SMALL_WORDS = new Set([
  'of',
  'and',
  'for',
  'to',
  'on',
  'at',
  'the',
  'in',
  'with',
  'or',
  'a',
  'an',
  'by',
]);

export function titleCase(header: string): string {
  return header
    .split(' ')
    .map((word, index) =>
      word
        .split('/')
        .map((part) => {
          const bare = part.replace(/[^A-Za-z&/-]/g, '');
          if (KEEP_UPPER.has(bare) || KEEP_UPPER.has(part)) return part;
          const lower = part.toLowerCase();
          if (index > 0 && SMALL_WORDS.has(lower)) return lower;
          return lower.charAt(0).toUpperCase() + lower.slice(1);
        })
        .join('/'),
    )
    .join(' ');
}

export function headerText(rng: Prng, name: string, layout: Layout): string {
  const titled = layout.headerCase === 'title' || (layout.headerCase === 'mixed' && rng.chance(0.5));
  return titled ? titleCase(name) : name.toUpperCase();
}

function numbered(items: readonly string[], numbering: Layout['numbering']): string[] {
  return items.map((item, index) => {
    switch (numbering) {
      case '1.':
        return `${index + 1}. ${item}`;
      case '1)':
        return `${index + 1}) ${item}`;
      case '-':
        return `- ${item}`;
      case 'none':
        return item;
    }
  });
}

/** Lays sections out under one layout; returns lines (blank strings between sections if wanted). */
export function renderSections(rng: Prng, sections: readonly Section[], layout: Layout): string[] {
  let order = [...sections];
  if (layout.reorder) {
    const groups = new Set(order.flatMap((section) => (section.group ? [section.group] : [])));
    for (const group of groups) {
      const slots = order.flatMap((section, index) => (section.group === group ? [index] : []));
      const moved = shuffled(
        rng,
        slots.map((index) => order[index] as Section),
      );
      order = order.map((section, index) => {
        const slot = slots.indexOf(index);
        return slot >= 0 ? (moved[slot] as Section) : section;
      });
    }
  }
  const out: string[] = [];
  for (const section of order) {
    if (section.lines.length === 0) continue;
    const body = section.list ? numbered(section.lines, layout.numbering) : [...section.lines];
    // The first name is the usual one: most reports use it, the rest share what is left.
    const name =
      section.names.length > 0 && !rng.chance(layout.dropHeader) ? usual(rng, section.names) : null;
    const lines: string[] = [];
    if (name === null) lines.push(...body);
    else {
      const header = headerText(rng, name, layout);
      const colon = layout.colon || layout.style !== 'block' ? ':' : '';
      switch (layout.style) {
        case 'block':
          lines.push(`${header}${colon}`, ...body);
          break;
        case 'inline':
          // Lists stay under their header; a paragraph runs on after it.
          if (section.list) lines.push(`${header}${colon}`, ...body);
          else lines.push(`${header}${colon} ${body[0] ?? ''}`, ...body.slice(1));
          break;
        case 'dictated':
          lines.push(`${header}${colon},  ${body.join(section.list ? ',' : '  ')}`);
          break;
      }
    }
    if (layout.blankLines && out.length > 0) out.push('');
    out.push(...lines);
  }
  return out;
}

/** Joins a document's lines, applying the layout's spacing and run-on habits. */
export function finish(lines: readonly string[], layout: Layout): string {
  let text: string;
  if (layout.runOn) {
    text = lines
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join(',');
  } else {
    text = lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  // Two spaces after a sentence, as typists did; not after "Mr." or an initial.
  if (layout.doubleSpace)
    text = text.replace(/(?<!\b(?:Mr|Ms|Mrs|Dr|St|MR|MS|MRS|DR|ST|[A-Z]))\. (?=[A-Z])/g, '.  ');
  return text.replace(/[ \t]+$/gm, '');
}

// ---------------------------------------------------------------------------------------------
// One document being written

export type Size = 'short' | 'medium' | 'long';

/** Everything a document generator needs: its random stream, patient, date, author and layout. */
export interface Doc {
  rng: Prng;
  patient: SyntheticPatient;
  /** The document's own date (ISO). */
  date: string;
  dates: DateStyle;
  layout: Layout;
  vars: Record<string, string>;
  author: Clinician;
  facility: string;
  age: number;
  child: boolean;
  size: Size;
}

const BIRTHS = new WeakMap<SyntheticPatient, readonly [number, number, number]>();

/** A patient's birth date as numbers, parsed once (choosing a patient checks hundreds of them). */
function birthParts(patient: SyntheticPatient): readonly [number, number, number] {
  let parts = BIRTHS.get(patient);
  if (!parts) {
    const [y, m, d] = patient.birthDate.split('-').map(Number) as [number, number, number];
    parts = [y, m, d];
    BIRTHS.set(patient, parts);
  }
  return parts;
}

export interface Constraints {
  ages?: readonly [number, number];
  sex?: 'male' | 'female';
}

export function newDoc(
  rng: Prng,
  pool: readonly SyntheticPatient[],
  constraints: Constraints = {},
  options: { allowRunOn?: boolean; credentials?: readonly string[] } = {},
): Doc {
  const date = randomIsoDate(rng);
  const [low, high] = constraints.ages ?? [0, 100];
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const fits = pool.filter((candidate) => {
    const [by, bm, bd] = birthParts(candidate);
    const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
    return age >= low && age <= high && (!constraints.sex || candidate.sex === constraints.sex);
  });
  const patient = rng.pick(fits.length > 0 ? fits : pool);
  const age = Math.max(0, ageOn(patient.birthDate, date));
  return {
    rng,
    patient,
    date,
    dates: pickDateStyle(rng),
    layout: pickLayout(rng, options),
    vars: patientVars(patient, date, rng.chance(0.5)),
    author: clinician(rng, options.credentials),
    facility: rng.pick(FACILITIES.filter((name) => age < 18 || !name.includes('Children'))),
    age,
    child: age < 18,
    size: weighted<Size>(rng, [
      ['short', 25],
      ['medium', 50],
      ['long', 25],
    ]),
  };
}

/** Fills a template with the document's patient variables. */
export function f(doc: Doc, template: string): string {
  return fill(doc.rng, template, doc.vars);
}

/** Picks one template and fills it. */
export function pf(doc: Doc, templates: readonly string[]): string {
  return f(doc, doc.rng.pick(templates));
}

/** A date in the document's date style. */
export function ds(doc: Doc, iso: string): string {
  return formatDate(iso, doc.dates);
}

/** How many items to take, by the document's size. */
export function bySize(doc: Doc, short: number, medium: number, long: number): number {
  return doc.size === 'short' ? short : doc.size === 'medium' ? medium : long;
}

/** Usually the first (most common) of several names, otherwise any of them. */
export function usual(rng: Prng, names: readonly string[]): string {
  return rng.chance(0.55) ? (names[0] ?? '') : rng.pick(names);
}

/** A sub-label ("GENERAL:", "General:") in the document's header case. */
export function label(doc: Doc, name: string): string {
  return headerText(doc.rng, name, doc.layout);
}
