import type { InkPoints } from './projection-profile.ts';

/**
 * Text lines found in a row profile, with the measures that tell which way up the text is.
 * A line of Latin print has a dense core (the x-height band, where every letter has ink) with
 * sparser ink above it (ascenders and capitals: b d f h k l t, A–Z, digits) and below it
 * (descenders: g j p q y). Ascenders are far more common, so upright lines carry more ink above
 * the core than below it; a page upside down shows the opposite.
 */
export interface TextLine {
  /** First and last row of the line (in the straightened page). */
  top: number;
  bottom: number;
  /** Rows of the x-height core. */
  coreTop: number;
  coreBottom: number;
  /** Ink above and below the core. */
  above: number;
  below: number;
  /** Leftmost and rightmost ink column. */
  left: number;
  right: number;
  ink: number;
}

/**
 * Rows with at most this share of a typical text row's ink are gaps between lines. Kept low: the
 * descender rows of a line hold only a few pixels, and must not be cut off as a line of their own.
 */
const GAP_SHARE = 0.01;
/** Rows with at least this share of the line's fullest row belong to the x-height core. */
const CORE_SHARE = 0.4;

/** The text lines of a page whose lines run along the rows once turned back by `angleDeg`. */
export function textLines(points: InkPoints, angleDeg: number): TextLine[] {
  const radians = (angleDeg * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const rowOffset = Math.max(0, points.width * sin) + 1;
  const columnOffset = Math.max(0, -points.height * sin) + 1;
  const count = points.x.length;
  const rows = new Int32Array(count);
  const columns = new Int32Array(count);
  const profile = new Int32Array(Math.ceil(points.height * cos + points.width * Math.abs(sin)) + 3);
  for (let i = 0; i < count; i++) {
    const x = points.x[i]!;
    const y = points.y[i]!;
    const row = (y * cos - x * sin + rowOffset + 0.5) | 0;
    rows[i] = row;
    columns[i] = (x * cos + y * sin + columnOffset + 0.5) | 0;
    profile[row]!++;
  }

  const filled = Array.from(profile).filter((value) => value > 0);
  filled.sort((a, b) => a - b);
  const typicalRow = filled[Math.floor(filled.length * 0.9)] ?? 0;
  const gap = Math.max(1, typicalRow * GAP_SHARE);

  const lines: TextLine[] = [];
  const lineOfRow = new Int32Array(profile.length).fill(-1);
  for (let row = 0; row < profile.length; row++) {
    if (profile[row]! <= gap) continue;
    const top = row;
    while (row + 1 < profile.length && profile[row + 1]! > gap) row++;
    const bottom = row;
    let fullest = 0;
    let ink = 0;
    for (let r = top; r <= bottom; r++) {
      fullest = Math.max(fullest, profile[r]!);
      ink += profile[r]!;
    }
    let coreTop = top;
    while (profile[coreTop]! < fullest * CORE_SHARE) coreTop++;
    let coreBottom = bottom;
    while (profile[coreBottom]! < fullest * CORE_SHARE) coreBottom--;
    let above = 0;
    for (let r = top; r < coreTop; r++) above += profile[r]!;
    let below = 0;
    for (let r = coreBottom + 1; r <= bottom; r++) below += profile[r]!;
    lineOfRow.fill(lines.length, top, bottom + 1);
    lines.push({ top, bottom, coreTop, coreBottom, above, below, left: Infinity, right: -Infinity, ink });
  }
  for (let i = 0; i < count; i++) {
    const line = lines[lineOfRow[rows[i]!]!];
    if (!line) continue;
    const column = columns[i]!;
    if (column < line.left) line.left = column;
    if (column > line.right) line.right = column;
  }
  return lines;
}
