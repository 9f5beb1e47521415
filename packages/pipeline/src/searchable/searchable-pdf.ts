import type { PageText } from '@chartroom/domain';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
  type PDFOperator,
  type PDFRef,
} from 'pdf-lib';
import { encodePageImage } from './page-image.ts';
import { pngImageXObject } from './png-image-xobject.ts';
import { textLayerOperators } from './text-layer.ts';

/** One page of a searchable PDF: the image the OCR engine read and what it read. */
export interface SearchablePage {
  /** 8-bit grayscale PNG; the word boxes are in its pixels, origin top left. */
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
  /** Null for a page that was not read (e.g. blank): it gets the image only. */
  text: PageText | null;
}

export interface SearchablePdfOptions {
  /** Shown by viewers in the window title instead of the file name. */
  title?: string;
  /** JPEG quality (1–100) of pages with gray in them; default 75, a usual scanner setting. */
  jpegQuality?: number;
  /** Embed black-and-white pages as lossless 1-bit images (default); false embeds every page as JPEG. */
  bilevelAsPng?: boolean;
  /** Creation and modification date; set it to get the same bytes for the same pages. Default: now. */
  creationDate?: Date;
}

const POINTS_PER_INCH = 72;
const PRODUCER = 'Chartroom';

/**
 * Builds a searchable PDF: each page is the scanned image, full page, at its scan resolution, with
 * the OCR words laid over it as invisible text, so a PDF viewer can search, select and copy them.
 */
export async function searchablePdf(
  pages: readonly SearchablePage[],
  options: SearchablePdfOptions = {},
): Promise<Uint8Array> {
  if (pages.length === 0) throw new RangeError('a PDF needs at least one page');
  const jpegQuality = options.jpegQuality ?? 75;
  if (!(Number.isInteger(jpegQuality) && jpegQuality >= 1 && jpegQuality <= 100)) {
    throw new RangeError(`jpegQuality must be an integer from 1 to 100, got ${jpegQuality}`);
  }

  // Without updateMetadata pdf-lib names itself as producer and creator; the dates are set below.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  if (options.title) doc.setTitle(options.title, { showInWindowTitleBar: true });
  const date = options.creationDate ?? new Date();
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const font = await doc.embedFont(StandardFonts.Helvetica);

  for (const [index, page] of pages.entries()) {
    if (!(page.dpi > 0)) throw new RangeError(`page ${index + 1}: dpi must be positive, got ${page.dpi}`);
    const image = await encodePageImage(page.png, {
      jpegQuality,
      bilevelAsPng: options.bilevelAsPng ?? true,
    });
    if (image.width !== page.width || image.height !== page.height) {
      throw new RangeError(
        `page ${index + 1}: the image is ${image.width}×${image.height} pixels, ` +
          `but the page says ${page.width}×${page.height}`,
      );
    }
    const pointsPerPixel = POINTS_PER_INCH / page.dpi;
    const width = page.width * pointsPerPixel;
    const height = page.height * pointsPerPixel;
    const pdfPage = doc.addPage([width, height]);

    const imageRef: PDFRef =
      image.format === 'jpeg'
        ? (await doc.embedJpg(image.bytes)).ref
        : pngImageXObject(doc.context, image.bytes);
    const operators: PDFOperator[] = [
      pushGraphicsState(),
      concatTransformationMatrix(width, 0, 0, height, 0, 0),
      drawObject(pdfPage.node.newXObject('Image', imageRef)),
      popGraphicsState(),
    ];
    if (page.text && page.text.words.length > 0) {
      const fontName = pdfPage.node.newFontDictionary(font.name, font.ref);
      operators.push(
        ...textLayerOperators(page.text.words, font, fontName, { pointsPerPixel, pageHeight: height }),
      );
    }
    // pdf-lib leaves content streams it writes uncompressed; a text layer deflates to a tenth.
    const content = doc.context.flateStream(operators.join('\n'));
    pdfPage.node.addContentStream(doc.context.register(content));
  }
  return doc.save();
}
