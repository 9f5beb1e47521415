import type { WorkingCopy } from './working-copy.ts';

/** A binarised page: 1 where there is ink, 0 for paper. */
export interface InkImage {
  ink: Uint8Array;
  width: number;
  height: number;
  dpi: number;
}

/** Otsu's threshold: the gray level that best separates the histogram into two classes. */
export function otsuThreshold(histogram: ArrayLike<number>): number {
  let total = 0;
  let weightedSum = 0;
  for (let level = 0; level < 256; level++) {
    const count = histogram[level] ?? 0;
    total += count;
    weightedSum += level * count;
  }
  let below = 0;
  let belowSum = 0;
  let best = 0;
  let threshold = 127;
  for (let level = 0; level < 256; level++) {
    below += histogram[level] ?? 0;
    if (below === 0) continue;
    const above = total - below;
    if (above === 0) break;
    belowSum += level * (histogram[level] ?? 0);
    const meanBelow = belowSum / below;
    const meanAbove = (weightedSum - belowSum) / above;
    const between = below * above * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = level;
    }
  }
  return threshold;
}

/** The level `share` of the pixels are at or below. */
export function percentile(histogram: ArrayLike<number>, share: number): number {
  let total = 0;
  for (let level = 0; level < 256; level++) total += histogram[level] ?? 0;
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level] ?? 0;
    if (seen >= total * share) return level;
  }
  return 255;
}

export function histogramOf(data: Uint8Array): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i]!]!++;
  return histogram;
}

/**
 * Ink by Otsu's threshold, but never lighter than 3/4 of the paper's brightness: on a page with
 * hardly any ink Otsu would split the paper's own grain into "ink" and "paper".
 */
export function binarise(page: WorkingCopy): InkImage {
  const histogram = histogramOf(page.data);
  const paper = percentile(histogram, 0.9);
  const threshold = Math.min(otsuThreshold(histogram), Math.round(paper * 0.75));
  const { data } = page;
  const ink = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) ink[i] = data[i]! <= threshold ? 1 : 0;
  return { ink, width: page.width, height: page.height, dpi: page.dpi };
}

/** The ink image turned clockwise by a quarter-turn multiple (as `sharp().rotate` turns the page). */
export function turnInk(image: InkImage, degrees: 0 | 90 | 180 | 270): InkImage {
  const { ink, width, height, dpi } = image;
  if (degrees === 0) return image;
  const turned = new Uint8Array(ink.length);
  if (degrees === 180) {
    for (let i = 0, j = ink.length - 1; i < ink.length; i++, j--) turned[j] = ink[i]!;
    return { ink: turned, width, height, dpi };
  }
  // A quarter clockwise takes (x, y) to (height − 1 − y, x); three quarters to (y, width − 1 − x).
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i++) {
      const target = degrees === 90 ? x * height + (height - 1 - y) : (width - 1 - x) * height + y;
      turned[target] = ink[i]!;
    }
  }
  return { ink: turned, width: height, height: width, dpi };
}
