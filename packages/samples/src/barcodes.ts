import bwipjs from 'bwip-js';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import sharp from 'sharp';
import { LETTER_POINTS, type PageSpec } from './page-pdf.ts';
import type { SyntheticPatient } from './patients.ts';

/** The symbologies hospital labels, cover sheets and separator sheets use. */
export type BarcodeKind = 'code128' | 'code39' | 'qrcode' | 'datamatrix' | 'pdf417';

/** A barcode printed on a sample page. */
export interface PrintedBarcode {
  kind: BarcodeKind;
  text: string;
  /** Left edge of the symbol (its quiet zone lies outside), in points from the page's left edge. */
  x?: number;
  /** Top edge of the symbol, in points from the page's top edge. Without x and y: top right. */
  y?: number;
  /** Multiplies the module size, e.g. 2.5 for a separator sheet's big code. Default 1. */
  scale?: number;
  /** Lines printed under the symbol, as on a patient label sticker ("QUINTERO, MARISOL"). */
  caption?: string[];
}

/** A rectangle in points, from the symbol's top-left corner. */
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A symbol laid out in points: its dark rectangles, its size and the quiet zone it needs around it. */
export interface BarcodeSymbol {
  width: number;
  height: number;
  quietZone: number;
  bars: Rect[];
}

/**
 * Print sizes, in points, close to what label printers produce: 1D at about 14 mil (1 pt) narrow
 * bars, 2D at about 21 mil modules, so a 150-dpi fax still has 2–3 pixels per module.
 */
const STYLES: Record<BarcodeKind, { module: number; rowHeight?: number; barHeight?: number; quiet: number }> =
  {
    code128: { module: 1, barHeight: 32, quiet: 10 },
    code39: { module: 1, barHeight: 32, quiet: 10 },
    qrcode: { module: 1.5, quiet: 4 },
    datamatrix: { module: 1.5, quiet: 2 },
    // PDF417 rows are three modules high, as the specification recommends.
    pdf417: { module: 1, rowHeight: 3, quiet: 2 },
  };

interface LinearRaw {
  sbs: number[];
}
interface MatrixRaw {
  pixs: number[];
  pixx: number;
  pixy: number;
}

/** Lays out a symbol with bwip-js (encoding only: the drawing is ours, so it can go to a PDF or a PNG). */
export function barcodeSymbol(kind: BarcodeKind, text: string, scale = 1): BarcodeSymbol {
  const style = STYLES[kind];
  const module = style.module * scale;
  const [raw] = bwipjs.raw(kind, text, {}) as (LinearRaw | MatrixRaw)[];
  if (!raw) throw new Error(`bwip-js encoded no ${kind} symbol`);
  const bars: Rect[] = [];
  if ('sbs' in raw) {
    // Widths alternate bar, space, bar, … in modules.
    const height = (style.barHeight ?? 32) * scale;
    let x = 0;
    raw.sbs.forEach((width, i) => {
      if (i % 2 === 0) bars.push({ x: x * module, y: 0, width: width * module, height });
      x += width;
    });
    return { width: x * module, height, quietZone: style.quiet * module, bars };
  }
  const rowHeight = module * (style.rowHeight ?? 1);
  for (let row = 0; row < raw.pixy; row++) {
    // One rectangle per horizontal run of dark modules.
    let runStart = -1;
    for (let col = 0; col <= raw.pixx; col++) {
      const dark = col < raw.pixx && raw.pixs[row * raw.pixx + col] === 1;
      if (dark && runStart < 0) runStart = col;
      if (!dark && runStart >= 0) {
        bars.push({
          x: runStart * module,
          y: row * rowHeight,
          width: (col - runStart) * module,
          height: rowHeight,
        });
        runStart = -1;
      }
    }
  }
  return { width: raw.pixx * module, height: raw.pixy * rowHeight, quietZone: style.quiet * module, bars };
}

/**
 * Renders one barcode, quiet zone included, as an 8-bit gray PNG at its printed size for `dpi`
 * (default 300), with bar edges on whole pixels: what a clean scan of the label looks like.
 */
export async function renderBarcode(
  kind: BarcodeKind,
  text: string,
  options: { dpi?: number; scale?: number } = {},
): Promise<Buffer> {
  const dpi = options.dpi ?? 300;
  const symbol = barcodeSymbol(kind, text, options.scale);
  const px = (points: number) => Math.round((points * dpi) / 72);
  const width = px(symbol.width + 2 * symbol.quietZone);
  const height = px(symbol.height + 2 * symbol.quietZone);
  const pixels = Buffer.alloc(width * height, 255);
  for (const bar of symbol.bars) {
    const x0 = px(symbol.quietZone + bar.x);
    const x1 = px(symbol.quietZone + bar.x + bar.width);
    const y0 = px(symbol.quietZone + bar.y);
    const y1 = px(symbol.quietZone + bar.y + bar.height);
    for (let y = y0; y < y1; y++) pixels.fill(0, y * width + x0, y * width + x1);
  }
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .toColourspace('b-w')
    .withDensity(dpi)
    .png()
    .toBuffer();
}

const TOP_MARGIN = 20;
const RIGHT_MARGIN = 36;
const GAP = 12;
const CAPTION_SIZE = 8;
const CAPTION_LEADING = 10;

/**
 * Prints barcodes onto a PDF page as vector shapes, like a label printer would. Barcodes without a
 * position line up along the top edge from the right, where hospitals put patient labels. Each symbol
 * gets a white quiet zone, so text running under it cannot spoil it.
 */
export function drawBarcodes(page: PDFPage, barcodes: readonly PrintedBarcode[], font: PDFFont): void {
  const pageHeight = page.getHeight();
  let nextRight = page.getWidth() - RIGHT_MARGIN;
  for (const barcode of barcodes) {
    const symbol = barcodeSymbol(barcode.kind, barcode.text, barcode.scale);
    let left = barcode.x;
    if (left === undefined) {
      left = nextRight - symbol.width;
      nextRight = left - symbol.quietZone - GAP;
    }
    const top = barcode.y ?? TOP_MARGIN;
    const quiet = symbol.quietZone;
    const caption = barcode.caption ?? [];
    const captionHeight = caption.length * CAPTION_LEADING;
    page.drawRectangle({
      x: left - quiet,
      y: pageHeight - top - symbol.height - quiet - captionHeight,
      width:
        Math.max(symbol.width, ...caption.map((line) => font.widthOfTextAtSize(line, CAPTION_SIZE))) +
        2 * quiet,
      height: symbol.height + 2 * quiet + captionHeight,
      color: rgb(1, 1, 1),
    });
    caption.forEach((line, i) => {
      const baseline = pageHeight - top - symbol.height - quiet - (i + 1) * CAPTION_LEADING + 2;
      page.drawText(line, { x: left, y: baseline, size: CAPTION_SIZE, font, color: rgb(0, 0, 0) });
    });
    // One path for the whole symbol: a single fill leaves no hairline seams between adjacent modules.
    const path = symbol.bars
      .map((bar) => `M${bar.x} ${bar.y}h${bar.width}v${bar.height}h${-bar.width}Z`)
      .join('');
    page.drawSvgPath(path, { x: left, y: pageHeight - top, color: rgb(0, 0, 0) });
  }
}

/** A 1D patient label's payload: the MRN alone. */
export function patientLabel1D(mrn: string): string {
  return mrn;
}

/**
 * A 2D label's payload: `MRN:<mrn>|NAME:<FAMILY>^<GIVEN>|DOB:<YYYYMMDD>`, then `|ENC:<encounter>` and
 * `|DOC:<LOINC>` when given (with DOC it is a cover sheet). Names are printed as the label printer
 * has them, diacritics included.
 */
export function patientLabel2D(
  patient: SyntheticPatient,
  options: { encounter?: string; loinc?: string } = {},
): string {
  const fields = [
    `MRN:${patient.mrn}`,
    `NAME:${patient.family.toUpperCase()}^${(patient.given[0] ?? '').toUpperCase()}`,
    `DOB:${patient.birthDate.replaceAll('-', '')}`,
  ];
  if (options.encounter !== undefined) fields.push(`ENC:${options.encounter}`);
  if (options.loinc !== undefined) fields.push(`DOC:${options.loinc}`);
  return fields.join('|');
}

/** The Code 39 text scanning software reads as "patch code T": start a new document here. */
export const SEPARATOR_TEXT = 'PATCHT';

/** A separator sheet: a big Code 39 PATCHT in the middle of an otherwise plain page. */
export function separatorSheet(): PageSpec {
  const scale = 2.5;
  const { width } = barcodeSymbol('code39', SEPARATOR_TEXT, scale);
  return {
    title: 'SEPARATOR SHEET',
    headerStyle: 'none',
    lines: ['Place this sheet in front of each document. It is not part of the record.'],
    barcodes: [{ kind: 'code39', text: SEPARATOR_TEXT, x: (LETTER_POINTS.width - width) / 2, y: 300, scale }],
  };
}

/**
 * A document cover sheet: the patient's header in print and a 2D code (QR by default) carrying the
 * patient and the LOINC code of the document that follows.
 */
export function coverSheet(
  patient: SyntheticPatient,
  loinc: string,
  title: string,
  options: { kind?: 'qrcode' | 'datamatrix' | 'pdf417'; encounter?: string } = {},
): PageSpec {
  return {
    title: 'DOCUMENT COVER SHEET',
    patient,
    headerStyle: 'full',
    lines: [
      `Document: ${title}`,
      `Document type (LOINC): ${loinc}`,
      '',
      'Scan this sheet in front of the document.',
    ],
    barcodes: [
      {
        kind: options.kind ?? 'qrcode',
        text: patientLabel2D(patient, { loinc, encounter: options.encounter }),
      },
    ],
  };
}
