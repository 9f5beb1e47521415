import type { Patient } from '@chartroom/domain';

/** One patient record absorbed into another (HL7 ADT^A40): documents with the merged MRN belong to the survivor. */
export interface PatientMerge {
  survivingMrn: string;
  mergedMrn: string;
}

export interface Hl7AdtOptions {
  /** The identifier type code (CX.5) that marks the MRN in PID-3 and MRG-1; "MR" by default. */
  mrnTypeCode?: string;
  /** When set, the MRN must also come from this assigning authority (CX.4, its namespace id). */
  mrnAssigningAuthority?: string;
}

export interface Hl7AdtImport {
  format: 'hl7-adt';
  /** One per MRN, in order of first appearance; later messages update earlier ones. */
  patients: Patient[];
  merges: PatientMerge[];
  /** Messages that could not be taken, by position in the file; the reason never quotes patient data. */
  rejected: { record: number; reason: string }[];
}

/** Events that register or update a patient; A40 (merge) is handled on its own. */
const PATIENT_EVENTS = new Set(['A01', 'A04', 'A08', 'A28', 'A31']);

// MLLP frames each message as 0x0b … 0x1c 0x0d; a frame byte is a segment break here.
const MLLP_START = '\u000b';
const MLLP_END = '\u001c';

/**
 * Reads HL7 v2.x ADT messages in ER7 (pipe) encoding: any number of messages in one file, with
 * segments separated by CR, LF or CRLF and MLLP framing tolerated. Registrations and updates
 * (A01, A04, A08, A28, A31) give patients from PID; a merge (A40) gives the surviving patient from
 * PID and the merged MRN from MRG-1. Everything else is rejected with a reason, never guessed.
 *
 * Written here rather than taken from npm: the maintained parsers either need Node 22 or carry a
 * FHIR SDK or a dozen dependencies, and the simple ones ignore MSH-2 or escape sequences.
 */
export function parseHl7Adt(text: string, options: Hl7AdtOptions = {}): Hl7AdtImport {
  const updates = new Map<string, PatientUpdate>();
  const merges: PatientMerge[] = [];
  const rejected: Hl7AdtImport['rejected'] = [];
  splitMessages(text).forEach((lines, index) => {
    const record = index + 1;
    const message = parseMessage(lines);
    if (typeof message === 'string') return rejected.push({ record, reason: message });
    const result = readAdt(message, options);
    if (typeof result === 'string') return rejected.push({ record, reason: result });
    for (const update of result.updates) {
      const earlier = updates.get(update.mrn);
      updates.set(update.mrn, earlier ? applyUpdate(earlier, update) : update);
    }
    merges.push(...result.merges);
  });
  return { format: 'hl7-adt', patients: [...updates.values()].map(toPatient), merges, rejected };
}

// ---------------------------------------------------------------------------------------------
// ER7 structure: message → segments → fields → repetitions → components → subcomponents.

interface Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

interface Segment {
  id: string;
  /** fields[n] is field n (MSH-1 is the field separator itself, so MSH's numbering matches). */
  fields: string[];
}

interface Message {
  delimiters: Delimiters;
  segments: Segment[];
}

/** The segment lines of each message; batch envelopes (FHS, BHS, BTS, FTS) and blank lines dropped. */
function splitMessages(text: string): string[][] {
  const messages: string[][] = [];
  const unframed = text.replaceAll(MLLP_START, '\r').replaceAll(MLLP_END, '\r');
  for (const line of unframed.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim(); // also drops a byte-order mark
    if (trimmed === '' || /^(FHS|BHS|BTS|FTS)\W/.test(trimmed)) continue;
    if (trimmed.startsWith('MSH')) messages.push([trimmed]);
    else if (messages.length > 0) messages.at(-1)?.push(trimmed);
    else messages.push([trimmed]); // text before the first MSH: reported as a message without one
  }
  return messages;
}

function parseMessage(lines: string[]): Message | string {
  const header = lines[0] ?? '';
  if (!header.startsWith('MSH')) return 'does not start with an MSH segment';
  const field = header.charAt(3);
  const encoding = field === '' ? '' : (header.slice(4).split(field, 1)[0] ?? '');
  const [component = '', repetition = '', escape = '', subcomponent = ''] = [...encoding];
  const delimiters: Delimiters = { field, component, repetition, escape, subcomponent };
  const used = Object.values(delimiters);
  const unusable = (delimiter: string) => delimiter === '' || /[\p{L}\p{N}\s]/u.test(delimiter);
  if (used.some(unusable) || new Set(used).size !== used.length) {
    return 'MSH-1/MSH-2 do not declare five distinct delimiters';
  }
  const segments: Segment[] = [];
  for (const line of lines) {
    const id = line.slice(0, 3);
    if (!/^[A-Z][A-Z0-9]{2}$/.test(id) || (line.length > 3 && line.charAt(3) !== field)) {
      return `segment ${segments.length + 1} is not a valid segment`;
    }
    const parts = line.split(field);
    // MSH-1 is the separator and MSH-2 the encoding characters, which must not be split further.
    const fields = id === 'MSH' ? ['MSH', field, ...parts.slice(1)] : parts;
    segments.push({ id, fields });
  }
  return { delimiters, segments };
}

/** A field's repetitions, each a list of components, each a list of unescaped subcomponents. */
type FieldValue = string[][][];

function field(message: Message, segment: Segment | undefined, index: number): FieldValue {
  const raw = segment?.fields[index] ?? '';
  if (raw === '') return [];
  const { repetition, component, subcomponent } = message.delimiters;
  return raw
    .split(repetition)
    .map((rep) =>
      rep
        .split(component)
        .map((comp) => comp.split(subcomponent).map((sub) => unescape(sub, message.delimiters))),
    );
}

/** Component n (1-based) of one repetition: its first subcomponent. */
function component(repetition: string[][] | undefined, n: number): string {
  return (repetition?.[n - 1]?.[0] ?? '').trim();
}

/** Replaces the escape sequences of HL7 v2 §2.7: delimiters, hex bytes; formatting commands dropped. */
function unescape(text: string, delimiters: Delimiters): string {
  const { escape } = delimiters;
  if (!text.includes(escape)) return text;
  const quoted = escape.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`${quoted}([^${quoted}]*)${quoted}`, 'g'), (_match, code: string) => {
    switch (code) {
      case 'F':
        return delimiters.field;
      case 'S':
        return delimiters.component;
      case 'T':
        return delimiters.subcomponent;
      case 'R':
        return delimiters.repetition;
      case 'E':
        return delimiters.escape;
      default:
        if (/^X([0-9A-Fa-f]{2})+$/.test(code)) return decodeHex(code.slice(1));
        return ''; // \H\, \N\, \.br\, \Cxxyy\ and the like: formatting or character-set switches
    }
  });
}

function decodeHex(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

// ---------------------------------------------------------------------------------------------
// ADT content.

/** What one message says about a patient: `undefined` = not sent (keep), `null` = HL7 `""` (clear). */
interface PatientUpdate {
  mrn: string;
  family: string;
  given: string[];
  birthDate: string | null | undefined;
  sex: Patient['sex'] | undefined;
  address: string | null | undefined;
  city: string | null | undefined;
  state: string | null | undefined;
  postalCode: string | null | undefined;
}

function readAdt(
  message: Message,
  options: Hl7AdtOptions,
): { updates: PatientUpdate[]; merges: PatientMerge[] } | string {
  const type = field(message, message.segments[0], 9)[0];
  const code = component(type, 1).toUpperCase();
  // Some v2.3 feeds leave the trigger event out of MSH-9 and give it in EVN-1 only.
  const evn = message.segments.find((segment) => segment.id === 'EVN');
  const event = (component(type, 2) || component(field(message, evn, 1)[0], 1)).toUpperCase();
  const label = /^[A-Z0-9]{1,4}$/.test(code) && /^[A-Z0-9]{1,4}$/.test(event) ? `${code}^${event}` : 'this';
  if (code !== 'ADT' || (!PATIENT_EVENTS.has(event) && event !== 'A40')) {
    return `a ${label} message is not a patient registration, update or merge (ADT^A01/A04/A08/A28/A31/A40)`;
  }
  const pids = message.segments.filter((segment) => segment.id === 'PID');
  if (pids.length === 0) return `${label} has no PID segment`;

  if (event !== 'A40') {
    if (pids.length > 1) return `${label} has more than one PID segment`;
    const update = readPid(message, pids[0], options);
    return typeof update === 'string' ? update : { updates: [update], merges: [] };
  }

  // A40 repeats PID (the survivor) + MRG (the merged record) once per merge.
  const updates: PatientUpdate[] = [];
  const merges: PatientMerge[] = [];
  const problems: string[] = [];
  pids.forEach((pid, index) => {
    const which = pids.length > 1 ? ` (merge ${index + 1})` : '';
    const after = message.segments.slice(message.segments.indexOf(pid) + 1);
    const mrg = after.find((segment) => segment.id === 'MRG' || segment.id === 'PID');
    const surviving = mrnFrom(field(message, pid, 3), options);
    const merged =
      mrg?.id === 'MRG' ? mrnFrom(field(message, mrg, 1), options) : { problem: 'no MRG segment' };
    if ('problem' in surviving) return problems.push(`PID-3${which}: ${surviving.problem}`);
    if ('problem' in merged) return problems.push(`MRG-1${which}: ${merged.problem}`);
    if (merged.mrn === surviving.mrn) return problems.push(`MRG-1${which} names the surviving MRN itself`);
    merges.push({ survivingMrn: surviving.mrn, mergedMrn: merged.mrn });
    // The survivor's demographics come along when PID carries a name; the merge stands without them.
    const update = readPid(message, pid, options);
    if (typeof update !== 'string') updates.push(update);
  });
  if (problems.length > 0) return `${label}: ${problems.join('; ')}`;
  return { updates, merges };
}

/** The one MRN in a CX list (PID-3, MRG-1), or why there is none. */
function mrnFrom(identifiers: FieldValue, options: Hl7AdtOptions): { mrn: string } | { problem: string } {
  const typeCode = options.mrnTypeCode ?? 'MR';
  const authority = options.mrnAssigningAuthority;
  const mrns = new Set(
    identifiers
      .filter((cx) => component(cx, 5) === typeCode)
      .filter((cx) => authority === undefined || component(cx, 4) === authority)
      .map((cx) => component(cx, 1))
      .filter((mrn) => mrn !== '' && mrn !== HL7_NULL),
  );
  const scope = `of type ${typeCode}${authority === undefined ? '' : ` from ${authority}`}`;
  const [mrn] = mrns;
  if (mrn === undefined) return { problem: `no identifier ${scope}` };
  if (mrns.size > 1) return { problem: `several identifiers ${scope}` }; // which is meant cannot be guessed
  return { mrn };
}

function readPid(message: Message, pid: Segment | undefined, options: Hl7AdtOptions): PatientUpdate | string {
  const identified = mrnFrom(field(message, pid, 3), options);
  if ('problem' in identified) return `PID-3: ${identified.problem}`;

  const names = field(message, pid, 5);
  // XPN.7 name type: L is the legal name; otherwise the first one sent.
  const name = names.find((xpn) => component(xpn, 7) === 'L') ?? names[0];
  const family = component(name, 1);
  if (family === '' || family === HL7_NULL) return 'PID-5: no family name';
  const given = [component(name, 2), ...component(name, 3).split(/\s+/)].filter(
    (part) => part !== '' && part !== HL7_NULL,
  );

  const raw = (n: number) => pid?.fields[n] ?? '';
  const addresses = field(message, pid, 11);
  // XAD.7 address type: H is home; otherwise the first one sent.
  const home = addresses.find((xad) => component(xad, 7) === 'H') ?? addresses[0];
  const addressPart = (value: string) => sent(raw(11), () => value || null);
  const sex = sent(raw(8), () => sexFrom(component(field(message, pid, 8)[0], 1)));

  return {
    mrn: identified.mrn,
    family,
    given,
    birthDate: sent(raw(7), () => birthDateFrom(component(field(message, pid, 7)[0], 1))),
    sex: sex === null ? 'unknown' : sex,
    address: addressPart([component(home, 1), component(home, 2)].filter(Boolean).join(', ')),
    city: addressPart(component(home, 3)),
    state: addressPart(component(home, 4)),
    postalCode: addressPart(component(home, 5)),
  };
}

/** HL7's explicit null: the field is to be cleared, unlike an empty field, which is "not sent". */
const HL7_NULL = '""';

/** An empty field was not sent (undefined: keep what an earlier message said); `""` clears it (null). */
function sent<T>(raw: string, parse: () => T): T | null | undefined {
  if (raw === '') return undefined;
  if (raw === HL7_NULL) return null;
  return parse();
}

/** YYYYMMDD[HHMM[SS]][±ZZZZ] → YYYY-MM-DD; a partial or impossible date gives null. */
function birthDateFrom(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

function sexFrom(code: string): Patient['sex'] {
  switch (code.toUpperCase()) {
    case 'M':
      return 'male';
    case 'F':
      return 'female';
    case 'O':
      return 'other';
    default:
      return 'unknown'; // U, A (ambiguous), N (not applicable), or a local code
  }
}

/** A later message for the same MRN: what it sends replaces, what it leaves out stays. */
function applyUpdate(earlier: PatientUpdate, later: PatientUpdate): PatientUpdate {
  const pick = <T>(next: T | undefined, previous: T | undefined) => (next === undefined ? previous : next);
  return {
    mrn: later.mrn,
    // PID-5 is always sent: the name is replaced whole, never mixed from two messages.
    family: later.family,
    given: later.given,
    birthDate: pick(later.birthDate, earlier.birthDate),
    sex: pick(later.sex, earlier.sex),
    address: pick(later.address, earlier.address),
    city: pick(later.city, earlier.city),
    state: pick(later.state, earlier.state),
    postalCode: pick(later.postalCode, earlier.postalCode),
  };
}

function toPatient(update: PatientUpdate): Patient {
  return {
    mrn: update.mrn,
    family: update.family,
    given: update.given,
    birthDate: update.birthDate ?? null,
    sex: update.sex ?? 'unknown',
    address: update.address ?? null,
    city: update.city ?? null,
    state: update.state ?? null,
    postalCode: update.postalCode ?? null,
  };
}
