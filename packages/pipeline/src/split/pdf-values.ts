import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

// Typed reads of pdf-lib objects. A missing entry and a wrongly typed one both read as undefined:
// either way the page is not one this module can extract, and it gets rendered instead.

/** The value of `key`, following an indirect reference. */
export function entry(dict: PDFDict, key: string): PDFObject | undefined {
  return dict.lookup(PDFName.of(key));
}

/** The element at `index`, following an indirect reference. */
export function element(array: PDFArray, index: number): PDFObject | undefined {
  return array.lookup(index);
}

export const numberOf = (value: PDFObject | undefined): number | undefined =>
  value instanceof PDFNumber ? value.asNumber() : undefined;

export const nameOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFName ? value.decodeText() : undefined;

export const booleanOf = (value: PDFObject | undefined): boolean | undefined =>
  value instanceof PDFBool ? value.asBoolean() : undefined;

export const dictOf = (value: PDFObject | undefined): PDFDict | undefined =>
  value instanceof PDFDict ? value : undefined;

export const arrayOf = (value: PDFObject | undefined): PDFArray | undefined =>
  value instanceof PDFArray ? value : undefined;

export const streamOf = (value: PDFObject | undefined): PDFRawStream | undefined =>
  value instanceof PDFRawStream ? value : undefined;

/** All elements as numbers, or undefined if any is not one. */
export function numbersOf(value: PDFObject | undefined): number[] | undefined {
  const array = arrayOf(value);
  if (!array) return undefined;
  const numbers: number[] = [];
  for (let index = 0; index < array.size(); index++) {
    const number = numberOf(element(array, index));
    if (number === undefined) return undefined;
    numbers.push(number);
  }
  return numbers;
}

/** The bytes of a string, or of a stream with its filters undone. */
export function bytesOf(value: PDFObject | undefined): Uint8Array | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.asBytes();
  if (value instanceof PDFRawStream) return decodedStream(value);
  return undefined;
}

/** A stream's data with its filters undone (Flate, LZW, ASCII85, ASCIIHex, RunLength). */
export function decodedStream(stream: PDFRawStream): Uint8Array {
  return stream.dict.has(PDFName.of('Filter')) ? decodePDFRawStream(stream).decode() : stream.contents;
}
