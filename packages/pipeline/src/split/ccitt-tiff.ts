/** A CCITTFaxDecode stream's /DecodeParms (PDF 32000-1, table 11), with the defaults filled in. */
export interface CcittParameters {
  /** < 0: Group 4; 0: Group 3 one-dimensional; > 0: Group 3 mixed one- and two-dimensional. */
  k: number;
  endOfLine: boolean;
  encodedByteAlign: boolean;
  columns: number;
  rows: number;
  blackIs1: boolean;
}

const TIFF_SHORT = 3;
const TIFF_LONG = 4;
/** TIFF 6.0 Compression: 2 is Modified Huffman with byte-aligned rows, 3 is T.4 (Group 3), 4 is T.6 (Group 4). */
const COMPRESSION_MODIFIED_HUFFMAN = 2;
const COMPRESSION_T4 = 3;
const COMPRESSION_T6 = 4;
const T4_TWO_DIMENSIONAL = 1;
const WHITE_IS_ZERO = 0;
const BLACK_IS_ZERO = 1;

/**
 * Wraps CCITT fax data in a one-strip TIFF so libtiff (through sharp) decodes it. libtiff finds Group 3
 * rows by their EOL codes, so Group 3 data is only wrapped when it has them, or when K = 0 and every row
 * starts on a byte (TIFF's Modified Huffman). Returns null for the other cases: the page is rendered.
 *
 * `inverted` is true when the image is shown with a /Decode [1 0].
 */
export function ccittTiff(data: Uint8Array, parameters: CcittParameters, inverted: boolean): Buffer | null {
  const { k, endOfLine, encodedByteAlign, columns, rows } = parameters;
  let compression: number;
  let options: [tag: number, value: number] | null = null;
  if (k < 0) {
    if (endOfLine || encodedByteAlign) return null;
    compression = COMPRESSION_T6;
  } else if (endOfLine) {
    compression = COMPRESSION_T4;
    // Byte-alignment fill needs no flag: libtiff skips any zero bits while it looks for the EOL.
    options = [292, k > 0 ? T4_TWO_DIMENSIONAL : 0];
  } else if (k === 0 && encodedByteAlign) {
    compression = COMPRESSION_MODIFIED_HUFFMAN;
  } else {
    return null;
  }
  // Fax coding has white and black runs; with BlackIs1 false the PDF shows them as coded, which in
  // TIFF terms is white-is-zero (libtiff decodes white runs to 0 bits).
  const shownAsCoded = parameters.blackIs1 === inverted;

  const entries: [tag: number, type: number, value: number][] = [
    [256, TIFF_LONG, columns],
    [257, TIFF_LONG, rows],
    [258, TIFF_SHORT, 1],
    [259, TIFF_SHORT, compression],
    [262, TIFF_SHORT, shownAsCoded ? WHITE_IS_ZERO : BLACK_IS_ZERO],
    [273, TIFF_LONG, 0], // strip offset, set below
    [277, TIFF_SHORT, 1],
    [278, TIFF_LONG, rows],
    [279, TIFF_LONG, data.length],
  ];
  if (options) entries.push([options[0], TIFF_LONG, options[1]]);

  const ifdOffset = 8;
  const ifdLength = 2 + entries.length * 12 + 4;
  const dataOffset = ifdOffset + ifdLength;
  const tiff = Buffer.alloc(dataOffset + data.length);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(ifdOffset, 4);
  tiff.writeUInt16LE(entries.length, ifdOffset);
  entries.forEach(([tag, type, value], index) => {
    const at = ifdOffset + 2 + index * 12;
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(1, at + 4);
    const stored = tag === 273 ? dataOffset : value;
    if (type === TIFF_SHORT) tiff.writeUInt16LE(stored, at + 8);
    else tiff.writeUInt32LE(stored, at + 8);
  });
  tiff.set(data, dataOffset);
  return tiff;
}
