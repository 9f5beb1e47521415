import type { PageText } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { pageReadingConfidence } from './page-confidence.ts';

const page = (words: [string, number, number?][]): PageText => ({
  text: words.map(([text]) => text).join(' '),
  meanConfidence: 0,
  words: words.map(([text, confidence, x = 0]) => ({
    text,
    confidence,
    bbox: { x0: x, y0: 0, x1: x + 10, y1: 10 },
  })),
  engine: { name: 'test', version: '0', languages: ['eng'] },
});

describe('pageReadingConfidence', () => {
  it('weights words by their letters and digits', () => {
    expect(
      pageReadingConfidence(
        page([
          ['Potassium', 90],
          ['is', 40],
        ]),
      ),
    ).toBeCloseTo((9 * 90 + 2 * 40) / 11, 1);
  });

  it('leaves out punctuation specks and words read off a barcode', () => {
    const text = page([
      ['Discharged', 92],
      ['“©.', 5],
      ['mmm', 10, 500],
      ['home', 88],
    ]);
    expect(pageReadingConfidence(text, [{ x0: 480, y0: -5, x1: 560, y1: 20 }])).toBeCloseTo(
      (10 * 92 + 4 * 88) / 14,
      1,
    );
  });

  it('has nothing to say about a page without words', () => {
    expect(pageReadingConfidence(page([]))).toBeNull();
    expect(pageReadingConfidence(page([['.', 30]]))).toBeNull();
  });
});
