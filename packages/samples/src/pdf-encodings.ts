import { deflateSync } from 'node:zlib';
import {
  degrees,
  PDFDocument,
  PDFHexString,
  PDFName,
  StandardFonts,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';
import sharp from 'sharp';

// Builders for PDFs whose pages are embedded images in each encoding scanners and fax software
// write, so tests and benchmarks can make every case on the fly instead of keeping binary fixtures.

/** 8-bit gray pixels, row by row. */
export interface GrayImage {
  data: Buffer;
  width: number;
  height: number;
}

/** An image XObject: its stream dictionary (beyond Type, Subtype, Width and Height) and encoded data. */
export interface ImageXObject {
  width: number;
  height: number;
  /** Entries as pdf-lib literals: strings become names, e.g. { Filter: 'DCTDecode' }. */
  dict: Record<string, PdfLiteral>;
  data: Uint8Array;
  /** Stored as a separate stream and referred to from /DecodeParms /JBIG2Globals. */
  jbig2Globals?: Uint8Array;
}

/** What pdf-lib's `context.obj` takes: strings become names; other PDF objects pass as they are. */
export type PdfLiteral = string | number | boolean | PDFObject | PdfLiteral[] | { [key: string]: PdfLiteral };

export type QuarterTurn = 0 | 90 | 180 | 270;

/** Reads any image sharp can open as 8-bit gray pixels. */
export async function grayImage(png: Buffer): Promise<GrayImage> {
  const { data, info } = await sharp(png)
    .toColourspace('b-w')
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Black where the gray is below 128, else white: what a bilevel scanner keeps. */
export function bilevel(image: GrayImage): GrayImage {
  return { ...image, data: Buffer.from(image.data.map((value) => (value < 128 ? 0 : 255))) };
}

/** A JPEG (DCTDecode) image, gray or converted to RGB or CMYK. */
export async function jpegXObject(
  image: GrayImage,
  options: { quality?: number; colour?: 'gray' | 'rgb' | 'cmyk' } = {},
): Promise<ImageXObject> {
  const colour = options.colour ?? 'gray';
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } });
  if (colour === 'gray') pipeline = pipeline.toColourspace('b-w');
  if (colour === 'rgb') pipeline = pipeline.toColourspace('srgb');
  if (colour === 'cmyk') pipeline = pipeline.toColourspace('cmyk');
  const data = await pipeline.jpeg({ quality: options.quality ?? 75 }).toBuffer();
  const colourSpace = { gray: 'DeviceGray', rgb: 'DeviceRGB', cmyk: 'DeviceCMYK' }[colour];
  return {
    width: image.width,
    height: image.height,
    dict: { Filter: 'DCTDecode', ColorSpace: colourSpace, BitsPerComponent: 8 },
    data,
  };
}

export interface FlateOptions {
  /** 'gray' keeps 8 bits (or 1 with `bilevel`); 'rgb' tints the page so it has real colour; 'indexed'
   * stores palette indices into an RGB lookup table. Default 'gray'. */
  colour?: 'gray' | 'rgb' | 'indexed';
  /** 1-bit samples, thresholded at 128 (gray only). */
  bilevel?: boolean;
  /** Stores black as 1 and sets /Decode [1 0], as some scanners do (gray only). */
  decodeInverted?: boolean;
  /** PNG prediction (Predictor 15), cycling through all five PNG filter types row by row. */
  predictor?: boolean;
}

/** Raw samples, deflated (FlateDecode). */
export function flateXObject(image: GrayImage, options: FlateOptions = {}): ImageXObject {
  const colour = options.colour ?? 'gray';
  const { width, height } = image;
  let samples: Buffer;
  let bits = 8;
  let channels = 1;
  const dict: Record<string, PdfLiteral> = { Filter: 'FlateDecode' };
  if (colour === 'rgb') {
    channels = 3;
    samples = Buffer.alloc(width * height * 3);
    image.data.forEach((value, index) => {
      samples.set(tint(value), index * 3);
    });
    dict.ColorSpace = 'DeviceRGB';
  } else if (colour === 'indexed') {
    // Index i holds gray 255 − i, so a lookup that is skipped or reversed shows.
    samples = Buffer.from(image.data.map((value) => 255 - value));
    const palette = Buffer.alloc(256 * 3);
    for (let index = 0; index < 256; index++) palette.fill(255 - index, index * 3, index * 3 + 3);
    dict.ColorSpace = ['Indexed', 'DeviceRGB', 255, PDFHexString.of(palette.toString('hex'))];
  } else if (options.bilevel) {
    bits = 1;
    const black = options.decodeInverted ? 1 : 0;
    samples = packBits(image, (value) => (value < 128 ? black : 1 - black));
    dict.ColorSpace = 'DeviceGray';
  } else {
    samples = options.decodeInverted ? Buffer.from(image.data.map((value) => 255 - value)) : image.data;
    dict.ColorSpace = 'DeviceGray';
  }
  if (options.decodeInverted) dict.Decode = [1, 0];
  dict.BitsPerComponent = bits;
  const rowBytes = Math.ceil((width * channels * bits) / 8);
  let stored: Buffer = samples;
  if (options.predictor) {
    stored = pngPredict(samples, height, rowBytes, Math.ceil((channels * bits) / 8));
    dict.DecodeParms = { Predictor: 15, Colors: channels, BitsPerComponent: bits, Columns: width };
  }
  return { width, height, dict, data: deflateSync(stored) };
}

/** A gray value as a warm paper tint, so the RGB case is really in colour. */
function tint(value: number): [number, number, number] {
  return [value, Math.round(value * 0.92), Math.round(value * 0.8)];
}

function packBits(image: GrayImage, bitOf: (value: number) => number): Buffer {
  const rowBytes = Math.ceil(image.width / 8);
  const packed = Buffer.alloc(rowBytes * image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (bitOf(image.data[y * image.width + x]!)) packed[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return packed;
}

/** PNG filtering with filter type (row mod 5), so every type occurs. */
function pngPredict(samples: Buffer, rows: number, rowBytes: number, bytesPerPixel: number): Buffer {
  const output = Buffer.alloc(rows * (rowBytes + 1));
  for (let row = 0; row < rows; row++) {
    const type = row % 5;
    output[row * (rowBytes + 1)] = type;
    for (let i = 0; i < rowBytes; i++) {
      const at = row * rowBytes + i;
      const left = i >= bytesPerPixel ? samples[at - bytesPerPixel]! : 0;
      const above = row > 0 ? samples[at - rowBytes]! : 0;
      const upperLeft = row > 0 && i >= bytesPerPixel ? samples[at - rowBytes - bytesPerPixel]! : 0;
      const predicted = [0, left, above, (left + above) >> 1, paeth(left, above, upperLeft)][type]!;
      output[row * (rowBytes + 1) + 1 + i] = (samples[at]! - predicted) & 0xff;
    }
  }
  return output;
}

function paeth(left: number, above: number, upperLeft: number): number {
  const estimate = left + above - upperLeft;
  const toLeft = Math.abs(estimate - left);
  const toAbove = Math.abs(estimate - above);
  const toUpperLeft = Math.abs(estimate - upperLeft);
  if (toLeft <= toAbove && toLeft <= toUpperLeft) return left;
  return toAbove <= toUpperLeft ? above : upperLeft;
}

export interface CcittOptions {
  /** < 0 Group 4 (default), 0 Group 3 one-dimensional, > 0 Group 3 two-dimensional (every row is coded one-dimensionally here, which K > 0 allows). */
  k?: number;
  /** Group 3 only: an EOL code before every row. */
  endOfLine?: boolean;
  /** Group 3 only: every row starts on a byte. */
  encodedByteAlign?: boolean;
  /** Codes the picture's black as white runs and sets /BlackIs1 true, which shows it the right way round. */
  blackIs1?: boolean;
}

/** A bilevel (thresholded at 128) image in CCITT fax coding. Group 4 is written by libtiff through sharp. */
export async function ccittXObject(image: GrayImage, options: CcittOptions = {}): Promise<ImageXObject> {
  const k = options.k ?? -1;
  const blackIs1 = options.blackIs1 ?? false;
  const data =
    k < 0
      ? await groupFourData(blackIs1 ? negate(image) : image)
      : groupThreeData(blackIs1 ? negate(image) : image, {
          twoDimensional: k > 0,
          endOfLine: options.endOfLine ?? false,
          encodedByteAlign: options.encodedByteAlign ?? false,
        });
  const parameters: Record<string, PdfLiteral> = { K: k, Columns: image.width, Rows: image.height };
  if (options.endOfLine) parameters.EndOfLine = true;
  if (options.encodedByteAlign) parameters.EncodedByteAlign = true;
  if (blackIs1) parameters.BlackIs1 = true;
  return {
    width: image.width,
    height: image.height,
    dict: {
      Filter: 'CCITTFaxDecode',
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 1,
      DecodeParms: parameters,
    },
    data,
  };
}

function negate(image: GrayImage): GrayImage {
  return { ...image, data: Buffer.from(image.data.map((value) => 255 - value)) };
}

/** T.6 data for a bilevel picture, white runs for white: the single strip of a libtiff Group 4 TIFF. */
async function groupFourData(image: GrayImage): Promise<Buffer> {
  const tiff = await sharp(bilevel(image).data, {
    raw: { width: image.width, height: image.height, channels: 1 },
  })
    .toColourspace('b-w')
    // One strip for the whole page: strips are coded independently, so several could not be joined.
    .tiff({ compression: 'ccittfax4', bitdepth: 1, miniswhite: true, tileHeight: image.height })
    .toBuffer();
  return tiffStrip(tiff);
}

/** The data of a one-strip (or one-tile) TIFF, found through its offset and byte-count tags. */
export function tiffStrip(tiff: Buffer): Buffer {
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  const tags = new Map<number, { count: number; value: number }>();
  for (let index = 0; index < u16(ifd); index++) {
    const at = ifd + 2 + index * 12;
    const type = u16(at + 2);
    tags.set(u16(at), { count: u32(at + 4), value: type === 3 ? u16(at + 8) : u32(at + 8) });
  }
  const offsets = tags.get(273) ?? tags.get(324);
  const lengths = tags.get(279) ?? tags.get(325);
  if (!offsets || !lengths || offsets.count !== 1 || lengths.count !== 1) {
    throw new Error('expected a TIFF with exactly one strip or tile');
  }
  return tiff.subarray(offsets.value, offsets.value + lengths.value);
}

// ITU-T T.4 Modified Huffman codes: terminating codes for runs 0–63, then make-up codes for 64–2560.
const WHITE_TERMINATING = (
  '00110101 000111 0111 1000 1011 1100 1110 1111 10011 10100 00111 01000 001000 000011 110100 ' +
  '110101 101010 101011 0100111 0001100 0001000 0010111 0000011 0000100 0101000 0101011 0010011 ' +
  '0100100 0011000 00000010 00000011 00011010 00011011 00010010 00010011 00010100 00010101 ' +
  '00010110 00010111 00101000 00101001 00101010 00101011 00101100 00101101 00000100 00000101 ' +
  '00001010 00001011 01010010 01010011 01010100 01010101 00100100 00100101 01011000 01011001 ' +
  '01011010 01011011 01001010 01001011 00110010 00110011 00110100'
).split(' ');
const WHITE_MAKE_UP = (
  '11011 10010 010111 0110111 00110110 00110111 01100100 01100101 01101000 01100111 011001100 ' +
  '011001101 011010010 011010011 011010100 011010101 011010110 011010111 011011000 011011001 ' +
  '011011010 011011011 010011000 010011001 010011010 011000 010011011'
).split(' ');
const BLACK_TERMINATING = (
  '0000110111 010 11 10 011 0011 0010 00011 000101 000100 0000100 0000101 0000111 00000100 ' +
  '00000111 000011000 0000010111 0000011000 0000001000 00001100111 00001101000 00001101100 ' +
  '00000110111 00000101000 00000010111 00000011000 000011001010 000011001011 000011001100 ' +
  '000011001101 000001101000 000001101001 000001101010 000001101011 000011010010 000011010011 ' +
  '000011010100 000011010101 000011010110 000011010111 000001101100 000001101101 000011011010 ' +
  '000011011011 000001010100 000001010101 000001010110 000001010111 000001100100 000001100101 ' +
  '000001010010 000001010011 000000100100 000000110111 000000111000 000000100111 000000101000 ' +
  '000001011000 000001011001 000000101011 000000101100 000001011010 000001100110 000001100111'
).split(' ');
const BLACK_MAKE_UP = (
  '0000001111 000011001000 000011001001 000001011011 000000110011 000000110100 000000110101 ' +
  '0000001101100 0000001101101 0000001001010 0000001001011 0000001001100 0000001001101 ' +
  '0000001110010 0000001110011 0000001110100 0000001110101 0000001110110 0000001110111 ' +
  '0000001010010 0000001010011 0000001010100 0000001010101 0000001011010 0000001011011 ' +
  '0000001100100 0000001100101'
).split(' ');
/** Make-up codes for 1792–2560, shared by both colours. */
const EXTENDED_MAKE_UP = (
  '00000001000 00000001100 00000001101 000000010010 000000010011 000000010100 000000010101 ' +
  '000000010110 000000010111 000000011100 000000011101 000000011110 000000011111'
).split(' ');
const EOL = '000000000001';

/**
 * T.4 one-dimensional (Modified Huffman) coding of a bilevel picture, white runs for white. With
 * `twoDimensional` each EOL is followed by the tag bit 1 (next row coded one-dimensionally).
 */
function groupThreeData(
  image: GrayImage,
  options: { twoDimensional: boolean; endOfLine: boolean; encodedByteAlign: boolean },
): Buffer {
  const bits = new BitWriter();
  const endOfLine = () => {
    // With byte alignment, fill bits go before the EOL so that it ends on a byte boundary.
    if (options.encodedByteAlign) while ((bits.length + EOL.length) % 8 !== 0) bits.write('0');
    bits.write(EOL);
    if (options.twoDimensional) bits.write('1');
  };
  for (let y = 0; y < image.height; y++) {
    if (options.endOfLine) endOfLine();
    else {
      if (options.encodedByteAlign) bits.alignToByte();
      if (options.twoDimensional) bits.write('1');
    }
    let x = 0;
    let black = false;
    while (x < image.width) {
      let run = 0;
      while (x < image.width && image.data[y * image.width + x]! < 128 === black) {
        run++;
        x++;
      }
      writeRun(bits, run, black);
      black = !black;
    }
  }
  // Return to control: six EOLs end the page.
  if (options.endOfLine) for (let i = 0; i < 6; i++) endOfLine();
  return bits.finish();
}

function writeRun(bits: BitWriter, length: number, black: boolean): void {
  const terminating = black ? BLACK_TERMINATING : WHITE_TERMINATING;
  const makeUp = [...(black ? BLACK_MAKE_UP : WHITE_MAKE_UP), ...EXTENDED_MAKE_UP];
  let left = length;
  while (left >= 64) {
    const chunk = Math.min(2560, left - (left % 64));
    bits.write(makeUp[chunk / 64 - 1]!);
    left -= chunk;
  }
  bits.write(terminating[left]!);
}

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  length = 0;

  write(code: string): void {
    for (const bit of code) {
      this.current = (this.current << 1) | (bit === '1' ? 1 : 0);
      if (++this.length % 8 === 0) {
        this.bytes.push(this.current);
        this.current = 0;
      }
    }
  }

  alignToByte(): void {
    while (this.length % 8 !== 0) this.write('0');
  }

  finish(): Buffer {
    this.alignToByte();
    return Buffer.from(this.bytes);
  }
}

/**
 * A bilevel image in JBIG2, as PDFs embed it (segments without the file header): a page-information
 * segment and one immediate generic region coded with MMR, which is Group 4 coding. With
 * `globals`, the page-information segment goes into a /JBIG2Globals stream, to show the globals are read.
 */
export async function jbig2XObject(
  image: GrayImage,
  options: { globals?: boolean } = {},
): Promise<ImageXObject> {
  const { width, height } = image;
  const pageInformation = Buffer.alloc(19);
  pageInformation.writeUInt32BE(width, 0);
  pageInformation.writeUInt32BE(height, 4);
  pageInformation[16] = 1; // eventually lossless; default pixel 0 (white); combination OR
  const regionInformation = Buffer.alloc(18);
  regionInformation.writeUInt32BE(width, 0);
  regionInformation.writeUInt32BE(height, 4);
  regionInformation[17] = 1; // generic region flags: MMR
  const mmr = await groupFourData(image);
  const pageSegment = jbig2Segment(0, 48, pageInformation);
  const regionSegment = jbig2Segment(1, 39, Buffer.concat([regionInformation, mmr]));
  const endOfPage = jbig2Segment(2, 49, Buffer.alloc(0));
  const dict: Record<string, PdfLiteral> = {
    Filter: 'JBIG2Decode',
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
  };
  if (options.globals) {
    return {
      width,
      height,
      dict,
      data: Buffer.concat([regionSegment, endOfPage]),
      jbig2Globals: pageSegment,
    };
  }
  return { width, height, dict, data: Buffer.concat([pageSegment, regionSegment, endOfPage]) };
}

/** A segment header (JBIG2, 7.2) for page 1 with no referred-to segments, followed by the data. */
function jbig2Segment(number: number, type: number, data: Buffer): Buffer {
  const header = Buffer.alloc(11);
  header.writeUInt32BE(number, 0);
  header[4] = type; // one-byte page association
  header[5] = 0; // no referred-to segments
  header[6] = 1; // page 1
  header.writeUInt32BE(data.length, 7);
  return Buffer.concat([header, data]);
}

/** One page of `imagePagesPdf`. */
export interface ImagePageSpec {
  image: ImageXObject;
  /** Scan resolution: the page is the image's pixel size at this resolution. */
  dpi: number;
  /** A different resolution down the stored image's columns, as in fax (204×98 or 204×196 dpi). */
  verticalDpi?: number;
  /** How far the picture appears turned clockwise on the displayed page. Default 0. */
  turn?: QuarterTurn;
  /** The page's /Rotate; the content is laid out so the picture still appears turned by `turn`. */
  rotate?: QuarterTurn;
  /** Mirrors the picture left to right before it is turned, as a misconfigured scanner can. */
  mirrored?: boolean;
  /** More images, available to `after` as /Im1, /Im2, … */
  moreImages?: ImageXObject[];
  /** Content-stream operators drawn after the image; /F1 is Helvetica. */
  after?: string;
}

/** A PDF of pages that each paint one image XObject over the whole page, with /Im0 Do inside q … cm … Q. */
export async function imagePagesPdf(pages: ImagePageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const epoch = new Date('2024-01-01T00:00:00Z');
  doc.setCreationDate(epoch);
  doc.setModificationDate(epoch);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    const turn = spec.turn ?? 0;
    const rotate = spec.rotate ?? 0;
    // The content is turned by what /Rotate does not already turn.
    const placed = (((turn - rotate) % 360) + 360) % 360;
    const sideways = placed === 90 || placed === 270;
    const across = (spec.image.width / spec.dpi) * 72;
    const down = (spec.image.height / (spec.verticalDpi ?? spec.dpi)) * 72;
    const width = sideways ? down : across;
    const height = sideways ? across : down;
    const page = doc.addPage([width, height]);
    if (rotate) page.setRotation(degrees(rotate));
    [spec.image, ...(spec.moreImages ?? [])].forEach((image, index) => {
      page.node.setXObject(PDFName.of(`Im${index}`), registerImage(doc, image));
    });
    page.node.setFontDictionary(PDFName.of('F1'), font.ref);
    const matrix = {
      0: [width, 0, 0, height, 0, 0],
      90: [0, -height, width, 0, 0, height],
      180: [-width, 0, 0, -height, width, height],
      270: [0, height, -width, 0, width, 0],
    }[placed as QuarterTurn];
    // A later cm applies first: the mirror flips the unit square before it is placed.
    const mirror = spec.mirrored ? '-1 0 0 1 1 0 cm ' : '';
    const content = `q ${matrix.map(formatNumber).join(' ')} cm ${mirror}/Im0 Do Q\n${spec.after ?? ''}`;
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
  }
  return doc.save({ useObjectStreams: false });
}

function registerImage(doc: PDFDocument, image: ImageXObject): PDFRef {
  const dict: Record<string, PdfLiteral> = {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.width,
    Height: image.height,
    ...image.dict,
  };
  if (image.jbig2Globals) {
    dict.DecodeParms = { JBIG2Globals: doc.context.register(doc.context.stream(image.jbig2Globals)) };
  }
  return doc.context.register(doc.context.stream(image.data, dict));
}

/** Points with at most four decimals: enough for a page, and no exponent notation. */
function formatNumber(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}
