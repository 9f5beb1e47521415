import type { TextLine } from './text-lines.ts';

/**
 * How strongly a page's text lines say "this way up" (+1) or "upside down" (−1), from two cues of
 * Latin print:
 * - ascenders: more ink above the x-height core than below it (see text-lines.ts);
 * - alignment: left-aligned text has a straight left edge and a ragged right one; turned 180° the
 *   straight edge is on the right. Justified, centred and tabular text align on both or neither
 *   side and so weigh nothing either way.
 * A page with fewer than three text lines gives no evidence: one line (or a signature) can lean
 * either way by chance.
 */
export interface UprightEvidence {
  /** −1 (upside down) … +1 (upright); 0 when the page says nothing. */
  score: number;
  /** (above − below) / (above + below) over all lines. */
  ascenderBalance: number;
  /** (lines sharing the left edge − lines sharing the right edge) / lines. */
  alignmentBalance: number;
  lines: number;
}

const MIN_LINES = 3;
/** Line heights (inches) that are text; taller bands are pictures or barcodes, thinner ones rules. */
const LINE_HEIGHT_IN = { min: 0.05, max: 0.35 };
/**
 * A text line's core (x-height) is at least ~0.03 in and a good part of the line; a ruled line with
 * specks near it has a core one or two pixels thin.
 */
const MIN_CORE_IN = 0.03;
const MIN_CORE_SHARE = 0.35;
/** Ink above and below cores (square inches) at which the ascender cue counts fully. */
const FULL_ASCENDER_INK_SQ_IN = 0.03;
/** Balances at which each cue counts fully: measured +0.25…0.6 and 0.75…0.95 on upright print. */
const FULL_ASCENDER_BALANCE = 0.25;
const FULL_ALIGNMENT_BALANCE = 0.5;
/** Lines at which the alignment cue counts fully. */
const FULL_ALIGNMENT_LINES = 6;
/** Ascenders are the more general cue (they hold for justified and centred text too). */
const ASCENDER_WEIGHT = 0.6;

const clamp = (value: number) => Math.max(-1, Math.min(1, value));

/** Lines whose edge is within `tolerance` of the edge most lines share. */
function sharingAnEdge(edges: number[], tolerance: number): number {
  const sorted = [...edges].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! > 2 * tolerance) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

export function uprightEvidence(allLines: TextLine[], dpi: number): UprightEvidence {
  const lines = allLines.filter((line) => {
    const height = (line.bottom - line.top + 1) / dpi;
    const core = (line.coreBottom - line.coreTop + 1) / dpi;
    return (
      height >= LINE_HEIGHT_IN.min &&
      height <= LINE_HEIGHT_IN.max &&
      core >= MIN_CORE_IN &&
      core >= MIN_CORE_SHARE * height
    );
  });
  let above = 0;
  let below = 0;
  for (const line of lines) {
    above += line.above;
    below += line.below;
  }
  const ascenderBalance = above + below === 0 ? 0 : (above - below) / (above + below);
  const tolerance = Math.max(1.5, 0.015 * dpi);
  const alignmentBalance =
    lines.length === 0
      ? 0
      : (sharingAnEdge(
          lines.map((line) => line.left),
          tolerance,
        ) -
          sharingAnEdge(
            lines.map((line) => line.right),
            tolerance,
          )) /
        lines.length;
  if (lines.length < MIN_LINES) return { score: 0, ascenderBalance, alignmentBalance, lines: lines.length };

  const ascenderInk = (above + below) / (dpi * dpi);
  const ascenderVote =
    clamp(ascenderBalance / FULL_ASCENDER_BALANCE) * Math.min(1, ascenderInk / FULL_ASCENDER_INK_SQ_IN);
  const alignmentVote =
    clamp(alignmentBalance / FULL_ALIGNMENT_BALANCE) *
    Math.min(1, (lines.length - 1) / (FULL_ALIGNMENT_LINES - 1));
  return {
    score: ASCENDER_WEIGHT * ascenderVote + (1 - ASCENDER_WEIGHT) * alignmentVote,
    ascenderBalance,
    alignmentBalance,
    lines: lines.length,
  };
}
