import { binarise, type InkImage } from './ink-image.ts';
import { inkPoints, searchSkew, transpose, turnQuarterClockwise } from './projection-profile.ts';
import { textLines } from './text-lines.ts';
import { uprightEvidence } from './upright-evidence.ts';
import { workingCopyOfPng } from './working-copy.ts';

/** A quarter turn, clockwise, in degrees. */
export type QuarterTurn = 0 | 90 | 180 | 270;

export interface Orientation {
  /**
   * The clockwise turn that makes the page upright, as `sharp().rotate(rotationDeg)` applies it:
   * a sheet fed a quarter turn clockwise needs 270, one fed upside down 180.
   */
  rotationDeg: QuarterTurn;
  /** 0…1. Below MIN_ORIENTATION_CONFIDENCE the page is left as it is (rotationDeg 0). */
  confidence: number;
  /** The measures behind the decision, for logs and benchmarks. */
  evidence: {
    /** Sharpness of the best row profile over that of the best column profile: > 1 lines run across. */
    lineAxisRatio: number;
    ascenderBalance: number;
    alignmentBalance: number;
    lines: number;
  };
}

/** Turning a page on weak evidence does more harm than leaving it: below this, rotationDeg is 0. */
export const MIN_ORIENTATION_CONFIDENCE = 0.5;
/**
 * Axis ratios: text pages measure 10–45 along their lines (against 1/10–1/45 across them), a single
 * short line or a signature 3–4; at LINE_AXIS_RATIO_FULL the axis counts as certain.
 */
const LINE_AXIS_RATIO_FULL = 8;
const MIN_INK_POINTS = 200;

/**
 * Which way up a page is, measured on its binarised working copy (100 dpi):
 * 1. lines across or down the page: the row profile is far sharper than the column profile when
 *    text lines run across it (each searched over ±10° of skew, so a crooked page still counts);
 * 2. which way up: ascender/descender balance and left-edge alignment of the lines
 *    (upright-evidence.ts), measured on the page as is, or turned a quarter clockwise when the
 *    lines run down the page.
 */
export function orientationOfInk(image: InkImage): Orientation {
  const points = inkPoints(image);
  const none = { lineAxisRatio: 1, ascenderBalance: 0, alignmentBalance: 0, lines: 0 };
  if (points.x.length < MIN_INK_POINTS) return { rotationDeg: 0, confidence: 0, evidence: none };

  const across = searchSkew(points);
  const down = searchSkew(transpose(points));
  const lineAxisRatio = down.sharpness === 0 ? Infinity : across.sharpness / down.sharpness;
  const sideways = lineAxisRatio < 1;
  const axisConfidence = Math.min(1, Math.abs(Math.log(lineAxisRatio)) / Math.log(LINE_AXIS_RATIO_FULL));

  // Turning the page a quarter clockwise swaps rows and columns and mirrors the columns, which
  // turns a column skew of θ into a row skew of −θ.
  const upright = sideways
    ? uprightEvidence(textLines(turnQuarterClockwise(points), -down.angleDeg), image.dpi)
    : uprightEvidence(textLines(points, across.angleDeg), image.dpi);
  const evidence = {
    lineAxisRatio,
    ascenderBalance: upright.ascenderBalance,
    alignmentBalance: upright.alignmentBalance,
    lines: upright.lines,
  };
  const confidence = Math.min(axisConfidence, Math.abs(upright.score));
  if (confidence < MIN_ORIENTATION_CONFIDENCE) return { rotationDeg: 0, confidence, evidence };
  const rotationDeg: QuarterTurn = sideways ? (upright.score > 0 ? 90 : 270) : upright.score > 0 ? 0 : 180;
  return { rotationDeg, confidence, evidence };
}

/** Which way up a page image is (8-bit gray PNG at `dpi`). */
export async function detectOrientation(png: Buffer, dpi: number): Promise<Orientation> {
  return orientationOfInk(binarise(await workingCopyOfPng(png, dpi)));
}
