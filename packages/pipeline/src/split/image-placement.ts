import { transform, type Matrix, type Point } from './pdf-matrix.ts';

export type QuarterTurn = 0 | 90 | 180 | 270;

/** The part of a page a viewer shows, and how it turns it. */
export interface PageFrame {
  /** The crop box clipped to the media box, in default user space: [x0, y0, x1, y1] with x0 < x1, y0 < y1. */
  view: readonly [number, number, number, number];
  /** The page's /Rotate: clockwise, as displayed. */
  rotate: QuarterTurn;
}

/** How to turn the stored image (rows top to bottom) into what the page shows: mirror rows, then turn. */
export interface ImageOrientation {
  /** Mirror top to bottom first. */
  flip: boolean;
  /** Then turn clockwise. */
  rotate: QuarterTurn;
}

/** An image placement that covers the page, seen as displayed: the page size in points and the image's orientation. */
export interface PagePlacement {
  orientation: ImageOrientation;
  pageWidth: number;
  pageHeight: number;
}

/**
 * A page counts as covered when each image edge is within 1% of the page's size from the page edge:
 * producers round sizes, and a sliver of margin is not worth a full render.
 */
const COVER_TOLERANCE = 0.01;
/** How far off a quarter turn an image may be placed (as a slope) and still be taken as axis-aligned. */
const AXIS_TOLERANCE = 0.002;

/** Displayed page size in points. */
export function displayedSize(frame: PageFrame): { width: number; height: number } {
  const [x0, y0, x1, y1] = frame.view;
  const turned = frame.rotate === 90 || frame.rotate === 270;
  return { width: turned ? y1 - y0 : x1 - x0, height: turned ? x1 - x0 : y1 - y0 };
}

/** Maps default user space to the displayed page: points, origin top left, y down, /Rotate applied. */
function toDisplay(frame: PageFrame, point: Point): Point {
  const [x0, y0, x1, y1] = frame.view;
  const across = point.x - x0;
  const down = y1 - point.y;
  const width = x1 - x0;
  const height = y1 - y0;
  switch (frame.rotate) {
    case 0:
      return { x: across, y: down };
    case 90:
      return { x: height - down, y: across };
    case 180:
      return { x: width - across, y: height - down };
    case 270:
      return { x: down, y: width - across };
  }
}

/** Whether a shape, by its corners in user space, covers the displayed page up to the tolerance. */
export function coversPage(frame: PageFrame, corners: Point[]): boolean {
  const shown = corners.map((corner) => toDisplay(frame, corner));
  const { width, height } = displayedSize(frame);
  const xs = shown.map((point) => point.x);
  const ys = shown.map((point) => point.y);
  const slackX = width * COVER_TOLERANCE;
  const slackY = height * COVER_TOLERANCE;
  return (
    Math.min(...xs) <= slackX &&
    Math.max(...xs) >= width - slackX &&
    Math.min(...ys) <= slackY &&
    Math.max(...ys) >= height - slackY
  );
}

/**
 * Works out how an image drawn with `matrix` (its unit square, row 0 at the top) appears on the
 * displayed page. Returns null unless it is placed at a quarter turn, mirrored or not, and covers the page.
 */
export function placeImage(frame: PageFrame, matrix: Matrix): PagePlacement | null {
  const corners = [
    { x: 0, y: 0 },
    { x: 1, y: 0 },
    { x: 1, y: 1 },
    { x: 0, y: 1 },
  ].map((corner) => transform(matrix, corner));
  if (!coversPage(frame, corners)) return null;
  const [bottomLeft, bottomRight, , topLeft] = corners.map((corner) => toDisplay(frame, corner)) as [
    Point,
    Point,
    Point,
    Point,
  ];
  // Pixel x runs along the unit square's x axis; pixel y runs down it, from row 0 at y = 1 to y = 0.
  const along = axisOf({ x: bottomRight.x - bottomLeft.x, y: bottomRight.y - bottomLeft.y });
  const down = axisOf({ x: bottomLeft.x - topLeft.x, y: bottomLeft.y - topLeft.y });
  if (!along || !down) return null;
  const orientation = ORIENTATIONS.find(
    ({ result }) =>
      result.along.x === along.x &&
      result.along.y === along.y &&
      result.down.x === down.x &&
      result.down.y === down.y,
  );
  if (!orientation) return null;
  const { width, height } = displayedSize(frame);
  return { orientation: orientation.orientation, pageWidth: width, pageHeight: height };
}

/** The unit axis a vector runs along, or null when it is not close to one. */
function axisOf(vector: Point): Point | null {
  const { x, y } = vector;
  if (Math.abs(y) <= Math.abs(x) * AXIS_TOLERANCE && x !== 0) return { x: Math.sign(x), y: 0 };
  if (Math.abs(x) <= Math.abs(y) * AXIS_TOLERANCE && y !== 0) return { x: 0, y: Math.sign(y) };
  return null;
}

/** A clockwise quarter turn in display coordinates (y down). */
const turnClockwise = ({ x, y }: Point): Point => ({ x: -y, y: x });

/** The eight ways an image can lie on the page, with where its row and column directions end up. */
const ORIENTATIONS = [false, true].flatMap((flip) =>
  ([0, 90, 180, 270] as const).map((rotate) => {
    let along: Point = { x: 1, y: 0 };
    let down: Point = { x: 0, y: flip ? -1 : 1 };
    for (let turn = 0; turn < rotate; turn += 90) {
      along = turnClockwise(along);
      down = turnClockwise(down);
    }
    return { orientation: { flip, rotate }, result: { along, down } };
  }),
);
