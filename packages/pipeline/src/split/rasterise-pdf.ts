import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One rendered page: an 8-bit grayscale PNG. */
export interface PdfPageImage {
  pageIndex: number;
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
}

export interface OpenedPdf {
  pageCount: number;
  /** Renders one page (0-based) at `dpi`; pages are independent, so callers can stream them. */
  renderPage(pageIndex: number, dpi: number): Promise<PdfPageImage>;
  close(): Promise<void>;
}

/** The file is not a PDF we can read; `message` is meant to be shown to the person who scanned it. */
export class PdfInputError extends Error {
  override name = 'PdfInputError';
}

const POINTS_PER_INCH = 72;
/**
 * 300 dpi letter is 8.4 M pixels; 64 M pixels (a 256 MB canvas) still allows 600 dpi tabloid but stops
 * a poster-sized page from taking the worker's memory.
 */
const MAX_CANVAS_PIXELS = 64_000_000;

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** pdf.js wants directory URLs with a trailing slash; in Node it reads them with fs, so plain paths work. */
const assetDir = (name: string): string => path.join(pdfjsDir, name) + path.sep;

type PdfJs = typeof PdfJsModule;
let pdfjsReady: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js once. In Node it runs its "worker" on the main thread; we load the worker module
 * ourselves and hand it over through `globalThis.pdfjsWorker`, so it does not depend on how the
 * importing runner (tsx, vitest) resolves pdf.js's own relative `import('./pdf.worker.mjs')`.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsReady ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const globals = globalThis as { pdfjsWorker?: unknown };
    if (!globals.pdfjsWorker) {
      const workerUrl = pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.worker.mjs')).href;
      globals.pdfjsWorker = (await import(workerUrl)) as unknown;
    }
    return pdfjs;
  })();
  return pdfjsReady;
}

/** Maps pdf.js's exceptions to messages a records clerk can act on; pdf.js's own wording is kept in brackets. */
function toInputError(error: unknown): Error {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  const detail = typeof message === 'string' ? message : String(error);
  switch (name) {
    case 'PasswordException':
      return new PdfInputError('PDF is password-protected: ask the sender for a copy without a password');
    case 'InvalidPDFException':
    case 'FormatError':
    case 'UnknownErrorException':
      return new PdfInputError(`PDF is damaged or truncated: its structure cannot be read (${detail})`);
    default:
      return error instanceof Error ? error : new Error(detail);
  }
}

/** pdf.js, like other readers, accepts the header anywhere in the first 1024 bytes. */
function checkLooksLikePdf(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new PdfInputError('PDF is damaged or truncated: the file is empty (0 bytes)');
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) {
    throw new PdfInputError(
      'File is not a PDF: it does not start with "%PDF-" (it may be another kind of file named .pdf)',
    );
  }
}

/**
 * Opens a PDF for page-by-page rendering. Throws `PdfInputError` for password-protected, damaged and
 * empty files. A PDF encrypted only to restrict printing or copying (empty user password) opens normally.
 * Everything is loaded from node_modules: no network, no system fonts.
 */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  checkLooksLikePdf(bytes);
  const pdfjs = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given; copy so the caller keeps theirs.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetDir('standard_fonts'),
    wasmUrl: assetDir('wasm'),
    iccUrl: assetDir('iccs'),
    isEvalSupported: false,
    // No DOM FontFace in Node: pdf.js draws glyph outlines itself from the bundled standard fonts.
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });

  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw toInputError(error);
  }

  if (doc.numPages < 1) {
    await doc.destroy();
    throw new PdfInputError('PDF has no pages');
  }

  return {
    pageCount: doc.numPages,
    renderPage: (pageIndex, dpi) => renderOnePage(doc, pageIndex, dpi),
    close: () => doc.destroy(),
  };
}

async function renderOnePage(doc: PDFDocumentProxy, pageIndex: number, dpi: number): Promise<PdfPageImage> {
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= doc.numPages) {
    throw new RangeError(`page ${pageIndex} is out of range (PDF has ${doc.numPages} pages)`);
  }
  if (!(dpi > 0 && dpi <= 1200)) throw new RangeError(`dpi must be in (0, 1200], got ${dpi}`);

  let page;
  try {
    page = await doc.getPage(pageIndex + 1);
  } catch (error) {
    throw toInputError(error);
  }
  try {
    const viewport = page.getViewport({ scale: dpi / POINTS_PER_INCH });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    if (width * height > MAX_CANVAS_PIXELS) {
      throw new PdfInputError(
        `PDF page ${pageIndex + 1} is too large to render at ${dpi} dpi (${width}×${height} pixels)`,
      );
    }
    const canvas = createCanvas(width, height);
    try {
      // pdf.js is typed for the DOM canvas; @napi-rs/canvas implements the part it uses.
      await page.render({ canvas, viewport }).promise;
    } catch (error) {
      throw toInputError(error);
    }
    if (hasUndecodableImage(page)) {
      throw new PdfInputError(
        `PDF is damaged or truncated: the image on page ${pageIndex + 1} cannot be decoded`,
      );
    }
    const rgba = canvas.data();
    const png = await sharp(rgba, { raw: { width, height, channels: 4 } })
      .removeAlpha()
      .toColourspace('b-w')
      .withDensity(dpi)
      .png()
      .toBuffer();
    return { pageIndex, png, width, height, dpi };
  } finally {
    // Drops the page's decoded images and fonts; the document keeps only what other pages share.
    page.cleanup();
  }
}

/**
 * pdf.js only warns when an image stream fails to decode and paints nothing, so a damaged scan would
 * come out as a blank page. It records such images as resolved with no data; look for them.
 */
function hasUndecodableImage(page: PDFPageProxy): boolean {
  for (const [objId, data] of page.objs) {
    if (typeof objId === 'string' && objId.includes('img_') && data == null) return true;
  }
  return false;
}
