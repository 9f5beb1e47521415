import { describe, expect, it } from 'vitest';
import { characterErrors, normaliseWhitespace } from './character-error-rate.ts';

describe('characterErrors', () => {
  it('counts insertions, deletions and substitutions against the truth’s length', () => {
    expect(characterErrors('kitten', 'sitting')).toEqual({ edits: 3, length: 7, cer: 3 / 7 });
    expect(characterErrors('', 'abc')).toEqual({ edits: 3, length: 3, cer: 1 });
    expect(characterErrors('', '')).toEqual({ edits: 0, length: 0, cer: 0 });
  });

  it('ignores layout: line breaks and runs of spaces', () => {
    expect(characterErrors('Potassium  4.1\nmmol/L', 'Potassium 4.1 mmol/L').edits).toBe(0);
    expect(normaliseWhitespace('  a\t\tb \n c ')).toBe('a b c');
  });

  it('treats typographic quotes and dashes as their plain forms', () => {
    expect(characterErrors('It’s state–of–the–art', "It's state-of-the-art").edits).toBe(0);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(characterErrors('Nunez', 'Núñez')).toMatchObject({ edits: 2, length: 5 });
  });
});
