import { openPdf } from '../../pipeline/src/split/rasterise-pdf.ts';
import { pagePdf, type PageSpec } from './page-pdf.ts';
import { seedFromString } from './prng.ts';
import { addScannerNoise } from './scanner-noise.ts';

export interface RenderOptions {
  /** Default 300, the usual resolution of a scanning station. */
  dpi?: number;
  /** Add scanner speckle, grain and a slightly gray background. */
  noise?: boolean;
  /** Seeds the noise; by default derived from the page's text, so a page always looks the same. */
  seed?: number;
}

export interface RenderedPage {
  /** 8-bit grayscale PNG. */
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
}

/**
 * Prints a page with pdf-lib and rasterises it with the pipeline's own PDF renderer, giving the
 * grayscale image a scanner would have produced from the paper page.
 */
export async function renderPage(spec: PageSpec, options: RenderOptions = {}): Promise<RenderedPage> {
  const dpi = options.dpi ?? 300;
  const { pdf } = await pagePdf(spec);
  const opened = await openPdf(pdf);
  try {
    const page = await opened.renderPage(0, dpi);
    if (!options.noise) return { png: page.png, width: page.width, height: page.height, dpi };
    const seed = options.seed ?? seedFromString([spec.title, spec.patient?.mrn, ...spec.lines].join('\n'));
    const png = await addScannerNoise(page.png, { dpi, seed });
    return { png, width: page.width, height: page.height, dpi };
  } finally {
    await opened.close();
  }
}
