import {
  ParseSpeeds,
  PDFDocument,
  PDFRawStream,
  type PDFDict,
  type PDFObject,
  type PDFPageLeaf,
} from 'pdf-lib';
import { decodeImageStream } from './decode-pdf-image.ts';
import { findSoleImage } from './find-sole-image.ts';
import { coversPage, placeImage, type PageFrame, type QuarterTurn } from './image-placement.ts';
import {
  arrayOf,
  decodedStream,
  dictOf,
  element,
  entry,
  nameOf,
  numberOf,
  numbersOf,
  streamOf,
} from './pdf-values.ts';
import { readImageStream } from './read-image-stream.ts';

/** A page's embedded scan, as the page shows it: an 8-bit grayscale PNG. */
export interface EmbeddedPageImage {
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
}

export interface PdfImageExtractor {
  pageCount: number;
  /**
   * The page's image when the page is a single opaque image covering it and nothing else visible,
   * decoded without rendering; null when the page has to be rendered instead. Never throws: damaged
   * image data also gives null, so the renderer decides whether the file is readable.
   */
  extractPage(pageIndex: number): Promise<EmbeddedPageImage | null>;
}

export interface ExtractionLimits {
  /** Larger images are left to the renderer, which scales them to its resolution. */
  maxImagePixels: number;
}

const POINTS_PER_INCH = 72;
/** Pixels that are this much taller than wide (fax "standard" mode is 204×98 dpi) are made square. */
const SQUARE_PIXEL_TOLERANCE = 0.01;

/**
 * Parses a PDF for image extraction. Returns null when the file is encrypted or cannot be parsed
 * here; pdf.js, which renders, is more forgiving and decides whether the file is readable at all.
 */
export async function openPdfImageExtractor(
  bytes: Uint8Array,
  limits: ExtractionLimits,
): Promise<PdfImageExtractor | null> {
  let pages: PDFPageLeaf[];
  try {
    const doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fast,
    });
    // Encrypted streams would need decrypting; pdf.js does that when it renders.
    if (doc.isEncrypted) return null;
    pages = doc.getPages().map((page) => page.node);
  } catch {
    return null;
  }
  return {
    pageCount: pages.length,
    async extractPage(pageIndex) {
      const page = pages[pageIndex];
      if (!page) return null;
      try {
        return await extractFromPage(page, limits);
      } catch {
        return null;
      }
    },
  };
}

async function extractFromPage(
  page: PDFPageLeaf,
  limits: ExtractionLimits,
): Promise<EmbeddedPageImage | null> {
  const frame = pageFrame(page);
  if (!frame || hasVisibleAnnotations(page)) return null;
  const content = contentOf(page);
  if (!content) return null;
  const resources = page.Resources();
  const xObjects = resources && dictOf(entry(resources, 'XObject'));
  const imageNamed = (name: string) => {
    const stream = xObjects && streamOf(entry(xObjects, name));
    return stream && nameOf(entry(stream.dict, 'Subtype')) === 'Image' ? stream : undefined;
  };
  const sole = findSoleImage(content, {
    xObjectKind: (name) => (imageNamed(name) ? 'image' : 'other'),
    isPlainGraphicsState: (name) => isPlainGraphicsState(resources, name),
    clipKeepsPage: (corners) => coversPage(frame, corners),
  });
  const stream = sole && imageNamed(sole.name);
  if (!sole || !stream) return null;
  const placement = placeImage(frame, sole.matrix);
  const image = readImageStream(stream, resources);
  if (!placement || !image || image.width * image.height > limits.maxImagePixels) return null;
  let pipeline = await decodeImageStream(image, limits.maxImagePixels);
  if (!pipeline) return null;

  const { flip, rotate } = placement.orientation;
  if (flip) pipeline = pipeline.flip();
  if (rotate !== 0) pipeline = pipeline.rotate(rotate);
  const sideways = rotate === 90 || rotate === 270;
  const shownWidth = sideways ? image.height : image.width;
  const shownHeight = sideways ? image.width : image.height;
  const dpiAcross = shownWidth / (placement.pageWidth / POINTS_PER_INCH);
  const dpiDown = shownHeight / (placement.pageHeight / POINTS_PER_INCH);
  const dpi = Math.round(Math.max(dpiAcross, dpiDown));
  if (Math.abs(dpiAcross - dpiDown) > SQUARE_PIXEL_TOLERANCE * dpi) {
    // Square the pixels at the finer resolution, as the renderer would.
    const width = Math.round((placement.pageWidth / POINTS_PER_INCH) * dpi);
    const height = Math.round((placement.pageHeight / POINTS_PER_INCH) * dpi);
    if (width * height > limits.maxImagePixels) return null;
    pipeline = pipeline.resize(width, height, { fit: 'fill' });
  }
  const { data, info } = await pipeline
    .toColourspace('b-w')
    .withDensity(dpi)
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height, dpi };
}

/** The page's visible box and turn, read as pdf.js reads them. */
function pageFrame(page: PDFPageLeaf): PageFrame | null {
  const userUnit = numberOf(entry(page, 'UserUnit'));
  if (userUnit !== undefined && userUnit !== 1) return null;
  const media = box(page.MediaBox());
  if (!media) return null;
  const crop = box(page.CropBox()) ?? media;
  const view: [number, number, number, number] = [
    Math.max(media[0], crop[0]),
    Math.max(media[1], crop[1]),
    Math.min(media[2], crop[2]),
    Math.min(media[3], crop[3]),
  ];
  const visible = view[2] > view[0] && view[3] > view[1] ? view : media;
  let rotate = numberOf(page.Rotate()) ?? 0;
  rotate = rotate % 90 === 0 ? ((rotate % 360) + 360) % 360 : 0;
  return { view: visible, rotate: rotate as QuarterTurn };
}

function box(value: PDFObject | undefined): readonly [number, number, number, number] | null {
  const corners = numbersOf(value);
  if (!corners || corners.length !== 4) return null;
  const [x0, y0, x1, y1] = corners as [number, number, number, number];
  const normalised = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)] as const;
  return normalised[2] > normalised[0] && normalised[3] > normalised[1] ? normalised : null;
}

/** The page's content streams, decoded and joined; null when there are none or one cannot be decoded. */
function contentOf(page: PDFPageLeaf): Uint8Array | null {
  const contents = page.Contents();
  const streams: PDFRawStream[] = [];
  if (contents instanceof PDFRawStream) {
    streams.push(contents);
  } else {
    const array = arrayOf(contents);
    for (let index = 0; array && index < array.size(); index++) {
      const stream = streamOf(element(array, index));
      if (!stream) return null;
      streams.push(stream);
    }
  }
  if (streams.length === 0) return null;
  // Streams are joined with a line break between them: an operator may not span two of them.
  const parts = streams.flatMap((stream) => [decodedStream(stream), NEWLINE]);
  return Buffer.concat(parts);
}

const NEWLINE = new Uint8Array([0x0a]);

/**
 * Annotations with an appearance are drawn over the page by the renderer. Links without one and
 * pop-ups are not, nor are hidden annotations.
 */
function hasVisibleAnnotations(page: PDFPageLeaf): boolean {
  const annotations = arrayOf(entry(page, 'Annots'));
  for (let index = 0; annotations && index < annotations.size(); index++) {
    const annotation = dictOf(element(annotations, index));
    if (!annotation) continue;
    const subtype = nameOf(entry(annotation, 'Subtype'));
    const hidden = ((numberOf(entry(annotation, 'F')) ?? 0) & 2) !== 0;
    const drawn = entry(annotation, 'AP') !== undefined;
    if (hidden || subtype === 'Popup' || (subtype === 'Link' && !drawn)) continue;
    return true;
  }
  return false;
}

/** An ExtGState that cannot change how an opaque image looks (PDF 32000-1, 8.4.5). */
function isPlainGraphicsState(resources: PDFDict | undefined, name: string): boolean {
  const states = resources && dictOf(entry(resources, 'ExtGState'));
  const state = states && dictOf(entry(states, name));
  if (!state) return false;
  const softMask = entry(state, 'SMask');
  if (softMask !== undefined && nameOf(softMask) !== 'None') return false;
  for (const alpha of ['CA', 'ca']) {
    const value = entry(state, alpha);
    if (value !== undefined && numberOf(value) !== 1) return false;
  }
  const blend = entry(state, 'BM');
  const blendArray = arrayOf(blend);
  const blendMode = nameOf(blend) ?? (blendArray && nameOf(element(blendArray, 0)));
  if (blend !== undefined && blendMode !== 'Normal' && blendMode !== 'Compatible') return false;
  for (const transfer of ['TR', 'TR2']) {
    const value = entry(state, transfer);
    if (value !== undefined && nameOf(value) !== 'Identity' && nameOf(value) !== 'Default') return false;
  }
  return true;
}
