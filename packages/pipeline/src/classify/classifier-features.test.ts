import { describe, expect, it } from 'vitest';
import { classifierFeatures } from './classifier-features.ts';

describe('classifierFeatures', () => {
  it('names the section headers found and the words of the opening only', () => {
    const text = `Dear Dr. Ames,\nThank you for referring this patient.\n${'Filler words follow here. '.repeat(10)}\nIMPRESSION: stable.`;
    const features = classifierFeatures(text);
    expect(features).toEqual(expect.arrayContaining(['open:dear', 'open:ames', 'open:referring']));
    expect(features.some((feature) => feature.startsWith('hdr:') || feature.startsWith('phr:'))).toBe(true);
    // "stable" is far from the opening: it is the model's ordinary words' business, not the opening's.
    expect(features).not.toContain('open:stable');
  });
});
