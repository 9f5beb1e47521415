import { contentOperations, type ContentOperand } from './pdf-content-operations.ts';
import { IDENTITY, multiply, transform, type Matrix, type Point } from './pdf-matrix.ts';

/** The image a page paints, by its XObject resource name, and the matrix that maps its unit square to the page. */
export interface SoleImage {
  name: string;
  matrix: Matrix;
}

/** What the scan needs to know about the page's resources and box. */
export interface ContentContext {
  /** What `/name Do` paints: an image XObject, or anything else (a form, a missing resource). */
  xObjectKind(name: string): 'image' | 'other';
  /** Whether `/name gs` leaves an opaque image looking as it is: no soft mask, alpha, blend mode or transfer. */
  isPlainGraphicsState(name: string): boolean;
  /** Whether a clip rectangle, given by its corners in default user space, leaves the whole page visible. */
  clipKeepsPage(corners: Point[]): boolean;
}

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h']);
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
/** Operators that change state but paint nothing and cannot hide or clip the image. */
const PAINTS_NOTHING = new Set([
  ...['w', 'J', 'j', 'M', 'd', 'ri', 'i'],
  ...['CS', 'cs', 'SC', 'SCN', 'sc', 'scn', 'G', 'g', 'RG', 'rg', 'K', 'k'],
  ...['BT', 'ET', 'Tc', 'Tw', 'Tz', 'TL', 'Tf', 'Ts', 'Td', 'TD', 'Tm', 'T*'],
  ...['MP', 'DP', 'BMC', 'EMC', 'BX', 'EX'],
]);
/** Text render mode 3 paints nothing: the invisible text layer of a scanner's "searchable PDF". */
const INVISIBLE_TEXT = 3;
/** Modes 4–7 add the glyphs to the clipping path. */
const CLIPPING_TEXT = 4;

/**
 * Reads a page's content stream and returns the one image XObject it paints, when nothing visible is
 * painted over it, no clip cuts into the page and no optional-content group could hide it. Whatever
 * is painted before the image is accepted: the caller only uses the result when the image is opaque
 * and covers the page, so it hides all of that. Returns null for anything else, so the page is rendered.
 */
export function findSoleImage(content: Uint8Array, context: ContentContext): SoleImage | null {
  let ctm = IDENTITY;
  let textRenderMode = 0;
  const saved: { ctm: Matrix; textRenderMode: number }[] = [];
  let image: SoleImage | null = null;
  let pathRectangles: Point[][] = [];
  let pathHasOtherSegments = false;
  let clipping = false;

  for (const { operator, operands } of contentOperations(content)) {
    switch (operator) {
      case 'q':
        saved.push({ ctm, textRenderMode });
        break;
      case 'Q':
        // An unbalanced Q is ignored, as viewers do.
        ({ ctm, textRenderMode } = saved.pop() ?? { ctm, textRenderMode });
        break;
      case 'cm': {
        const matrix = numbers(operands, 6);
        if (!matrix) return null;
        ctm = multiply(matrix as unknown as Matrix, ctm);
        break;
      }
      case 'Tr': {
        const mode = numbers(operands, 1)?.[0];
        if (mode === undefined) return null;
        textRenderMode = mode;
        break;
      }
      case 'gs': {
        const name = onlyName(operands);
        if (name === undefined || !context.isPlainGraphicsState(name)) return null;
        break;
      }
      case 'BDC':
        // Optional content can switch the image off; scans never use it.
        if (operands[0]?.kind === 'name' && operands[0].value === 'OC') return null;
        break;
      case 'Do': {
        const name = onlyName(operands);
        if (name === undefined || image) return null;
        if (context.xObjectKind(name) === 'image') image = { name, matrix: ctm };
        break;
      }
      case 're': {
        const rectangle = numbers(operands, 4);
        if (!rectangle) return null;
        const [x, y, width, height] = rectangle as [number, number, number, number];
        const corners = [
          { x, y },
          { x: x + width, y },
          { x: x + width, y: y + height },
          { x, y: y + height },
        ];
        pathRectangles.push(corners.map((corner) => transform(ctm, corner)));
        break;
      }
      case 'W':
      case 'W*':
        clipping = true;
        break;
      case 'sh':
        if (image) return null;
        break;
      case 'BI':
        // An inline image; the scan stops here (see contentOperations).
        return null;
      default:
        if (operator === 'n' || PATH_PAINTING.has(operator)) {
          if (clipping) {
            const [rectangle] = pathRectangles;
            const keepsPage =
              !pathHasOtherSegments &&
              pathRectangles.length === 1 &&
              rectangle !== undefined &&
              context.clipKeepsPage(rectangle);
            if (!keepsPage) return null;
          }
          if (operator !== 'n' && image) return null;
          pathRectangles = [];
          pathHasOtherSegments = false;
          clipping = false;
        } else if (PATH_CONSTRUCTION.has(operator)) {
          pathHasOtherSegments = true;
        } else if (TEXT_SHOWING.has(operator)) {
          if (textRenderMode >= CLIPPING_TEXT) return null;
          if (image && textRenderMode !== INVISIBLE_TEXT) return null;
        } else if (!PAINTS_NOTHING.has(operator)) {
          return null;
        }
    }
  }
  return image;
}

function numbers(operands: ContentOperand[], count: number): number[] | null {
  if (operands.length !== count) return null;
  const values: number[] = [];
  for (const operand of operands) {
    if (operand.kind !== 'number' || !Number.isFinite(operand.value)) return null;
    values.push(operand.value);
  }
  return values;
}

function onlyName(operands: ContentOperand[]): string | undefined {
  const [operand] = operands;
  return operands.length === 1 && operand?.kind === 'name' ? operand.value : undefined;
}
