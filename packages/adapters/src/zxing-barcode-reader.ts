import { createRequire } from 'node:module';
import type { BarcodeReader, PageBarcode } from '@chartroom/domain';
import sharp from 'sharp';
import { Worker } from 'node:worker_threads';
import { type ReaderOptions, type ReadResult, ZXING_WASM_VERSION } from 'zxing-wasm/reader';

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
 * inverted (white-on-black) label is not something a chart carries, so tryInvert stays off. Text is
 * the payload as encoded ("Plain"), not zxing's human-readable rendering, which would rewrite GS1
 * codes as "(01)…" and control characters as "<GS>".
 */
export const DEFAULT_READER_OPTIONS: ReaderOptions = {
  formats: PAGE_BARCODE_FORMATS,
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 32,
  textMode: 'Plain',
};

interface ThreadResult {
  format: ReadResult['format'];
  symbology: ReadResult['symbology'];
  text: string;
  position: ReadResult['position'];
}
type ThreadMessage =
  { ready: true } | { id: number; results: ThreadResult[] } | { id: number; error: string };

/**
 * ZXing-C++ compiled to WebAssembly, loaded from node_modules (nothing is fetched at run time), in a
 * thread of its own: decoding a page is synchronous and would otherwise stall the worker's event
 * loop. Pages are read one at a time in the thread; if the thread dies, pending reads fail (the job
 * retries) and the next read starts a new one.
 */
export class ZxingBarcodeReader implements BarcodeReader {
  readonly version = ZXING_WASM_VERSION;
  private thread: Promise<Worker> | null = null;
  private readonly pending = new Map<
    number,
    { resolve: (results: ThreadResult[]) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;

  private constructor(private readonly options: ReaderOptions) {}

  static async start(options: Partial<ReaderOptions> = {}): Promise<ZxingBarcodeReader> {
    const reader = new ZxingBarcodeReader({ ...DEFAULT_READER_OPTIONS, ...options });
    await reader.ensureThread();
    return reader;
  }

  async read(image: Buffer): Promise<PageBarcode[]> {
    // RGBA pixels are the input zxing-wasm takes fastest (no image decoding inside the wasm).
    const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixels = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    const thread = await this.ensureThread();
    const id = this.nextId++;
    const results = await new Promise<ThreadResult[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      thread.postMessage({ id, data: pixels, width: info.width, height: info.height }, [pixels]);
    });
    return results.map(toPageBarcode);
  }

  /** Ends the thread; reads still waiting fail. */
  async stop(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) await (await thread).terminate();
  }

  private ensureThread(): Promise<Worker> {
    if (this.thread) return this.thread;
    const started = new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(new URL('./zxing-barcode-thread.mjs', import.meta.url), {
        workerData: {
          wasmPath: require.resolve('zxing-wasm/reader/zxing_reader.wasm'),
          options: this.options,
        },
      });
      worker.on('message', (message: ThreadMessage) => {
        if ('ready' in message) return resolve(worker);
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if ('error' in message) waiting?.reject(new Error(`barcode reader: ${message.error}`));
        else waiting?.resolve(message.results);
      });
      const fail = (error: Error) => {
        reject(error);
        if (this.thread === started) this.thread = null;
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the barcode reader thread exited (code ${code})`)));
    });
    this.thread = started;
    return started;
  }
}

function toPageBarcode(result: ThreadResult): PageBarcode {
  const { topLeft, topRight, bottomLeft, bottomRight } = result.position;
  const xs = [topLeft.x, topRight.x, bottomLeft.x, bottomRight.x];
  const ys = [topLeft.y, topRight.y, bottomLeft.y, bottomRight.y];
  return {
    format: result.symbology === 'Code39' ? 'Code39' : result.format,
    text: result.text,
    box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
  };
}
