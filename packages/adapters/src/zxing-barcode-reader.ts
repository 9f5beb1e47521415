import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BarcodeReader, PageBarcode } from '@chartroom/domain';
import sharp from 'sharp';
import {
  prepareZXingModule,
  readBarcodes,
  type ReaderOptions,
  type ReadResult,
  ZXING_WASM_VERSION,
} from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);

/**
 * What Chartroom reads on a page: patient labels (Code 128, Code 39), cover-sheet and label 2D codes
 * (QR, Data Matrix, PDF417), separator sheets (Code 39). EAN/UPC and ITF are cheap to include and show
 * up on pharmacy and specimen labels; they are recorded and ignored.
 */
export const PAGE_BARCODE_FORMATS: NonNullable<ReaderOptions['formats']> = [
  'Code128',
  'Code39',
  'QRCode',
  'DataMatrix',
  'PDF417',
  'EAN13',
  'EAN8',
  'UPCA',
  'UPCE',
  'ITF',
];

/**
 * Defaults chosen on full 300-dpi pages (see README "Measurements"): tryHarder and tryRotate find 1D
 * codes on skewed and sideways pages; tryDownscale reads 2D codes printed large on 300-dpi scans; an
 * inverted (white-on-black) label is not something a chart carries, so tryInvert stays off.
 */
export const DEFAULT_READER_OPTIONS: ReaderOptions = {
  formats: PAGE_BARCODE_FORMATS,
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 32,
};

/** ZXing-C++ compiled to WebAssembly, loaded from node_modules: nothing is fetched at run time. */
export class ZxingBarcodeReader implements BarcodeReader {
  readonly version = ZXING_WASM_VERSION;

  private constructor(private readonly options: ReaderOptions) {}

  static async start(options: Partial<ReaderOptions> = {}): Promise<ZxingBarcodeReader> {
    // Without the bytes, the module would fetch its wasm from a CDN.
    const wasm = await readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    await prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
      fireImmediately: true,
    });
    return new ZxingBarcodeReader({ ...DEFAULT_READER_OPTIONS, ...options });
  }

  async read(image: Buffer): Promise<PageBarcode[]> {
    // RGBA pixels are the input zxing-wasm takes fastest (no image decoding inside the wasm).
    const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixels = {
      data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
    const results = await readBarcodes(pixels, this.options);
    return results.filter((result) => result.isValid).map(toPageBarcode);
  }
}

function toPageBarcode(result: ReadResult): PageBarcode {
  const { topLeft, topRight, bottomLeft, bottomRight } = result.position;
  const xs = [topLeft.x, topRight.x, bottomLeft.x, bottomRight.x];
  const ys = [topLeft.y, topRight.y, bottomLeft.y, bottomRight.y];
  return {
    format: result.symbology === 'Code39' ? 'Code39' : result.format,
    text: result.text,
    box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
  };
}
