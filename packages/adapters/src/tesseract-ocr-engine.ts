import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { OcrEngine, OcrWord, PageText } from '@chartroom/domain';
import Tesseract from 'tesseract.js';

const require = createRequire(import.meta.url);

/** Language data ships in npm packages (@tesseract.js-data/<lang>): nothing is downloaded. */
export function languageDataPath(language: string): string {
  const packageJson = require.resolve(`@tesseract.js-data/${language}/package.json`);
  // The "best_int" LSTM model: as accurate as "best", faster on CPU.
  return path.join(path.dirname(packageJson), '4.0.0_best_int');
}

const tesseractVersion = (require('tesseract.js/package.json') as { version: string }).version;

/**
 * A pool of long-lived tesseract.js workers, created once and reused for every page: creating
 * a worker costs a model load (~1 s), recognising a page costs ~2–3 s per core.
 */
export class TesseractOcrEngine implements OcrEngine {
  private constructor(
    private readonly scheduler: Tesseract.Scheduler,
    readonly languages: string[],
    readonly size: number,
  ) {}

  static async start(options: { languages: string[]; workers?: number }): Promise<TesseractOcrEngine> {
    const size = options.workers && options.workers > 0 ? options.workers : availableParallelism();
    const langPaths = [...new Set(options.languages.map(languageDataPath))];
    if (langPaths.length > 1) {
      throw new Error(
        'OCR languages must come from one data directory; install matching @tesseract.js-data packages',
      );
    }
    const scheduler = Tesseract.createScheduler();
    try {
      const workers = await Promise.all(
        Array.from({ length: size }, () =>
          Tesseract.createWorker(options.languages, Tesseract.OEM.LSTM_ONLY, {
            langPath: langPaths[0],
            gzip: true,
            // Without this, tesseract.js caches the model in the working directory and then
            // ignores langPath on later starts.
            cacheMethod: 'none',
          }),
        ),
      );
      for (const worker of workers) {
        // Tesseract's library default is one uniform block of text (PSM 6), which reads straight
        // across columns and labels; the tesseract command line, and Chartroom, segment the page
        // automatically (PSM 3), as a chart page with columns, tables and stickers needs.
        await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO });
        scheduler.addWorker(worker);
      }
    } catch (error) {
      await scheduler.terminate();
      throw error;
    }
    return new TesseractOcrEngine(scheduler, options.languages, size);
  }

  async recognize(image: Buffer): Promise<PageText> {
    const { data } = await this.scheduler.addJob('recognize', image, {}, { text: true, blocks: true });
    const words: OcrWord[] = [];
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          for (const word of line.words) {
            words.push({
              text: word.text,
              confidence: Math.round(word.confidence * 10) / 10,
              bbox: { x0: word.bbox.x0, y0: word.bbox.y0, x1: word.bbox.x1, y1: word.bbox.y1 },
            });
          }
        }
      }
    }
    const meanConfidence =
      words.length === 0
        ? 0
        : Math.round((words.reduce((sum, w) => sum + w.confidence, 0) / words.length) * 10) / 10;
    return {
      text: data.text,
      meanConfidence,
      words,
      engine: { name: 'tesseract.js', version: tesseractVersion, languages: this.languages },
    };
  }

  async stop(): Promise<void> {
    await this.scheduler.terminate();
  }
}
