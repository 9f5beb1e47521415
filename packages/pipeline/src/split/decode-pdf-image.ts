import { constants, inflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { ccittTiff } from './ccitt-tiff.ts';
import { grayToEightBit, indexedToEightBit, unpredictPng, type EightBitPixels } from './image-samples.ts';
import { decodeJbig2 } from './jbig2-decoder.ts';

export type ImageColourSpace =
  | { kind: 'gray' }
  | { kind: 'rgb' }
  | { kind: 'cmyk' }
  /** /Indexed over gray or RGB: `palette` holds hival + 1 entries of 1 or 3 bytes. */
  | { kind: 'indexed'; base: 'gray' | 'rgb'; palette: Uint8Array }
  | { kind: 'unsupported' };

/** An image XObject's stream, read out of the PDF. */
export interface ImageStream {
  /** The stream's one filter, or null for uncompressed samples. */
  filter: string | null;
  data: Uint8Array;
  width: number;
  height: number;
  bitsPerComponent: number | null;
  /** Null when the stream has none (CCITT and JBIG2 images may leave it out). */
  colourSpace: ImageColourSpace | null;
  decode: number[] | null;
  /** The numeric and boolean entries of /DecodeParms. */
  parameters: ReadonlyMap<string, number | boolean>;
  jbig2Globals: Uint8Array | null;
}

const PNG_PREDICTORS = 10;

/**
 * Sets up decoding of an image stream with sharp, giving the image as stored (row 0 at the top), in
 * gray, RGB or CMYK. Returns null for what is not handled here: other filters (JPX, LZW, chains of
 * filters), colour spaces and predictors, and 16-bit samples. Damaged data makes the returned
 * pipeline (or this call) throw.
 */
export async function decodeImageStream(image: ImageStream, maxImagePixels: number): Promise<Sharp | null> {
  const limits = { limitInputPixels: maxImagePixels };
  switch (image.filter) {
    case 'DCTDecode':
      return decodeJpeg(image, limits);
    case null:
    case 'FlateDecode': {
      const pixels = decodeSamples(image);
      if (!pixels) return null;
      return sharp(pixels.data, {
        ...limits,
        raw: { width: image.width, height: image.height, channels: pixels.channels },
      });
    }
    case 'CCITTFaxDecode': {
      const invert = bilevelInversion(image);
      const parameters = ccittParameters(image.parameters);
      // The coded size must be the image's, or viewers' readings of the rows differ.
      const fits =
        parameters.columns === image.width && (parameters.rows === 0 || parameters.rows === image.height);
      if (invert === null || !fits) return null;
      const tiff = ccittTiff(image.data, { ...parameters, rows: image.height }, invert);
      return tiff && sharp(tiff, limits);
    }
    case 'JBIG2Decode': {
      const invert = bilevelInversion(image);
      if (invert === null) return null;
      const bitmap = await decodeJbig2(image.data, image.jbig2Globals, image.width, image.height);
      if (!bitmap || bitmap.length !== ((image.width + 7) >> 3) * image.height) return null;
      // JBIG2 codes black as 1; the PDF shows it black unless /Decode inverts it.
      const pixels = grayToEightBit(bitmap, image.width, image.height, 1, !invert);
      return sharp(pixels.data, {
        ...limits,
        raw: { width: image.width, height: image.height, channels: 1 },
      });
    }
    default:
      return null;
  }
}

const JPEG_CHANNELS = { gray: 1, rgb: 3 } as const;

async function decodeJpeg(image: ImageStream, limits: { limitInputPixels: number }): Promise<Sharp | null> {
  const space = image.colourSpace?.kind;
  // CMYK is left to pdf.js: libjpeg (through libvips) and pdf.js read the inverted-Adobe CMYK
  // convention differently, so the two paths would not agree on such a page.
  if (space !== 'gray' && space !== 'rgb') return null;
  if (image.decode !== null && !isDefaultDecode(image.decode, JPEG_CHANNELS[space])) return null;
  const jpeg = sharp(image.data, limits);
  const header = await jpeg.metadata();
  // A JPEG whose component count disagrees with its colour space is read differently by viewers.
  const matches =
    header.format === 'jpeg' &&
    header.width === image.width &&
    header.height === image.height &&
    header.channels === JPEG_CHANNELS[space];
  return matches ? jpeg : null;
}

/** Inflated (or uncompressed) samples, turned into 8-bit gray or RGB; null when the layout is not handled. */
function decodeSamples(image: ImageStream): EightBitPixels | null {
  const { width, height, colourSpace } = image;
  const bits = image.bitsPerComponent;
  if (bits !== 1 && bits !== 2 && bits !== 4 && bits !== 8) return null;
  const colours = colourSpace?.kind === 'rgb' ? 3 : 1;
  const rowBytes = Math.ceil((width * colours * bits) / 8);
  const predictor = parameter(image.parameters, 'Predictor', 1);
  const predicted = predictor >= PNG_PREDICTORS;
  if (predictor !== 1 && !predicted) return null; // TIFF predictor 2
  if (
    predicted &&
    (parameter(image.parameters, 'Colors', 1) !== colours ||
      parameter(image.parameters, 'BitsPerComponent', 8) !== bits ||
      parameter(image.parameters, 'Columns', 1) !== width)
  ) {
    return null;
  }
  // Checked before inflating: nothing is decoded for a layout that would be turned down anyway.
  const interpret = sampleInterpreter(image, bits);
  if (!interpret) return null;

  const expected = height * (rowBytes + (predicted ? 1 : 0));
  const data =
    image.filter === 'FlateDecode'
      ? // Sync flush reads a stream cut short without throwing; the length check below decides.
        // The output cap stops a stream that inflates far past its stated size.
        inflateSync(image.data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: expected + 1024 })
      : image.data;
  if (data.length < expected) return null;
  const samples = predicted ? unpredictPng(data, height, rowBytes, Math.ceil((colours * bits) / 8)) : data;
  return interpret(samples);
}

type SampleInterpreter = (samples: Uint8Array) => EightBitPixels;

function sampleInterpreter(image: ImageStream, bits: number): SampleInterpreter | null {
  const { width, height, colourSpace, decode } = image;
  switch (colourSpace?.kind) {
    case 'gray': {
      const invert = decode === null ? false : inversion(decode);
      if (invert === null) return null;
      return (samples) => grayToEightBit(samples, width, height, bits, invert);
    }
    case 'rgb':
      if (bits !== 8 || (decode !== null && !isDefaultDecode(decode, 3))) return null;
      return (samples) => ({
        data: Buffer.from(samples.buffer, samples.byteOffset, width * height * 3),
        channels: 3,
      });
    case 'indexed': {
      const { base, palette } = colourSpace;
      if (decode !== null && !(decode.length === 2 && decode[0] === 0 && decode[1] === (1 << bits) - 1)) {
        return null;
      }
      return (samples) => indexedToEightBit(samples, width, height, bits, palette, base === 'rgb' ? 3 : 1);
    }
    case 'cmyk':
    case 'unsupported':
    case undefined:
      return null;
  }
}

/** For a 1-bit fax or JBIG2 image: whether /Decode inverts it, or null when the image is not plain 1-bit gray. */
function bilevelInversion(image: ImageStream): boolean | null {
  if (image.bitsPerComponent !== null && image.bitsPerComponent !== 1) return null;
  if (image.colourSpace !== null && image.colourSpace.kind !== 'gray') return null;
  return image.decode === null ? false : inversion(image.decode);
}

function inversion(decode: number[]): boolean | null {
  if (decode.length !== 2) return null;
  if (decode[0] === 0 && decode[1] === 1) return false;
  if (decode[0] === 1 && decode[1] === 0) return true;
  return null;
}

function isDefaultDecode(decode: number[], channels: number): boolean {
  return decode.length === channels * 2 && decode.every((value, index) => value === index % 2);
}

function ccittParameters(parameters: ReadonlyMap<string, number | boolean>) {
  return {
    k: parameter(parameters, 'K', 0),
    endOfLine: flag(parameters, 'EndOfLine', false),
    encodedByteAlign: flag(parameters, 'EncodedByteAlign', false),
    columns: parameter(parameters, 'Columns', 1728),
    rows: parameter(parameters, 'Rows', 0),
    blackIs1: flag(parameters, 'BlackIs1', false),
  };
}

function parameter(parameters: ReadonlyMap<string, number | boolean>, key: string, fallback: number): number {
  const value = parameters.get(key);
  return typeof value === 'number' ? value : fallback;
}

function flag(parameters: ReadonlyMap<string, number | boolean>, key: string, fallback: boolean): boolean {
  const value = parameters.get(key);
  return typeof value === 'boolean' ? value : fallback;
}
