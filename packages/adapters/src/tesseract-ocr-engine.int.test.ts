import { renderPage } from '@chartroom/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TesseractOcrEngine } from './tesseract-ocr-engine.ts';

// The real tesseract.js pool, with its language data from @tesseract.js-data/eng (no network).
describe('TesseractOcrEngine', () => {
  let engine: TesseractOcrEngine;

  beforeAll(async () => {
    engine = await TesseractOcrEngine.start({ languages: ['eng'], workers: 1 });
  });

  afterAll(async () => {
    await engine.stop();
  });

  it('reads a rendered page with per-word confidences and boxes', async () => {
    const page = await renderPage(
      {
        title: 'PROGRESS NOTE',
        lines: ['ASSESSMENT AND PLAN', 'Continue metoprolol and recheck potassium tomorrow.'],
      },
      { dpi: 200 },
    );
    const text = await engine.recognize(page.png);
    expect(text.text).toMatch(/PROGRESS NOTE/);
    expect(text.text).toMatch(/metoprolol/);
    expect(text.meanConfidence).toBeGreaterThan(80);
    const word = text.words.find((candidate) => candidate.text.startsWith('metoprolol'));
    expect(word?.confidence).toBeGreaterThan(80);
    expect(word?.bbox.x1).toBeGreaterThan(word?.bbox.x0 ?? Infinity);
    expect(text.engine).toMatchObject({ name: 'tesseract.js', languages: ['eng'] });
  });
});
