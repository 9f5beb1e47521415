/** An operand of a content-stream operator: numbers and names are read, anything else is only counted. */
export type ContentOperand =
  { kind: 'number'; value: number } | { kind: 'name'; value: string } | { kind: 'other' };

export interface ContentOperation {
  operator: string;
  operands: ContentOperand[];
}

const OTHER: ContentOperand = { kind: 'other' };
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

const isWhitespace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
// ( ) < > [ ] { } / %
const isDelimiter = (byte: number): boolean =>
  byte === 0x28 ||
  byte === 0x29 ||
  byte === 0x3c ||
  byte === 0x3e ||
  byte === 0x5b ||
  byte === 0x5d ||
  byte === 0x7b ||
  byte === 0x7d ||
  byte === 0x2f ||
  byte === 0x25;

/**
 * Splits a page content stream (PDF 32000-1, 7.8.2) into operators with their operands. Strings,
 * arrays and dictionaries are skipped over, not read. It stops after yielding `BI`: the inline image
 * that follows is binary, and a caller that meets one does not need the rest.
 */
export function* contentOperations(content: Uint8Array): Generator<ContentOperation> {
  let operands: ContentOperand[] = [];
  let at = 0;
  while (at < content.length) {
    const byte = content[at]!;
    if (isWhitespace(byte)) {
      at++;
    } else if (byte === 0x25) {
      // % comment, to the end of the line
      while (at < content.length && content[at] !== 0x0a && content[at] !== 0x0d) at++;
    } else if (byte === 0x28) {
      at = skipLiteralString(content, at);
      operands.push(OTHER);
    } else if (byte === 0x3c) {
      if (content[at + 1] === 0x3c) {
        at += 2; // << of an inline dictionary; its keys and values come through as operands
      } else {
        const end = content.indexOf(0x3e, at + 1);
        at = end < 0 ? content.length : end + 1;
      }
      operands.push(OTHER);
    } else if (byte === 0x2f) {
      const start = ++at;
      while (at < content.length && !isWhitespace(content[at]!) && !isDelimiter(content[at]!)) at++;
      operands.push({ kind: 'name', value: decodeName(content.subarray(start, at)) });
    } else if (isDelimiter(byte)) {
      at += byte === 0x3e && content[at + 1] === 0x3e ? 2 : 1;
      operands.push(OTHER);
    } else {
      const start = at;
      while (at < content.length && !isWhitespace(content[at]!) && !isDelimiter(content[at]!)) at++;
      const word = Buffer.from(content.buffer, content.byteOffset + start, at - start).toString('latin1');
      if (NUMBER.test(word)) {
        operands.push({ kind: 'number', value: Number(word) });
      } else if (word === 'true' || word === 'false' || word === 'null') {
        operands.push(OTHER);
      } else {
        yield { operator: word, operands };
        if (word === 'BI') return;
        operands = [];
      }
    }
  }
}

/** Returns the index just past a (literal string), which may nest balanced parentheses and escape any byte. */
function skipLiteralString(content: Uint8Array, open: number): number {
  let depth = 0;
  for (let at = open; at < content.length; at++) {
    const byte = content[at];
    if (byte === 0x5c) at++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && --depth === 0) return at + 1;
  }
  return content.length;
}

/** Names may spell any byte as #xx (PDF 1.2 and later). */
function decodeName(raw: Uint8Array): string {
  const text = Buffer.from(raw).toString('latin1');
  return text.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
