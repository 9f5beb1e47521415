/**
 * Section headers, printed titles and set phrases that are evidence for a document's type. They are
 * both rule evidence stored with every decision (`headerVotes`) and extra features for the text
 * model (`headerFeatures`), so training and classification read a page the same way.
 */

/** How much one header counts: a printed title outweighs a header one type owns, which outweighs a shared one. */
export const HEADER_STRENGTH = { title: 3, distinctive: 2, shared: 1 } as const;

export type HeaderKind = 'title' | 'section' | 'phrase';

/** A title or section header, matched against what stands where a header stands. */
export interface PrintedHeaderEntry {
  kind: 'title' | 'section';
  /** Canonical spelling, upper case; names the feature. */
  header: string;
  /** Other spellings that mean the same header (the canonical one included). */
  variants: readonly string[];
  /** Type keys the header is evidence for, the type it is most typical of first. */
  supports: readonly string[];
  strength: number;
  /** Titles only: spellings anything may follow ("CONSENT FOR" <procedure>). */
  openEnded?: readonly string[];
}

/** Wording found anywhere in running text (salutations, consent declarations, table column heads). */
export interface PhraseEntry {
  kind: 'phrase';
  header: string;
  pattern: RegExp;
  supports: readonly string[];
  strength: number;
}

export type SectionHeaderEntry = PrintedHeaderEntry | PhraseEntry;

export interface SectionHeaderHit {
  /** Canonical header, e.g. "HOSPITAL COURSE". */
  header: string;
  /** 1-based line of the text the header is printed on. */
  line: number;
  kind: HeaderKind;
  supports: string[];
  strength: number;
}

const DS = 'discharge-summary';
const HP = 'history-and-physical';
const CONSULT = 'consult-note';
const PROGRESS = 'progress-note';
const OFFICE = 'office-note';
const OPERATIVE = 'operative-note';
const RADIOLOGY = 'radiology-report';
const PATHOLOGY = 'pathology-report';
const LAB = 'laboratory-report';
const ED = 'emergency-department-note';
const LETTER = 'letter';
const CONSENT = 'consent-form';
const AUTOPSY = 'autopsy-report';

const { title: TITLE, distinctive: DISTINCTIVE, shared: SHARED } = HEADER_STRENGTH;

function title(
  header: string,
  supports: string,
  variants: string[] = [],
  openEnded: string[] = [],
): PrintedHeaderEntry {
  return {
    kind: 'title',
    header,
    variants: [header, ...variants, ...openEnded],
    supports: [supports],
    strength: TITLE,
    openEnded,
  };
}

function section(
  header: string,
  supports: string[],
  strength: number,
  variants: string[] = [],
): PrintedHeaderEntry {
  return { kind: 'section', header, variants: [header, ...variants], supports, strength };
}

function phrase(header: string, supports: string[], strength: number, pattern: RegExp): PhraseEntry {
  return { kind: 'phrase', header, pattern, supports, strength };
}

/** Where the history-style sections appear: an H&P above all, but consults and ED notes carry them too. */
const HISTORY_TYPES = [HP, CONSULT, ED];
const SOAP_TYPES = [PROGRESS, OFFICE];

export const SECTION_HEADER_TABLE: readonly SectionHeaderEntry[] = [
  // Titles printed at the top of the page.
  title('DISCHARGE SUMMARY', DS, ['DISCHARGE SUMMARY REPORT', 'DEATH SUMMARY']),
  title('HISTORY AND PHYSICAL', HP, ['HISTORY AND PHYSICAL EXAMINATION', 'H AND P', 'ADMISSION NOTE']),
  title('CONSULTATION', CONSULT, ['CONSULTATION NOTE', 'CONSULTATION REPORT', 'CONSULT NOTE', 'CONSULT']),
  title('PROGRESS NOTE', PROGRESS, ['PROGRESS NOTES', 'SOAP NOTE']),
  title('OFFICE NOTE', OFFICE, ['OFFICE VISIT', 'CLINIC NOTE', 'CLINIC VISIT', 'OUTPATIENT NOTE']),
  title('OPERATIVE REPORT', OPERATIVE, [
    'OPERATIVE NOTE',
    'OPERATION REPORT',
    'OP NOTE',
    'PROCEDURE NOTE',
    'PROCEDURE REPORT',
  ]),
  title('RADIOLOGY REPORT', RADIOLOGY, ['RADIOLOGY', 'IMAGING REPORT', 'DIAGNOSTIC IMAGING']),
  title('PATHOLOGY REPORT', PATHOLOGY, ['PATHOLOGY', 'SURGICAL PATHOLOGY', 'CYTOLOGY REPORT']),
  title('LABORATORY REPORT', LAB, ['LAB REPORT', 'LABORATORY RESULTS', 'LAB RESULTS']),
  title('EMERGENCY DEPARTMENT NOTE', ED, [
    'EMERGENCY DEPARTMENT REPORT',
    'EMERGENCY DEPARTMENT RECORD',
    'EMERGENCY ROOM REPORT',
    'EMERGENCY ROOM NOTE',
    'EMERGENCY ROOM RECORD',
    'ED NOTE',
    'ED PROVIDER NOTE',
    'ER REPORT',
  ]),
  title('LETTER', LETTER, ['CORRESPONDENCE']),
  title('CONSENT FORM', CONSENT, ['CONSENT', 'INFORMED CONSENT'], ['CONSENT FOR', 'CONSENT TO']),
  title('AUTOPSY REPORT', AUTOPSY, [
    'AUTOPSY',
    'AUTOPSY PROTOCOL',
    'POSTMORTEM EXAMINATION',
    'REPORT OF AUTOPSY',
  ]),

  // Discharge summary.
  section('HOSPITAL COURSE', [DS], DISTINCTIVE, ['BRIEF HOSPITAL COURSE', 'COURSE IN HOSPITAL']),
  section('DISCHARGE DIAGNOSES', [DS], DISTINCTIVE, ['DISCHARGE DIAGNOSIS']),
  section('DISCHARGE MEDICATIONS', [DS], DISTINCTIVE, [
    'DISCHARGE MEDICATION',
    'DISCHARGE MEDS',
    'MEDICATIONS ON DISCHARGE',
  ]),
  section('CONDITION AT DISCHARGE', [DS], DISTINCTIVE, ['CONDITION ON DISCHARGE', 'DISCHARGE CONDITION']),
  section('DISCHARGE INSTRUCTIONS', [DS], DISTINCTIVE),
  section('DISCHARGE DISPOSITION', [DS], DISTINCTIVE),
  section('ADMISSION DIAGNOSIS', [DS, HP], SHARED, ['ADMISSION DIAGNOSES', 'ADMITTING DIAGNOSIS']),

  // Operative / procedure note.
  section('PREOPERATIVE DIAGNOSIS', [OPERATIVE], DISTINCTIVE, [
    'PREOPERATIVE DIAGNOSES',
    'PRE-OPERATIVE DIAGNOSIS',
    'PREOP DIAGNOSIS',
    'PREPROCEDURE DIAGNOSIS',
  ]),
  section('POSTOPERATIVE DIAGNOSIS', [OPERATIVE], DISTINCTIVE, [
    'POSTOPERATIVE DIAGNOSES',
    'POST-OPERATIVE DIAGNOSIS',
    'POSTOP DIAGNOSIS',
    'POSTPROCEDURE DIAGNOSIS',
  ]),
  section('PROCEDURE PERFORMED', [OPERATIVE], DISTINCTIVE, [
    'PROCEDURES PERFORMED',
    'OPERATION PERFORMED',
    'OPERATIONS PERFORMED',
    'NAME OF PROCEDURE',
    'NAME OF OPERATION',
    'OPERATION',
  ]),
  section('ANESTHESIA', [OPERATIVE], DISTINCTIVE, ['TYPE OF ANESTHESIA', 'ANESTHESIOLOGIST']),
  section('ESTIMATED BLOOD LOSS', [OPERATIVE], DISTINCTIVE, ['EBL', 'BLOOD LOSS']),
  section('DESCRIPTION OF PROCEDURE', [OPERATIVE], DISTINCTIVE, [
    'DESCRIPTION OF THE PROCEDURE',
    'DESCRIPTION OF OPERATION',
    'PROCEDURE IN DETAIL',
    'DETAILS OF PROCEDURE',
    'PROCEDURE DETAILS',
    'OPERATIVE PROCEDURE',
  ]),
  section('INDICATIONS FOR PROCEDURE', [OPERATIVE], DISTINCTIVE, [
    'INDICATION FOR PROCEDURE',
    'INDICATIONS FOR THE PROCEDURE',
    'INDICATIONS FOR SURGERY',
    'INDICATIONS FOR OPERATION',
  ]),
  section('OPERATIVE FINDINGS', [OPERATIVE], DISTINCTIVE, ['INTRAOPERATIVE FINDINGS']),
  section('SURGEON', [OPERATIVE], DISTINCTIVE, ['SURGEONS', 'PRIMARY SURGEON', 'ATTENDING SURGEON']),
  section('ASSISTANT', [OPERATIVE], DISTINCTIVE, ['ASSISTANTS', 'ASSISTANT SURGEON', 'FIRST ASSISTANT']),
  section('DRAINS', [OPERATIVE], DISTINCTIVE, ['IMPLANTS']),
  section('COMPLICATIONS', [OPERATIVE], SHARED),
  section('PROCEDURE', [OPERATIVE], SHARED, ['PROCEDURES']),

  // Radiology report.
  section('TECHNIQUE', [RADIOLOGY], DISTINCTIVE, ['TECHNIQUES']),
  section('COMPARISON', [RADIOLOGY], DISTINCTIVE, [
    'COMPARISONS',
    'COMPARISON STUDY',
    'COMPARISON STUDIES',
    'PRIOR STUDIES',
  ]),
  section('CLINICAL INDICATION', [RADIOLOGY], DISTINCTIVE, [
    'CLINICAL INDICATIONS',
    'REASON FOR EXAM',
    'REASON FOR EXAMINATION',
    'REASON FOR STUDY',
  ]),
  section('EXAM', [RADIOLOGY], SHARED, ['EXAMINATION', 'EXAM TYPE', 'STUDY']),
  section('IMPRESSION', [RADIOLOGY], SHARED, ['IMPRESSIONS']),
  section('INDICATION', [RADIOLOGY, OPERATIVE], SHARED, ['INDICATIONS']),
  // FINDINGS heads radiology reports; operative notes use it less.
  section('FINDINGS', [RADIOLOGY, OPERATIVE], SHARED),
  section('CLINICAL HISTORY', [PATHOLOGY, RADIOLOGY], SHARED),

  // Progress / office notes (SOAP).
  section('SUBJECTIVE', SOAP_TYPES, DISTINCTIVE),
  section('OBJECTIVE', SOAP_TYPES, DISTINCTIVE),
  section('INTERVAL HISTORY', SOAP_TYPES, DISTINCTIVE, [
    'INTERVAL EVENTS',
    'OVERNIGHT EVENTS',
    'EVENTS OVERNIGHT',
  ]),
  section('ASSESSMENT', SOAP_TYPES, SHARED, ['ASSESSMENTS']),
  section('PLAN', SOAP_TYPES, SHARED),
  section('ASSESSMENT AND PLAN', SOAP_TYPES, SHARED, [
    'ASSESSMENT/PLAN',
    'IMPRESSION AND PLAN',
    'IMPRESSION/PLAN',
  ]),
  section('REASON FOR VISIT', [OFFICE], DISTINCTIVE, ['REASON FOR APPOINTMENT']),

  // History and physical, and the history sections consults and ED notes share with it.
  section('CHIEF COMPLAINT', HISTORY_TYPES, SHARED),
  section('HISTORY OF PRESENT ILLNESS', HISTORY_TYPES, SHARED, ['HPI', 'PRESENT ILLNESS']),
  section('PAST MEDICAL HISTORY', HISTORY_TYPES, SHARED, ['PMH', 'PAST HISTORY']),
  section('PAST SURGICAL HISTORY', HISTORY_TYPES, SHARED, ['PSH']),
  section('SOCIAL HISTORY', HISTORY_TYPES, SHARED),
  section('FAMILY HISTORY', HISTORY_TYPES, SHARED),
  section('REVIEW OF SYSTEMS', HISTORY_TYPES, SHARED, ['ROS']),
  section('PHYSICAL EXAMINATION', HISTORY_TYPES, SHARED, ['PHYSICAL EXAM', 'PE']),
  section('REASON FOR ADMISSION', [HP], DISTINCTIVE),

  // Consultation.
  section('REASON FOR CONSULTATION', [CONSULT], DISTINCTIVE, ['REASON FOR CONSULT', 'REQUESTING PHYSICIAN']),
  section('RECOMMENDATIONS', [CONSULT], SHARED),

  // Emergency department.
  section('ED COURSE', [ED], DISTINCTIVE, [
    'EMERGENCY DEPARTMENT COURSE',
    'ER COURSE',
    'EMERGENCY ROOM COURSE',
    'COURSE IN THE EMERGENCY DEPARTMENT',
  ]),
  section('DISPOSITION', [ED], DISTINCTIVE, ['ED DISPOSITION']),
  section('TRIAGE', [ED], DISTINCTIVE, ['TRIAGE NOTE', 'TRIAGE VITALS', 'TRIAGE ASSESSMENT', 'TRIAGE LEVEL']),
  section('MODE OF ARRIVAL', [ED], DISTINCTIVE),
  section('MEDICAL DECISION MAKING', [ED, OFFICE], SHARED, ['MDM']),

  // Pathology.
  section('GROSS DESCRIPTION', [PATHOLOGY], DISTINCTIVE, ['GROSS', 'GROSS EXAMINATION']),
  section('MICROSCOPIC DESCRIPTION', [PATHOLOGY], DISTINCTIVE, [
    'MICROSCOPIC',
    'MICROSCOPIC EXAMINATION',
    'MICROSCOPIC FINDINGS',
  ]),
  section('FINAL DIAGNOSIS', [PATHOLOGY], DISTINCTIVE, [
    'FINAL DIAGNOSES',
    'FINAL PATHOLOGIC DIAGNOSIS',
    'FINAL PATHOLOGICAL DIAGNOSIS',
    'PATHOLOGIC DIAGNOSIS',
  ]),
  section('FROZEN SECTION DIAGNOSIS', [PATHOLOGY], DISTINCTIVE, ['FROZEN SECTION']),
  // Operative notes list the specimens they send, too.
  section('SPECIMEN', [PATHOLOGY, OPERATIVE], SHARED, [
    'SPECIMENS',
    'SPECIMEN SUBMITTED',
    'SPECIMENS SUBMITTED',
    'SPECIMEN RECEIVED',
    'SPECIMENS RECEIVED',
    'SOURCE OF SPECIMEN',
  ]),

  // Laboratory.
  section('SPECIMEN COLLECTED', [LAB], DISTINCTIVE, [
    'COLLECTION DATE',
    'DATE COLLECTED',
    'DATE/TIME COLLECTED',
    'COLLECTED DATE',
  ]),
  section('COLLECTED', [LAB, PATHOLOGY], SHARED, ['RECEIVED', 'DATE RECEIVED']),
  section('PERFORMING LABORATORY', [LAB], DISTINCTIVE, ['PERFORMING LAB']),
  phrase(
    'REFERENCE RANGE',
    [LAB],
    DISTINCTIVE,
    // As a table column head (capitalised) or a label; "within the reference range" in prose is not one.
    /\b(?:REFERENCE|REF\.?)\s+(?:RANGES?|INTERVALS?)\b|\b(?:Reference|Ref\.?)\s+(?:Ranges?|Intervals?)\b|\b(?:Reference|Ref\.?)\s+(?:ranges?|intervals?)\s*:/g,
  ),
  phrase('RESULT FLAG', [LAB], DISTINCTIVE, /\b(?:RESULTS?|Results?)\b[^\n]{0,60}?\b(?:FLAGS?|Flags?)\b/g),

  // Autopsy.
  section('CAUSE OF DEATH', [AUTOPSY], DISTINCTIVE, ['CAUSES OF DEATH', 'IMMEDIATE CAUSE OF DEATH']),
  section('MANNER OF DEATH', [AUTOPSY], DISTINCTIVE),
  section('EXTERNAL EXAMINATION', [AUTOPSY], DISTINCTIVE, ['EXTERNAL DESCRIPTION']),
  section('INTERNAL EXAMINATION', [AUTOPSY], DISTINCTIVE, ['INTERNAL DESCRIPTION']),
  section('FINAL ANATOMIC DIAGNOSES', [AUTOPSY], DISTINCTIVE, [
    'FINAL ANATOMIC DIAGNOSIS',
    'ANATOMIC DIAGNOSES',
  ]),
  section('EVIDENCE OF INJURY', [AUTOPSY], DISTINCTIVE),
  section('DATE OF DEATH', [AUTOPSY], SHARED, ['TIME OF DEATH']),

  // Consent forms.
  section('RISKS', [CONSENT], DISTINCTIVE, ['RISK']),
  section('BENEFITS', [CONSENT], DISTINCTIVE),
  section('ALTERNATIVES', [CONSENT], DISTINCTIVE, ['ALTERNATIVE TREATMENTS', 'ALTERNATIVES TO TREATMENT']),
  section('RISKS BENEFITS AND ALTERNATIVES', [CONSENT], DISTINCTIVE, [
    'RISKS AND BENEFITS',
    'RISKS AND ALTERNATIVES',
  ]),
  section('WITNESS', [CONSENT], DISTINCTIVE, ['WITNESSED BY', 'WITNESS SIGNATURE', 'SIGNATURE OF WITNESS']),
  phrase(
    'SIGNATURE OF PATIENT',
    [CONSENT],
    DISTINCTIVE,
    /\b(?:signature\s+of\s+(?:the\s+)?(?:patient|parent|guardian|legal\s+(?:guardian|representative)|responsible\s+party)|(?:patient|parent|guardian)(?:'s|\/(?:guardian|parent|representative))?\s+signature)\b/gi,
  ),
  phrase(
    'I CONSENT',
    [CONSENT],
    DISTINCTIVE,
    /\bI\s+(?:hereby\s+)?(?:consent|give\s+(?:my\s+)?(?:informed\s+)?consent|request\s+and\s+authori[sz]e)\b/gi,
  ),
  phrase(
    'I UNDERSTAND THE RISKS',
    [CONSENT],
    DISTINCTIVE,
    /\bI\s+(?:understand|acknowledge|have\s+been\s+(?:told|informed|advised))\b[^.]{0,120}?\brisks?\b/gi,
  ),
  phrase(
    'OPPORTUNITY TO ASK QUESTIONS',
    [CONSENT],
    DISTINCTIVE,
    /\bI\s+(?:have\s+had|had|was\s+given|have\s+been\s+given)\s+(?:the|an|ample)\s+opportunity\s+to\s+ask\s+questions\b/gi,
  ),

  // Letters.
  phrase(
    'DEAR',
    [LETTER],
    DISTINCTIVE,
    // A salutation line: "Dear Dr. Whitfield," alone on its line.
    /^[ \t]*Dear[ \t]+(?:Dr\.?|Doctor|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof\.?|Colleague|Sir|Madam|\p{Lu}[\p{L}'’-]+)[^\n]{0,60}?[,:][ \t]*$/gmu,
  ),
  phrase(
    'SINCERELY',
    [LETTER],
    DISTINCTIVE,
    // A complimentary close alone on its line.
    /^[ \t]*(?:yours[ \t]+(?:very[ \t]+)?(?:sincerely|truly|faithfully)|(?:very[ \t]+)?(?:sincerely|truly|respectfully|cordially)(?:[ \t]+yours)?|(?:best|kind|warm|warmest)[ \t]+regards|with[ \t]+(?:best|kind)[ \t]+regards|regards)[ \t]*[,.]?[ \t]*$/gim,
  ),
  // Consultants thank the referrer too, so this is shared with consult notes.
  phrase(
    'THANK YOU FOR REFERRING',
    [LETTER, CONSULT],
    SHARED,
    /\bthank(?:s|\s+you)\s+for\s+(?:(?:your|the|this)\s+)?(?:referring|referral|allowing\s+(?:me|us)\s+to\s+(?:participate|see|share)|the\s+opportunity\s+to\s+(?:see|participate|evaluate|share)|asking\s+(?:me|us)\s+to\s+see)/gi,
  ),
  section('RE', [LETTER], SHARED, ['REGARDING']),
];

/** Header spellings compared letters only: case, spacing, punctuation and "&"/"AND" do not matter. */
export function compactHeader(text: string): string {
  return (
    text
      .toUpperCase()
      .replace(/&/g, 'AND')
      // OCR reads letters as look-alike digits; header names contain no digits.
      .replace(/0/g, 'O')
      .replace(/[1|]/g, 'I')
      .replace(/5/g, 'S')
      .replace(/[^A-Z]/g, '')
  );
}

/** Only headers this long (letters) may carry one OCR slip; shorter ones ("PLAN", "EXAM") are too easy to hit. */
const FUZZY_MIN_LETTERS = 8;
const MAX_HEADER_CHARS = 60;
const MAX_HEADER_WORDS = 8;

interface Variant {
  compact: string;
  entry: PrintedHeaderEntry;
  openEnded: boolean;
}

function variantsOf(kind: 'title' | 'section'): Variant[] {
  return SECTION_HEADER_TABLE.flatMap((entry) =>
    entry.kind === kind
      ? entry.variants.map((variant) => ({
          compact: compactHeader(variant),
          entry,
          openEnded: entry.openEnded?.includes(variant) ?? false,
        }))
      : [],
  );
}

const SECTION_VARIANTS = variantsOf('section');
const TITLE_VARIANTS = variantsOf('title');
const PHRASES = SECTION_HEADER_TABLE.filter((entry): entry is PhraseEntry => entry.kind === 'phrase');

/** True when one insertion, deletion or substitution turns a into b (or they are equal). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  // Skip the one differing character in the longer string (and in both for a substitution).
  return shorter.length === longer.length
    ? shorter.slice(i + 1) === longer.slice(i + 1)
    : shorter.slice(i) === longer.slice(i + 1);
}

/** The spelling a text is: exactly, else within one OCR slip of exactly one header. */
function lookUp(variants: Variant[], compact: string): Variant | null {
  if (compact === '') return null;
  const exact = variants.find((variant) => variant.compact === compact);
  if (exact) return exact;
  if (compact.length < FUZZY_MIN_LETTERS - 1) return null;
  const near = variants.filter(
    (variant) => variant.compact.length >= FUZZY_MIN_LETTERS && withinOneEdit(variant.compact, compact),
  );
  // A slip that lands between two headers (INTERNAL/EXTERNAL EXAMINATION) is evidence for neither.
  return near.length > 0 && near.every((variant) => variant.entry === near[0]!.entry) ? near[0]! : null;
}

/**
 * Undoes the OCR slips that break the case test while keeping every character in place: a lower-case
 * l inside a capitalised word is an I, and 0/1 beside capitals are O/I.
 */
function fixOcrCase(text: string): string {
  return text
    .replace(/(?<=\p{Lu})l(?=\p{Lu}|\b)|(?<![\p{L}])l(?=\p{Lu}{2})/gu, 'I')
    .replace(/(?<=\p{Lu})0|0(?=\p{Lu})/gu, 'O')
    .replace(/(?<=\p{Lu})1(?=\p{Lu})/gu, 'I');
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** Upper case, allowing one stray lower-case letter (OCR) in a long header. */
function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  return lower <= (letters.length >= FUZZY_MIN_LETTERS ? 1 : 0);
}

/** Every word capitalised except short joining words ("Condition at Discharge"). */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/^\(?\p{Lu}/u.test(words[0]!)) return false;
  return words.every((word) => /^\(?[\p{Lu}\d]/u.test(word) || SMALL_WORDS.has(word.toLowerCase()));
}

const BULLET = /^[ \t]*(?:\d{1,2}[.)][ \t]*|\(\d{1,2}\)[ \t]*|[-*•·–][ \t]*)?/u;
const HEADER_CHARS = /^\p{L}[\p{L}\d &/'()-]*$/u;
const HEADER_RUN_CHAR = /[\p{Lu}\d &/'()-]/u;

function looksLikeHeaderText(text: string): boolean {
  return (
    text.length <= MAX_HEADER_CHARS && HEADER_CHARS.test(text) && text.split(/\s+/).length <= MAX_HEADER_WORDS
  );
}

interface Found {
  entry: SectionHeaderEntry;
  line: number;
  column: number;
  kind: HeaderKind;
}

/** A header standing at the start of a line: "HOSPITAL COURSE:", "2. Plan:", "Impression" alone. */
function lineStartHeader(
  line: string,
): { entry: PrintedHeaderEntry; kind: 'title' | 'section'; column: number } | null {
  const bullet = BULLET.exec(line)?.[0] ?? '';
  const rest = fixOcrCase(line.slice(bullet.length));
  const colon = rest.indexOf(':');
  const afterColon = colon >= 0 ? rest.slice(colon + 1).trim() : '';
  // No colon: the header is the whole line (a missing colon is a common OCR loss).
  const candidate = (colon >= 0 ? rest.slice(0, colon) : rest).trim().replace(/[\s.,;-]+$/, '');
  if (!looksLikeHeaderText(candidate)) return null;
  const upper = isUpperCase(candidate);
  const titled = isTitleCase(candidate);
  // "Chief complaint:" (sentence case) is a header only with its colon.
  const sentence = colon >= 0 && /^\p{Lu}/u.test(candidate);
  if (!upper && !titled && !sentence) return null;
  const column = bullet.length + (rest.length - rest.trimStart().length);

  const sectionVariant = lookUp(SECTION_VARIANTS, compactHeader(candidate));
  if (sectionVariant) return { entry: sectionVariant.entry, kind: 'section', column };

  // A title stands alone on its line.
  if (afterColon !== '' || !(upper || titled)) return null;
  const titleEntry = findTitle(candidate, upper);
  return titleEntry ? { entry: titleEntry, kind: 'title', column } : null;
}

/**
 * A title, perhaps after a department's name ("CARDIOLOGY CLINIC LETTER", "ADMISSION HISTORY AND
 * PHYSICAL"). Prefixed or one-word titles must be in capitals: "Radiology" under a signature is not one.
 */
function findTitle(candidate: string, upper: boolean): PrintedHeaderEntry | null {
  const words = candidate.split(/\s+/);
  const maxPrefix = upper ? Math.min(3, words.length - 1) : 0;
  for (let skip = 0; skip <= maxPrefix; skip++) {
    for (let end = words.length; end > skip; end--) {
      const variant = lookUp(TITLE_VARIANTS, compactHeader(words.slice(skip, end).join(' ')));
      if (!variant || (end < words.length && !variant.openEnded)) continue;
      if (!upper && end - skip < 2) continue;
      return variant.entry;
    }
  }
  return null;
}

/**
 * "UPPER-CASE HEADER:" anywhere in a line, as in texts run together into one paragraph
 * ("...chest pain.,HISTORY OF PRESENT ILLNESS:, The patient..."). Only capitals count here.
 */
function inlineHeaders(line: string, lineNumber: number): Found[] {
  const fixed = fixOcrCase(line);
  const found: Found[] = [];
  for (let colon = fixed.indexOf(':'); colon >= 0; colon = fixed.indexOf(':', colon + 1)) {
    // Walk back over capitals, no further than a header can be long: linear in the line however it reads.
    let start = colon;
    while (start > 0 && colon - start <= MAX_HEADER_CHARS && HEADER_RUN_CHAR.test(fixed[start - 1]!)) start--;
    const run = fixed.slice(start, colon);
    const wordMatches = [...run.matchAll(/\S+/g)];
    const words = wordMatches.map((match) => match[0]);
    const firstWord = words[0];
    if (!firstWord) continue;
    // A first word cut off by the length limit or glued to lower case ("painHISTORY") is no header's start.
    const partial =
      colon - start > MAX_HEADER_CHARS ||
      /\p{Ll}/u.test(fixed[start - 1] ?? '') ||
      !/^\p{Lu}/u.test(firstWord);
    // The whole capital run, else its tail ("CHEST PAIN HISTORY OF PRESENT ILLNESS:"); a one-word tail
    // would turn "DISCHARGE DISPOSITION" into "DISPOSITION".
    for (let skip = partial ? 1 : 0; skip < words.length; skip++) {
      if (skip > 0 && words.length - skip < 2) break;
      const text = words.slice(skip).join(' ');
      if (!isUpperCase(text) || !looksLikeHeaderText(text)) continue;
      const variant = lookUp(SECTION_VARIANTS, compactHeader(text));
      if (variant) {
        const column = start + wordMatches[skip]!.index;
        found.push({ entry: variant.entry, line: lineNumber, column, kind: 'section' });
        break;
      }
    }
  }
  return found;
}

function phraseHits(text: string): Found[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! };
  };
  const found: Found[] = [];
  for (const entry of PHRASES) {
    for (const match of text.matchAll(entry.pattern)) {
      // A multi-line pattern's match may begin with the blank space before the words.
      const offset = match.index + (match[0].length - match[0].trimStart().length);
      found.push({ entry, ...lineOf(offset), kind: 'phrase' });
    }
  }
  return found;
}

/**
 * The section headers, titles and set phrases in a text, in reading order. Headers count only where a
 * header stands (line start, capitals or title case, then a colon or the end of the line; or
 * "UPPER CASE:" anywhere), so the same words in running prose do not fire.
 */
export function findSectionHeaders(text: string): SectionHeaderHit[] {
  const lines = text.split(/\r?\n/);
  const found: Found[] = [];
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const atStart = lineStartHeader(line);
    if (atStart) found.push({ ...atStart, line: lineNumber });
    found.push(...inlineHeaders(line, lineNumber));
  }
  found.push(...phraseHits(text.replace(/\r\n/g, '\n')));

  // The line-start and inline passes both see "HEADER:" at the start of a line: keep one.
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((hit) => {
      const key = `${hit.line}\u0000${hit.entry.header}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((hit) => ({
      header: hit.entry.header,
      line: hit.line,
      kind: hit.kind,
      supports: [...hit.entry.supports],
      strength: hit.entry.strength,
    }));
}

const FEATURE_PREFIX: Record<HeaderKind, string> = { title: 'title', section: 'hdr', phrase: 'phr' };

/** The headers found as model features ("hdr:hospital-course", "title:discharge-summary"), once each. */
export function headerFeatures(hits: readonly SectionHeaderHit[]): string[] {
  const features = hits.map(
    (hit) =>
      `${FEATURE_PREFIX[hit.kind]}:${hit.header
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
  );
  return [...new Set(features)];
}

export interface HeaderVote {
  type: string;
  /** Summed strengths of the distinct headers that support the type. */
  score: number;
  /** Those headers, in the order they first appear. */
  headers: string[];
}

/**
 * Summed header strengths per type, best first. Each header counts once per document, so a title
 * printed at the top of every page is one piece of evidence. Ties go to the type more of the headers
 * are most typical of (H&P before consult for CHIEF COMPLAINT), then by key.
 */
export function headerVotes(hits: readonly SectionHeaderHit[]): HeaderVote[] {
  const votes = new Map<string, HeaderVote & { primary: number }>();
  const counted = new Set<string>();
  for (const hit of hits) {
    for (const [rank, type] of hit.supports.entries()) {
      const key = `${type}\u0000${hit.header}`;
      if (counted.has(key)) continue;
      counted.add(key);
      const vote = votes.get(type) ?? { type, score: 0, headers: [], primary: 0 };
      vote.score += hit.strength;
      vote.headers.push(hit.header);
      if (rank === 0) vote.primary += hit.strength;
      votes.set(type, vote);
    }
  }
  return [...votes.values()]
    .sort((a, b) => b.score - a.score || b.primary - a.primary || a.type.localeCompare(b.type))
    .map(({ type, score, headers }) => ({ type, score, headers }));
}
