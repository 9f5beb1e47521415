import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { encodableText } from './encodable-text.ts';

async function winAnsi(): Promise<Set<number>> {
  const doc = await PDFDocument.create();
  return new Set((await doc.embedFont(StandardFonts.Helvetica)).getCharacterSet());
}

describe('encodableText', () => {
  it('keeps what WinAnsi has, including accents, dashes and curly quotes', async () => {
    expect(encodableText('Müller–Žižek “café” 5 µg', await winAnsi())).toBe('Müller–Žižek “café” 5 µg');
  });

  it('drops accents WinAnsi lacks and replaces other characters with "?"', async () => {
    const supported = await winAnsi();
    expect(encodableText('Łódź', supported)).toBe('Lódz');
    expect(encodableText('ﬁbrosis', supported)).toBe('fibrosis');
    expect(encodableText('日本', supported)).toBe('??');
    expect(encodableText('ok👍🏽️', supported)).toBe('ok?');
    expect(encodableText('a\u200bb\tc\u0000', supported)).toBe('ab c');
  });

  it('composes decomposed accents first', async () => {
    expect(encodableText('Cafe\u0301', await winAnsi())).toBe('Café');
  });
});
