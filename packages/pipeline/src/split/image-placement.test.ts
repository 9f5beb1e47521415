import { describe, expect, it } from 'vitest';
import { coversPage, displayedSize, placeImage, type PageFrame } from './image-placement.ts';

const letter: PageFrame = { view: [0, 0, 612, 792], rotate: 0 };

describe('placeImage', () => {
  it('takes an image drawn over the whole page as it is', () => {
    expect(placeImage(letter, [612, 0, 0, 792, 0, 0])).toEqual({
      orientation: { flip: false, rotate: 0 },
      pageWidth: 612,
      pageHeight: 792,
    });
  });

  it('reads quarter turns from the matrix and from /Rotate, and mirroring as a flip before a turn', () => {
    // Placed turned a quarter clockwise: row 0 runs down the right-hand edge.
    expect(placeImage(letter, [0, -792, 612, 0, 0, 792])?.orientation).toEqual({ flip: false, rotate: 90 });
    expect(placeImage(letter, [-612, 0, 0, -792, 612, 792])?.orientation).toEqual({
      flip: false,
      rotate: 180,
    });
    expect(placeImage(letter, [0, 792, -612, 0, 612, 0])?.orientation).toEqual({ flip: false, rotate: 270 });
    // Upright content on a page shown turned by /Rotate 90: 792 wide as displayed.
    expect(placeImage({ ...letter, rotate: 90 }, [612, 0, 0, 792, 0, 0])).toEqual({
      orientation: { flip: false, rotate: 90 },
      pageWidth: 792,
      pageHeight: 612,
    });
    // Drawn upside down (row 0 at the bottom): a vertical mirror.
    expect(placeImage(letter, [612, 0, 0, -792, 0, 792])?.orientation).toEqual({ flip: true, rotate: 0 });
    // Mirrored left to right: a vertical mirror then a half turn.
    expect(placeImage(letter, [-612, 0, 0, 792, 612, 0])?.orientation).toEqual({ flip: true, rotate: 180 });
  });

  it('uses the crop box when there is one, and allows producers a sliver of rounding', () => {
    const cropped: PageFrame = { view: [36, 36, 576, 756], rotate: 0 };
    expect(placeImage(cropped, [540, 0, 0, 720, 36, 36])).not.toBeNull();
    expect(placeImage(letter, [610, 0, 0, 790, 1, 1])).not.toBeNull();
  });

  it('refuses an image that leaves part of the page uncovered, or is placed askew', () => {
    expect(placeImage(letter, [306, 0, 0, 792, 0, 0])).toBeNull();
    expect(placeImage(letter, [612, 0, 0, 700, 0, 92])).toBeNull();
    const angle = (2 * Math.PI) / 180;
    const skewed = [
      612 * Math.cos(angle),
      612 * Math.sin(angle),
      -792 * Math.sin(angle),
      792 * Math.cos(angle),
      0,
      0,
    ] as const;
    expect(placeImage(letter, skewed)).toBeNull();
  });
});

describe('coversPage', () => {
  it('compares a shape with the displayed page', () => {
    const corners = (x0: number, y0: number, x1: number, y1: number) => [
      { x: x0, y: y0 },
      { x: x1, y: y0 },
      { x: x1, y: y1 },
      { x: x0, y: y1 },
    ];
    expect(coversPage(letter, corners(-10, -10, 700, 900))).toBe(true);
    expect(coversPage(letter, corners(0, 0, 612, 700))).toBe(false);
    expect(displayedSize({ ...letter, rotate: 270 })).toEqual({ width: 792, height: 612 });
  });
});
