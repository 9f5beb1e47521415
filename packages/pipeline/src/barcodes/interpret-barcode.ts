import type { InterpretedBarcode, PageBarcode } from '@chartroom/domain';
import { normaliseName } from '../identify/extract-identifiers.stage.ts';

/** The payload rules: configuration decides what a barcode on a page means. */
export interface BarcodeRules {
  /** The whole text of a 1D patient label: the MRN alone. */
  mrnPattern: RegExp;
  /** The Code 39 text of a separator sheet (patch code T). */
  separatorText: string;
  /** Symbologies that carry a patient label's MRN. */
  linearFormats: ReadonlySet<string>;
  /** Symbologies that carry the `MRN:…|NAME:…|DOB:…` label or cover-sheet payload. */
  matrixFormats: ReadonlySet<string>;
}

export function barcodeRules(options: { mrnPattern: string; separatorText: string }): BarcodeRules {
  return {
    mrnPattern: new RegExp(options.mrnPattern),
    separatorText: options.separatorText,
    linearFormats: new Set(['Code128', 'Code39']),
    matrixFormats: new Set(['QRCode', 'DataMatrix', 'PDF417', 'MicroQRCode']),
  };
}

export const DEFAULT_BARCODE_RULES: BarcodeRules = barcodeRules({
  mrnPattern: '^[0-9]{6,10}$',
  separatorText: 'PATCHT',
});

/**
 * Says what a barcode means for filing:
 * - separator: Code 39 with the separator text;
 * - patient-label (1D): Code 128 / Code 39 whose whole text is an MRN — one identifier;
 * - patient-label or cover-sheet (2D): `MRN:<mrn>|NAME:<LAST>^<FIRST>|DOB:<YYYYMMDD>[|ENC:…][|DOC:<LOINC>]`,
 *   a cover sheet when it names the document type (DOC);
 * - other: anything else (pharmacy, specimen, equipment codes, malformed payloads): recorded, ignored.
 * A 2D payload with a field that does not parse is "other" as a whole: a half-read label must not
 * pass for a good one.
 */
export function interpretBarcode(
  barcode: PageBarcode,
  rules: BarcodeRules = DEFAULT_BARCODE_RULES,
): InterpretedBarcode {
  const text = barcode.text.trim();
  const other: InterpretedBarcode = { ...barcode, meaning: 'other', identifiers: {} };
  if (rules.linearFormats.has(barcode.format)) {
    if (barcode.format === 'Code39' && text.toUpperCase() === rules.separatorText.toUpperCase()) {
      return { ...barcode, meaning: 'separator', identifiers: {} };
    }
    return rules.mrnPattern.test(text)
      ? { ...barcode, meaning: 'patient-label', identifiers: { mrn: text } }
      : other;
  }
  if (rules.matrixFormats.has(barcode.format)) {
    const identifiers = parseLabelPayload(text, rules);
    if (!identifiers) return other;
    return { ...barcode, meaning: identifiers.loinc ? 'cover-sheet' : 'patient-label', identifiers };
  }
  return other;
}

const LOINC = /^\d{1,7}-\d$/;

/** Parses a 2D label payload; null unless MRN, NAME and DOB are all present and well formed. */
function parseLabelPayload(text: string, rules: BarcodeRules): InterpretedBarcode['identifiers'] | null {
  const fields = new Map<string, string>();
  for (const part of text.split('|')) {
    const colon = part.indexOf(':');
    if (colon <= 0) return null;
    const key = part.slice(0, colon).trim().toUpperCase();
    if (fields.has(key)) return null; // two MRNs on one label: which one?
    fields.set(key, part.slice(colon + 1).trim());
  }
  const mrn = fields.get('MRN');
  const name = fields.get('NAME');
  const dob = fields.get('DOB');
  if (!mrn || !rules.mrnPattern.test(mrn) || !name || !dob) return null;
  const [family, given, ...rest] = name.split('^');
  if (!family || !given || rest.some((part) => part.length > 0)) return null;
  const birthDate = compactDate(dob);
  if (!birthDate) return null;
  const identifiers: InterpretedBarcode['identifiers'] = {
    mrn,
    name: normaliseName(family, given),
    birthDate,
  };
  const encounter = fields.get('ENC');
  if (encounter) identifiers.encounter = encounter;
  const loinc = fields.get('DOC');
  if (loinc !== undefined) {
    if (!LOINC.test(loinc)) return null;
    identifiers.loinc = loinc;
  }
  return identifiers;
}

/** YYYYMMDD → YYYY-MM-DD, or null if it is not a calendar date. */
function compactDate(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    Number.isNaN(date.getTime()) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
