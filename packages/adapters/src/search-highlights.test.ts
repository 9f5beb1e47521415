import { describe, expect, it } from 'vitest';
import { stationOf } from './elastic-document-index.ts';
import { bracketed, parseHighlight, withoutNearMisses } from './search-highlights.ts';

describe('highlight fragments', () => {
  const S = '\uE000';
  const E = '\uE001';

  it('reads matches between the marks, joins matches a space apart, collapses whitespace', () => {
    const parts = parseHighlight(
      `  History of ${S}congestive${E} ${S}heart${E}\n ${S}failure${E}, and ${S}CHF${E}.  `,
    );
    expect(parts).toEqual([
      { text: 'History of ', match: false },
      { text: 'congestive heart failure', match: true },
      { text: ', and ', match: false },
      { text: 'CHF', match: true },
      { text: '.', match: false },
    ]);
    expect(bracketed(parts)).toBe('History of [congestive heart failure], and [CHF].');
  });

  it('copes with a missing start or end mark and with no marks at all', () => {
    expect(parseHighlight(`warfarin${E} 5 mg`)).toEqual([
      { text: 'warfarin', match: true },
      { text: ' 5 mg', match: false },
    ]);
    expect(parseHighlight(`take ${S}warfarin`)).toEqual([
      { text: 'take ', match: false },
      { text: 'warfarin', match: true },
    ]);
    expect(parseHighlight('plain text')).toEqual([{ text: 'plain text', match: false }]);
    expect(parseHighlight('')).toEqual([]);
  });

  it('unmarks the near misses of a word the page has as typed', () => {
    const parts = [
      { text: 'murmur ', match: false },
      { text: 'heard', match: true },
      { text: '; ', match: false },
      { text: 'heart', match: true },
      { text: ' sounds', match: false },
    ];
    const terms = [{ words: ['heart'], synonyms: [] }];
    expect(bracketed(withoutNearMisses(parts, terms, new Set(['t0.w0.typed'])))).toBe(
      'murmur heard; [heart] sounds',
    );
    // Matched only through the slip: it stays marked.
    expect(bracketed(withoutNearMisses(parts, terms, new Set()))).toBe('murmur [heard]; [heart] sounds');
    // A synonym's words are never near misses.
    const chf = [{ words: ['chf'], synonyms: [['congestive', 'heart', 'failure']] }];
    expect(
      bracketed(withoutNearMisses(parseHighlight('\uE000congestive heart failure\uE001'), chf, new Set())),
    ).toBe('[congestive heart failure]');
  });
});

describe('stations', () => {
  it('names the station a batch came from', () => {
    expect(stationOf('ward-3_2026-03-01_7')).toBe('ward-3');
    expect(stationOf('frontdesk')).toBe('frontdesk');
  });
});
