import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { drawBarcodes, type PrintedBarcode } from './barcodes.ts';
import type { SyntheticPatient } from './patients.ts';

/** One printed page of a chart document. */
export interface PageSpec {
  /** Printed bold at the top, e.g. "DISCHARGE SUMMARY". */
  title: string;
  patient?: SyntheticPatient | null;
  /**
   * 'full' (the default when there is a patient) prints name, MRN and date of birth;
   * 'mrn-only' prints only the MRN, as some departmental forms do; 'none' prints no identifiers.
   */
  headerStyle?: 'full' | 'mrn-only' | 'none';
  /**
   * Body text, one entry per printed line ('' for a blank line); long lines wrap at the margin.
   * A line in capitals (e.g. "HOSPITAL COURSE:") is a section heading and printed bold.
   */
  lines: string[];
  /** Printed small at the top left; defaults to the demo hospital's name. */
  facility?: string;
  /** Printed small at the bottom centre, e.g. "Page 2 of 3". */
  footer?: string;
  /** Barcodes printed on the page (labels, cover-sheet and separator codes); default top right. */
  barcodes?: PrintedBarcode[];
}

/** A line as placed on the page, in PDF points from the bottom-left corner. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

export const LETTER_POINTS = { width: 612, height: 792 } as const;
export const DEMO_FACILITY = 'Chartroom Demo Hospital  -  synthetic records, no real patients';

const MARGIN = 72;
const BODY_SIZE = 11;
const LINE_HEIGHT = 15;
const BODY_TOP = LETTER_POINTS.height - 132;
const BODY_BOTTOM = 64;
const SECTION_HEADING = /^[A-Z][A-Z0-9 ,&/()'-]*:?$/;

/** Hospital charts print dates of birth US style: MM/DD/YYYY. */
export function formatUsDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${month}/${day}/${year}`;
}

/** The identifier line at the top of the page, or null when nothing identifies the patient. */
export function patientHeader(
  patient: SyntheticPatient | null | undefined,
  style: PageSpec['headerStyle'],
): string | null {
  if (!patient) return null;
  switch (style ?? 'full') {
    case 'full':
      return (
        `Patient: ${patient.family.toUpperCase()}, ${patient.given.join(' ')}   ` +
        `MRN: ${patient.mrn}   DOB: ${formatUsDate(patient.birthDate)}`
      );
    case 'mrn-only':
      return `MRN: ${patient.mrn}`;
    case 'none':
      return null;
  }
}

/** Greedy word wrap by the font's real glyph widths. */
function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Draws the page as a one-page vector PDF (US letter, Helvetica) and returns where each line went,
 * so callers can check that a phrase did not wrap across two lines.
 */
export async function pagePdf(spec: PageSpec): Promise<{ pdf: Uint8Array; lines: PlacedLine[] }> {
  const doc = await PDFDocument.create();
  // Fixed dates keep the bytes identical from run to run.
  const epoch = new Date('2024-01-01T00:00:00Z');
  doc.setCreationDate(epoch);
  doc.setModificationDate(epoch);
  doc.setProducer('Chartroom samples');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([LETTER_POINTS.width, LETTER_POINTS.height]);
  const placed: PlacedLine[] = [];
  const draw = (text: string, x: number, y: number, size: number, isBold = false): void => {
    page.drawText(text, { x, y, size, font: isBold ? bold : regular, color: rgb(0, 0, 0) });
    placed.push({ text, x, y, size, bold: isBold });
  };
  const top = LETTER_POINTS.height;

  draw(spec.facility ?? DEMO_FACILITY, MARGIN, top - 48, 9);
  draw(spec.title, MARGIN, top - 76, 15, true);
  const header = patientHeader(spec.patient, spec.headerStyle);
  if (header) draw(header, MARGIN, top - 100, BODY_SIZE);
  page.drawLine({
    start: { x: MARGIN, y: top - 110 },
    end: { x: LETTER_POINTS.width - MARGIN, y: top - 110 },
    thickness: 0.8,
  });

  let y = BODY_TOP;
  for (const line of spec.lines) {
    const isHeading = line.length > 0 && line.length < 60 && SECTION_HEADING.test(line);
    const font = isHeading ? bold : regular;
    for (const piece of wrap(line, font, BODY_SIZE, LETTER_POINTS.width - 2 * MARGIN)) {
      if (y < BODY_BOTTOM) throw new RangeError(`page "${spec.title}" has more text than fits on one page`);
      if (piece !== '') draw(piece, MARGIN, y, BODY_SIZE, isHeading);
      y -= LINE_HEIGHT;
    }
  }

  if (spec.footer) {
    const width = regular.widthOfTextAtSize(spec.footer, 9);
    draw(spec.footer, (LETTER_POINTS.width - width) / 2, 36, 9);
  }
  drawBarcodes(page, spec.barcodes ?? [], regular);
  return { pdf: await doc.save(), lines: placed };
}
