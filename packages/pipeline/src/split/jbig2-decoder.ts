import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Jbig2Chunk {
  data: Uint8Array;
  start: number;
  end: number;
}

/** The part of pdf.js's image-decoder bundle used here; the bundle ships without type declarations. */
interface ImageDecoders {
  Jbig2Image: new () => { parseChunks(chunks: Jbig2Chunk[]): Uint8ClampedArray | undefined };
  setVerbosityLevel(level: number): void;
  VerbosityLevel: { ERRORS: number };
}

const require = createRequire(import.meta.url);
const bundlePath = path.join(
  path.dirname(require.resolve('pdfjs-dist/package.json')),
  'legacy/image_decoders/pdf.image_decoders.mjs',
);

let decodersReady: Promise<ImageDecoders> | undefined;

/** Loaded by file URL, like pdf.js's worker, so it does not depend on how the test runner resolves modules. */
function loadDecoders(): Promise<ImageDecoders> {
  decodersReady ??= (async () => {
    const decoders = (await import(pathToFileURL(bundlePath).href)) as ImageDecoders;
    decoders.setVerbosityLevel(decoders.VerbosityLevel.ERRORS);
    return decoders;
  })();
  return decodersReady;
}

/**
 * Decodes a JBIG2Decode stream as embedded in a PDF (segments without the file header) with pdf.js's
 * own decoder; the /JBIG2Globals segments, usually a shared symbol dictionary, are read first.
 * Returns the page bitmap: one bit per pixel, rows padded to whole bytes, 1 = black; or null when the
 * segments describe a page other than `width` × `height`, or regions larger than it (checked before
 * decoding, since the decoder allocates whatever size the segments claim).
 */
export async function decodeJbig2(
  data: Uint8Array,
  globals: Uint8Array | null,
  width: number,
  height: number,
): Promise<Uint8Array | null> {
  const chunks = globals ? [globals, data] : [data];
  if (!segmentsFitPage(chunks, width, height)) return null;
  const { Jbig2Image } = await loadDecoders();
  const bitmap = new Jbig2Image().parseChunks(
    chunks.map((chunk) => ({ data: chunk, start: 0, end: chunk.length })),
  );
  if (!bitmap) return null;
  return new Uint8Array(bitmap.buffer, bitmap.byteOffset, bitmap.length);
}

const PAGE_INFORMATION = 48;
const END_OF_FILE = 51;
/** Segment types that start with a region segment information field (JBIG2, 7.4.1). */
const REGIONS = new Set([6, 7, 22, 23, 36, 38, 39, 40, 42, 43]);
const HALFTONE_REGIONS = new Set([22, 23]);
const REGION_INFORMATION_LENGTH = 17;
const UNKNOWN_LENGTH = 0xffffffff;

/** Walks the segment headers (JBIG2, 7.2): exactly one page of the expected size, and no region larger than it. */
export function segmentsFitPage(chunks: Uint8Array[], width: number, height: number): boolean {
  const pixels = width * height;
  let pages = 0;
  for (const chunk of chunks) {
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let at = 0;
    while (at < chunk.length) {
      if (at + 11 > chunk.length) return false;
      const number = view.getUint32(at);
      const flags = view.getUint8(at + 4);
      const type = flags & 0x3f;
      let position = at + 5;
      let referred = view.getUint8(position) >> 5;
      if (referred === 7) {
        referred = view.getUint32(position) & 0x1fffffff;
        position += 4 + ((referred + 8) >> 3);
      } else if (referred > 4) {
        return false;
      } else {
        position += 1;
      }
      position += referred * (number <= 256 ? 1 : number <= 65536 ? 2 : 4);
      position += flags & 0x40 ? 4 : 1;
      if (position + 4 > chunk.length) return false;
      const length = view.getUint32(position);
      position += 4;
      // An immediate generic region of unknown length can only be found by scanning its data.
      if (length === UNKNOWN_LENGTH || position + length > chunk.length) return false;
      if (type === PAGE_INFORMATION) {
        if (length < 8 || view.getUint32(position) !== width || view.getUint32(position + 4) !== height) {
          return false;
        }
        pages++;
      } else if (REGIONS.has(type)) {
        if (length < REGION_INFORMATION_LENGTH) return false;
        if (view.getUint32(position) * view.getUint32(position + 4) > pixels) return false;
        const grid = position + REGION_INFORMATION_LENGTH + 1;
        if (HALFTONE_REGIONS.has(type)) {
          if (length < REGION_INFORMATION_LENGTH + 9) return false;
          if (view.getUint32(grid) * view.getUint32(grid + 4) > pixels) return false;
        }
      }
      at = position + length;
      if (type === END_OF_FILE) break;
    }
  }
  return pages === 1;
}
