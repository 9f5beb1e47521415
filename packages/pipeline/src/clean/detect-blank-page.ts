import { connectedComponents, type Component } from './connected-components.ts';
import { histogramOf, percentile } from './ink-image.ts';
import { workingCopyOfPng, type WorkingCopy } from './working-copy.ts';

export interface BlankPageVerdict {
  blank: boolean;
  /**
   * Share of the page inside the border margin covered by ink that counts: light gray (bleed-through),
   * specks, and marks along the border (shadows, punch holes) are left out.
   */
  inkRatio: number;
  /** Why, in a few words, for logs and the review screen. */
  reason: string;
}

/** Each side's border band left out entirely: scanner-lid shadows, page edges, staples. */
export const BORDER_MARGIN = 0.04;
/**
 * Ink is at most this share of the paper's brightness: print, pen and pencil are far darker than the
 * paper, bleed-through from the other side (a light gray) is not.
 */
const INK_DARKNESS = 0.6;
/** Blobs smaller than this (inches, both ways) are dust and speckle; a printed letter is larger. */
const MAX_SPECK_IN = 0.04;
/** Punch holes: round, solid, 0.15–0.5 in across, within an inch of an edge. */
const PUNCH_HOLE = { minIn: 0.15, maxIn: 0.5, fromEdgeIn: 1, minFill: 0.6 } as const;
/**
 * A page with less counted ink is blank. One short printed line ("Continued on next page.") covers
 * ~0.08% of the page and a signature ~0.09% (see the tests); blank sheets, once specks and border
 * marks are left out, none at all. A lone page number (~0.02%) sits at the limit.
 */
export const MAX_BLANK_INK_RATIO = 0.0002;

type Kind = 'speck' | 'border' | 'punch hole' | 'ink';

/** What a blob of dark pixels inside the margins is; only 'ink' counts as content. */
function kindOf(
  component: Component,
  inner: { width: number; height: number },
  page: WorkingCopy,
  margin: { x: number; y: number },
): Kind {
  const width = component.right - component.left + 1;
  const height = component.bottom - component.top + 1;
  if (Math.max(width, height) < MAX_SPECK_IN * page.dpi) return 'speck';
  if (
    component.left === 0 ||
    component.top === 0 ||
    component.right === inner.width - 1 ||
    component.bottom === inner.height - 1
  ) {
    return 'border';
  }
  const size = Math.max(width, height) / page.dpi;
  const fromEdge =
    Math.min(
      component.left + margin.x,
      component.top + margin.y,
      page.width - (component.right + margin.x),
      page.height - (component.bottom + margin.y),
    ) / page.dpi;
  if (
    size >= PUNCH_HOLE.minIn &&
    size <= PUNCH_HOLE.maxIn &&
    fromEdge <= PUNCH_HOLE.fromEdgeIn &&
    Math.min(width, height) / Math.max(width, height) >= 0.7 &&
    component.area / (width * height) >= PUNCH_HOLE.minFill
  ) {
    return 'punch hole';
  }
  return 'ink';
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(ratio < 0.001 ? 4 : 2)}%`;

/** Whether a page (its gray working copy) is blank. */
export function blankPageOf(page: WorkingCopy): BlankPageVerdict {
  const margin = { x: Math.round(page.width * BORDER_MARGIN), y: Math.round(page.height * BORDER_MARGIN) };
  const inner = { width: page.width - 2 * margin.x, height: page.height - 2 * margin.y };
  if (inner.width <= 0 || inner.height <= 0)
    return { blank: true, inkRatio: 0, reason: 'no page inside the margins' };
  const values = new Uint8Array(inner.width * inner.height);
  for (let y = 0; y < inner.height; y++) {
    const from = (y + margin.y) * page.width + margin.x;
    values.set(page.data.subarray(from, from + inner.width), y * inner.width);
  }
  const paper = percentile(histogramOf(values), 0.5);
  const threshold = paper * INK_DARKNESS;
  const mask = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) mask[i] = values[i]! <= threshold ? 1 : 0;

  const counts: Record<Kind, number> = { speck: 0, border: 0, 'punch hole': 0, ink: 0 };
  let ink = 0;
  for (const component of connectedComponents(mask, inner.width, inner.height)) {
    const kind = kindOf(component, inner, page, margin);
    counts[kind]++;
    if (kind === 'ink') ink += component.area;
  }
  const inkRatio = ink / values.length;
  const ignored = (['speck', 'border', 'punch hole'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${kind}${counts[kind] === 1 ? '' : 's'}`);
  const leftOut = ignored.length > 0 ? ` (left out: ${ignored.join(', ')})` : '';
  if (inkRatio >= MAX_BLANK_INK_RATIO) {
    return {
      blank: false,
      inkRatio,
      reason: `ink on ${percent(inkRatio)} of the page in ${counts.ink} marks`,
    };
  }
  return {
    blank: true,
    inkRatio,
    reason:
      counts.ink === 0
        ? `no ink${leftOut}`
        : `ink on ${percent(inkRatio)} of the page, below ${percent(MAX_BLANK_INK_RATIO)}${leftOut}`,
  };
}

/** Whether a page image (8-bit gray PNG at `dpi`) is blank, measured on a 100-dpi copy. */
export async function detectBlankPage(png: Buffer, dpi: number): Promise<BlankPageVerdict> {
  return blankPageOf(await workingCopyOfPng(png, dpi));
}
