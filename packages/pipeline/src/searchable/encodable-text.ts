/** Letters without a Unicode decomposition whose plain Latin look-alike keeps the word searchable. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

const COMBINING_MARK = /\p{M}/gu;
/** Control and format characters, marks left over after composing, emoji variation and skin tones. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{M}\p{Emoji_Modifier}]$/u;

/**
 * The word as a standard PDF font can show it: `supported` is the font's character set (for
 * Helvetica, WinAnsi). A character outside it becomes its unaccented form when that is supported
 * ("ź" → "z", "ﬁ" → "fi"), else "?", so the word keeps its place in the text layer.
 * Whitespace runs become one space; control characters and stray marks are dropped.
 */
export function encodableText(text: string, supported: ReadonlySet<number>): string {
  let result = '';
  for (const char of text.normalize('NFC').replace(/\s+/gu, ' ')) {
    if (INVISIBLE.test(char)) continue;
    if (supported.has(char.codePointAt(0)!)) {
      result += char;
      continue;
    }
    const plain = LOOK_ALIKES[char] ?? char.normalize('NFKD').replace(COMBINING_MARK, '');
    const usable = plain !== '' && [...plain].every((c) => supported.has(c.codePointAt(0)!));
    result += usable ? plain : '?';
  }
  return result;
}
