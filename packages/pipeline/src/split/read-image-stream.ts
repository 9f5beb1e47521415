import { PDFBool, PDFNumber, type PDFDict, type PDFObject, type PDFRawStream } from 'pdf-lib';
import type { ImageColourSpace, ImageStream } from './decode-pdf-image.ts';
import {
  arrayOf,
  booleanOf,
  bytesOf,
  dictOf,
  element,
  entry,
  nameOf,
  numberOf,
  numbersOf,
  streamOf,
} from './pdf-values.ts';

/** Short filter names are meant for inline images, but some writers use them on XObjects too. */
const FILTER_NAMES: Record<string, string> = {
  Fl: 'FlateDecode',
  DCT: 'DCTDecode',
  CCF: 'CCITTFaxDecode',
};

/**
 * Reads an image XObject for extraction. Returns null when the image is not an opaque picture:
 * stencil masks, images with a soft mask, colour-key or stencil /Mask, or optional content; and when
 * its stream needs more than one filter or its size is not a pair of positive integers.
 */
export function readImageStream(stream: PDFRawStream, resources: PDFDict | undefined): ImageStream | null {
  const { dict } = stream;
  if (booleanOf(entry(dict, 'ImageMask')) === true) return null;
  if (entry(dict, 'SMask') !== undefined || entry(dict, 'Mask') !== undefined) return null;
  if (entry(dict, 'OC') !== undefined) return null;
  const width = numberOf(entry(dict, 'Width'));
  const height = numberOf(entry(dict, 'Height'));
  if (!isPositiveInteger(width) || !isPositiveInteger(height)) return null;

  const filters = oneOrMany(entry(dict, 'Filter'));
  if (!filters || filters.length > 1) return null;
  const [filterEntry] = filters;
  const filterName = filterEntry === undefined ? null : nameOf(filterEntry);
  if (filterName === undefined) return null;
  const parameterDicts = oneOrMany(entry(dict, 'DecodeParms'));
  const parameters = dictOf(parameterDicts?.[0]);

  const colourSpaceEntry = entry(dict, 'ColorSpace');
  const decodeEntry = entry(dict, 'Decode');
  const decode = decodeEntry === undefined ? null : numbersOf(decodeEntry);
  if (decode === undefined) return null;
  return {
    filter: filterName === null ? null : (FILTER_NAMES[filterName] ?? filterName),
    data: stream.contents,
    width,
    height,
    bitsPerComponent: numberOf(entry(dict, 'BitsPerComponent')) ?? null,
    colourSpace: colourSpaceEntry === undefined ? null : readColourSpace(colourSpaceEntry, resources, 0),
    decode,
    parameters: parameters ? scalarEntries(parameters) : new Map(),
    jbig2Globals: (parameters && bytesOf(streamOf(entry(parameters, 'JBIG2Globals')))) ?? null,
  };
}

/** A colour space given by name, by resource name or as an array (PDF 32000-1, 8.6). */
function readColourSpace(value: PDFObject, resources: PDFDict | undefined, depth: number): ImageColourSpace {
  const unsupported = { kind: 'unsupported' } as const;
  if (depth > 2) return unsupported;
  const name = nameOf(value);
  if (name !== undefined) {
    switch (name) {
      case 'DeviceGray':
      case 'G':
        return { kind: 'gray' };
      case 'DeviceRGB':
      case 'RGB':
        return { kind: 'rgb' };
      case 'DeviceCMYK':
      case 'CMYK':
        return { kind: 'cmyk' };
      default: {
        const named = resources && dictOf(entry(resources, 'ColorSpace'));
        const resolved = named && entry(named, name);
        return resolved ? readColourSpace(resolved, resources, depth + 1) : unsupported;
      }
    }
  }
  const array = arrayOf(value);
  const family = array && nameOf(element(array, 0));
  if (!array || family === undefined) return unsupported;
  switch (family) {
    case 'DeviceGray':
    case 'DeviceRGB':
    case 'DeviceCMYK':
      return array.size() === 1 ? readColourSpace(array.get(0), resources, depth + 1) : unsupported;
    case 'ICCBased': {
      // The profile is not applied: scans carry sRGB or gray profiles, near enough for grayscale output.
      const profile = streamOf(element(array, 1));
      const components = profile && numberOf(entry(profile.dict, 'N'));
      if (components === 1) return { kind: 'gray' };
      if (components === 3) return { kind: 'rgb' };
      if (components === 4) return { kind: 'cmyk' };
      return unsupported;
    }
    case 'Indexed':
    case 'I': {
      const baseEntry = element(array, 1);
      const base = baseEntry && readColourSpace(baseEntry, resources, depth + 1);
      const highest = numberOf(element(array, 2));
      const lookup = bytesOf(element(array, 3));
      if (!base || (base.kind !== 'gray' && base.kind !== 'rgb')) return unsupported;
      if (highest === undefined || !Number.isInteger(highest) || highest < 0 || highest > 255) {
        return unsupported;
      }
      const size = (highest + 1) * (base.kind === 'rgb' ? 3 : 1);
      if (!lookup || lookup.length < size) return unsupported;
      return { kind: 'indexed', base: base.kind, palette: lookup.subarray(0, size) };
    }
    default:
      return unsupported;
  }
}

function oneOrMany(value: PDFObject | undefined): PDFObject[] | null {
  if (value === undefined) return [];
  const array = arrayOf(value);
  if (!array) return [value];
  const items: PDFObject[] = [];
  for (let index = 0; index < array.size(); index++) {
    const item = element(array, index);
    if (item === undefined) return null;
    items.push(item);
  }
  return items;
}

function scalarEntries(dict: PDFDict): Map<string, number | boolean> {
  const scalars = new Map<string, number | boolean>();
  for (const [key] of dict.entries()) {
    const value = dict.lookup(key);
    if (value instanceof PDFNumber) scalars.set(key.decodeText(), value.asNumber());
    else if (value instanceof PDFBool) scalars.set(key.decodeText(), value.asBoolean());
  }
  return scalars;
}

function isPositiveInteger(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value > 0;
}
