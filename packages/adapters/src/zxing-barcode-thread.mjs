// The barcode reader's thread: zxing-wasm decoding is synchronous and takes ~0.25 s on a 300-dpi
// page, so it runs here instead of blocking the worker's event loop (BullMQ locks, OCR dispatch).
// Plain JavaScript, so it starts the same under tsx, vitest and node.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

// Without the bytes, the module would fetch its wasm from a CDN.
const wasm = await readFile(workerData.wasmPath);
await prepareZXingModule({
  overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
  fireImmediately: true,
});

parentPort.on('message', async ({ id, data, width, height }) => {
  try {
    const results = await readBarcodes(
      { data: new Uint8ClampedArray(data), width, height },
      workerData.options,
    );
    parentPort.postMessage({
      id,
      results: results
        .filter((result) => result.isValid)
        .map(({ format, symbology, text, position }) => ({ format, symbology, text, position })),
    });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
