import { describe, expect, it } from 'vitest';
import { findSoleImage, type ContentContext } from './find-sole-image.ts';
import type { Point } from './pdf-matrix.ts';

const PAGE = { width: 612, height: 792 };

const context: ContentContext = {
  xObjectKind: (name) => (name.startsWith('Im') ? 'image' : 'other'),
  isPlainGraphicsState: (name) => name === 'Plain',
  clipKeepsPage: (corners: Point[]) => {
    const xs = corners.map((corner) => corner.x);
    const ys = corners.map((corner) => corner.y);
    return (
      Math.min(...xs) <= 0 &&
      Math.min(...ys) <= 0 &&
      Math.max(...xs) >= PAGE.width &&
      Math.max(...ys) >= PAGE.height
    );
  },
};

const find = (content: string) => findSoleImage(Buffer.from(content, 'latin1'), context);

describe('findSoleImage', () => {
  it('finds the one image and the matrix it is painted with, through nested q and cm', () => {
    expect(find('q 612 0 0 792 0 0 cm /Im0 Do Q')).toEqual({ name: 'Im0', matrix: [612, 0, 0, 792, 0, 0] });
    expect(find('q 1 0 0 1 10 20 cm q 2 0 0 3 0 0 cm /Im0 Do Q Q')).toEqual({
      name: 'Im0',
      matrix: [2, 0, 0, 3, 10, 20],
    });
    expect(find('q 0 -792 612 0 0 792 cm\n/Im#30 Do\nQ')?.name).toBe('Im0');
  });

  it('accepts what paints nothing: colours, marked content, plain graphics states and invisible text', () => {
    const content = [
      '/Plain gs 0 g 1 w /Artifact BMC',
      'q 612 0 0 792 0 0 cm /Im0 Do Q EMC',
      'BT 3 Tr /F1 10 Tf 72 700 Td (a \\) nested (pair) of words) Tj [(x) -20 (y)] TJ <414243> Tj ET',
    ].join('\n');
    expect(find(content)?.name).toBe('Im0');
  });

  it('accepts painting before the image, which the image hides, and a clip that keeps the page', () => {
    expect(find('1 g 0 0 612 792 re f BT (title) Tj ET q 612 0 0 792 0 0 cm /Im0 Do Q')?.name).toBe('Im0');
    expect(find('q 0 0 612 792 re W n 612 0 0 792 0 0 cm /Im0 Do Q')?.name).toBe('Im0');
  });

  it('refuses anything painted over the image', () => {
    const image = 'q 612 0 0 792 0 0 cm /Im0 Do Q ';
    expect(find(image + '0 0 m 100 100 l S')).toBeNull();
    expect(find(image + '10 10 50 50 re f')).toBeNull();
    expect(find(image + 'BT /F1 10 Tf (signature) Tj ET')).toBeNull();
    expect(find(image + 'q 50 0 0 50 0 0 cm /Im1 Do Q')).toBeNull();
    expect(find(image + '/Fm0 Do')).toBeNull();
    expect(find(image + '/Sh0 sh')).toBeNull();
  });

  it('refuses clips that cut into the page, inline images, optional content and unknown operators', () => {
    expect(find('q 0 0 300 792 re W n 612 0 0 792 0 0 cm /Im0 Do Q')).toBeNull();
    expect(find('q 0 0 m 612 0 l 612 792 l h W n 612 0 0 792 0 0 cm /Im0 Do Q')).toBeNull();
    expect(find('BT 7 Tr (clip) Tj ET q 612 0 0 792 0 0 cm /Im0 Do Q')).toBeNull();
    expect(find('q 612 0 0 792 0 0 cm /Im0 Do Q BI /W 1 /H 1 ID x EI')).toBeNull();
    expect(find('/OC /Layer BDC q 612 0 0 792 0 0 cm /Im0 Do Q EMC')).toBeNull();
    expect(find('/Shadow gs q 612 0 0 792 0 0 cm /Im0 Do Q')).toBeNull();
    expect(find('q 612 0 0 792 0 0 cm /Im0 Do Q 1 0 0 1 0 0 d0')).toBeNull();
    expect(find('q 612 0 0 cm /Im0 Do Q')).toBeNull();
  });

  it('finds nothing on a page without an image', () => {
    expect(find('BT /F1 12 Tf 72 700 Td (Discharge summary) Tj ET')).toBeNull();
    expect(find('')).toBeNull();
  });
});
