import type { InkImage } from './ink-image.ts';

/**
 * Projection profiles: how much ink each row of a page holds once the page is turned by a trial
 * angle. Text lines make the profile alternate sharply between full rows (lines) and empty rows
 * (gaps), and most sharply when the lines run exactly along the rows; this measures both skew and
 * whether lines run across the page or down it.
 */

/** Where the ink pixels are; profiles are built from these rather than from every pixel. */
export interface InkPoints {
  x: Int16Array;
  y: Int16Array;
  width: number;
  height: number;
}

/** Ink pixels, leaving out isolated ones (speckle and fax noise, which blur every profile). */
export function inkPoints(image: InkImage): InkPoints {
  const { ink, width, height } = image;
  const kept = new Uint8Array(ink.length);
  let count = 0;
  for (let row = 1; row < height - 1; row++) {
    for (let column = 1, i = row * width + 1; column < width - 1; column++, i++) {
      if (ink[i] === 0) continue;
      const neighbours =
        ink[i - width - 1]! +
        ink[i - width]! +
        ink[i - width + 1]! +
        ink[i - 1]! +
        ink[i + 1]! +
        ink[i + width - 1]! +
        ink[i + width]! +
        ink[i + width + 1]!;
      if (neighbours === 0) continue;
      kept[i] = 1;
      count++;
    }
  }
  const x = new Int16Array(count);
  const y = new Int16Array(count);
  let n = 0;
  for (let row = 1; row < height - 1; row++) {
    for (let column = 1, i = row * width + 1; column < width - 1; column++, i++) {
      if (kept[i] === 0) continue;
      x[n] = column;
      y[n] = row;
      n++;
    }
  }
  return { x, y, width, height };
}

/** The same ink as seen after turning the page a quarter turn clockwise. */
export function turnQuarterClockwise(points: InkPoints): InkPoints {
  const x = new Int16Array(points.x.length);
  const y = new Int16Array(points.y.length);
  for (let i = 0; i < x.length; i++) {
    x[i] = points.height - 1 - (points.y[i] ?? 0);
    y[i] = points.x[i] ?? 0;
  }
  return { x, y, width: points.height, height: points.width };
}

/** The same ink with rows and columns swapped: column profiles become row profiles. */
export function transpose(points: InkPoints): InkPoints {
  return { x: points.y, y: points.x, width: points.height, height: points.width };
}

/**
 * Ink per row after undoing a clockwise skew of `angleDeg`: each point goes to the row it would
 * lie on if the page were turned back by the angle (rows one pixel apart).
 */
export function rowProfile(points: InkPoints, angleDeg: number): Int32Array {
  const radians = (angleDeg * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const offset = Math.max(0, points.width * sin) + 1;
  const bins = new Int32Array(Math.ceil(points.height * cos + points.width * Math.abs(sin)) + 3);
  const { x, y } = points;
  for (let i = 0; i < x.length; i++) {
    bins[(y[i]! * cos - x[i]! * sin + offset + 0.5) | 0]!++;
  }
  return bins;
}

/** Sum of squared row-to-row changes per ink pixel: high when rows alternate between full and empty. */
export function profileSharpness(profile: Int32Array, inkCount: number): number {
  let sum = 0;
  for (let i = 1; i < profile.length; i++) {
    const step = profile[i]! - profile[i - 1]!;
    sum += step * step;
  }
  return inkCount === 0 ? 0 : sum / inkCount;
}

export interface SkewSearch {
  /** Clockwise skew of the lines, in degrees. */
  angleDeg: number;
  /** Profile sharpness at that angle. */
  sharpness: number;
  /** Median sharpness over the coarse angles: what a page without lines at any angle scores. */
  typical: number;
}

const sharpnessAt = (points: InkPoints, angleDeg: number) =>
  profileSharpness(rowProfile(points, angleDeg), points.x.length);

/**
 * The angle in [−maxDeg, +maxDeg] at which the row profile is sharpest: every 0.5°, then every 0.1°
 * around the best, then a parabola through the best three for a finer answer.
 */
export function searchSkew(points: InkPoints, maxDeg = 10): SkewSearch {
  const coarse: number[] = [];
  let best = { angleDeg: 0, sharpness: -1 };
  for (let angle = -maxDeg; angle <= maxDeg + 1e-9; angle += 0.5) {
    const sharpness = sharpnessAt(points, angle);
    coarse.push(sharpness);
    if (sharpness > best.sharpness) best = { angleDeg: angle, sharpness };
  }
  const centre = best.angleDeg;
  const fine = new Map<number, number>();
  for (let step = -5; step <= 5; step++) {
    const angle = Math.round((centre + step * 0.1) * 10) / 10;
    if (Math.abs(angle) > maxDeg) continue;
    const sharpness = sharpnessAt(points, angle);
    fine.set(step, sharpness);
    if (sharpness > best.sharpness) best = { angleDeg: angle, sharpness };
  }
  // Parabolic interpolation around the best fine step.
  const bestStep = Math.round((best.angleDeg - centre) * 10);
  const left = fine.get(bestStep - 1);
  const right = fine.get(bestStep + 1);
  let angleDeg = best.angleDeg;
  if (left !== undefined && right !== undefined) {
    const curvature = left - 2 * best.sharpness + right;
    if (curvature < 0) angleDeg += (0.1 * 0.5 * (left - right)) / curvature;
  }
  coarse.sort((a, b) => a - b);
  const typical = coarse[coarse.length >> 1] ?? 0;
  return { angleDeg, sharpness: best.sharpness, typical };
}
