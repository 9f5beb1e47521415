import type { PDFContext, PDFRef } from 'pdf-lib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GRAY = 0;

/**
 * Adds a gray PNG to the PDF as an image XObject without decoding it: PNG's IDAT data is a zlib
 * stream of filtered rows, which PDF reads as FlateDecode with the PNG predictor. pdf-lib's own
 * `embedPng` expands a 1-bit page to 24-bit RGB and deflates that in JavaScript: twice the size, and
 * over a second for a 300 dpi page.
 */
export function pngImageXObject(context: PDFContext, png: Buffer): PDFRef {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG image');
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  for (let offset = 8; offset + 8 <= png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length; // length, type, body, CRC
  }
  if (!header || data.length === 0) throw new Error('PNG image has no header or no image data');

  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth = 0, colourType, , , interlace] = header.subarray(8, 13);
  if (colourType !== GRAY || bitDepth > 8 || interlace !== 0) {
    throw new Error(
      `PNG image must be gray, at most 8 bits, not interlaced ` +
        `(colour type ${colourType}, ${bitDepth} bits, interlace ${interlace})`,
    );
  }
  return context.register(
    context.stream(Buffer.concat(data), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: bitDepth,
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 15, Colors: 1, BitsPerComponent: bitDepth, Columns: width },
    }),
  );
}
