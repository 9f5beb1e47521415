/** PNG filter types, as PDF's Predictor 10–15 writes them at the start of every row. */
const PNG_NONE = 0;
const PNG_SUB = 1;
const PNG_UP = 2;
const PNG_AVERAGE = 3;
const PNG_PAETH = 4;

/**
 * Undoes PNG prediction (PDF 32000-1, 7.4.4.4): every row carries its own filter type, whatever the
 * Predictor value says. Throws on an unknown filter type.
 */
export function unpredictPng(
  data: Uint8Array,
  rows: number,
  rowBytes: number,
  bytesPerPixel: number,
): Uint8Array {
  const output = new Uint8Array(rows * rowBytes);
  const zeroRow = new Uint8Array(rowBytes);
  for (let row = 0; row < rows; row++) {
    const input = data.subarray(row * (rowBytes + 1) + 1, (row + 1) * (rowBytes + 1));
    const type = data[row * (rowBytes + 1)]!;
    const current = output.subarray(row * rowBytes, (row + 1) * rowBytes);
    const above = row === 0 ? zeroRow : output.subarray((row - 1) * rowBytes, row * rowBytes);
    switch (type) {
      case PNG_NONE:
        current.set(input);
        break;
      case PNG_SUB:
        for (let i = 0; i < rowBytes; i++) {
          current[i] = input[i]! + (i >= bytesPerPixel ? current[i - bytesPerPixel]! : 0);
        }
        break;
      case PNG_UP:
        for (let i = 0; i < rowBytes; i++) current[i] = input[i]! + above[i]!;
        break;
      case PNG_AVERAGE:
        for (let i = 0; i < rowBytes; i++) {
          const left = i >= bytesPerPixel ? current[i - bytesPerPixel]! : 0;
          current[i] = input[i]! + ((left + above[i]!) >> 1);
        }
        break;
      case PNG_PAETH:
        for (let i = 0; i < rowBytes; i++) {
          const left = i >= bytesPerPixel ? current[i - bytesPerPixel]! : 0;
          const upperLeft = i >= bytesPerPixel ? above[i - bytesPerPixel]! : 0;
          current[i] = input[i]! + paeth(left, above[i]!, upperLeft);
        }
        break;
      default:
        throw new Error(`unknown PNG filter type ${type} in row ${row + 1}`);
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

/** Pixels one byte per channel, as sharp takes raw input. */
export interface EightBitPixels {
  data: Buffer;
  channels: 1 | 3;
}

/**
 * Spreads packed gray samples of 1, 2 or 4 bits (rows padded to whole bytes) over 0–255, inverting
 * them for a /Decode [1 0]. 8-bit samples pass through, inverted if asked.
 */
export function grayToEightBit(
  samples: Uint8Array,
  width: number,
  height: number,
  bitsPerComponent: number,
  invert: boolean,
): EightBitPixels {
  if (bitsPerComponent === 8 && !invert) {
    return { data: Buffer.from(samples.buffer, samples.byteOffset, width * height), channels: 1 };
  }
  const maximum = (1 << bitsPerComponent) - 1;
  const levels = new Uint8Array(maximum + 1);
  for (let value = 0; value <= maximum; value++) {
    const level = Math.round((value * 255) / maximum);
    levels[value] = invert ? 255 - level : level;
  }
  return { data: lookUpSamples(samples, width, height, bitsPerComponent, levels, 1), channels: 1 };
}

/**
 * Replaces each palette index (1, 2, 4 or 8 bits) by its colour from an /Indexed lookup table of
 * gray or RGB entries. Indices past the table's end take its last colour, as viewers do.
 */
export function indexedToEightBit(
  samples: Uint8Array,
  width: number,
  height: number,
  bitsPerComponent: number,
  palette: Uint8Array,
  channels: 1 | 3,
): EightBitPixels {
  const entries = Math.floor(palette.length / channels);
  const table = new Uint8Array((1 << bitsPerComponent) * channels);
  for (let index = 0; index < 1 << bitsPerComponent; index++) {
    const entry = Math.min(index, entries - 1);
    table.set(palette.subarray(entry * channels, (entry + 1) * channels), index * channels);
  }
  return { data: lookUpSamples(samples, width, height, bitsPerComponent, table, channels), channels };
}

function lookUpSamples(
  samples: Uint8Array,
  width: number,
  height: number,
  bitsPerComponent: number,
  table: Uint8Array,
  channels: number,
): Buffer {
  const output = Buffer.alloc(width * height * channels);
  const rowBytes = Math.ceil((width * bitsPerComponent) / 8);
  const mask = (1 << bitsPerComponent) - 1;
  let out = 0;
  for (let row = 0; row < height; row++) {
    const rowStart = row * rowBytes;
    for (let column = 0; column < width; column++) {
      const bit = column * bitsPerComponent;
      const byte = samples[rowStart + (bit >> 3)]!;
      const value = (byte >> (8 - bitsPerComponent - (bit & 7))) & mask;
      for (let channel = 0; channel < channels; channel++) output[out++] = table[value * channels + channel]!;
    }
  }
  return output;
}
