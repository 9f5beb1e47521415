export interface BoundingBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** 0–100, as the OCR engine reports it. */
  confidence: number;
  bbox: BoundingBox;
}

export interface PageText {
  text: string;
  /** Mean word confidence, 0–100; 0 when the page has no words. */
  meanConfidence: number;
  words: OcrWord[];
  engine: { name: string; version: string; languages: string[] };
}
