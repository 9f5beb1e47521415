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

/** What the page stage did to a page image before reading it (each step can be switched off). */
export interface PagePreparation {
  /** Clockwise turn applied to make the page upright. */
  rotationDeg: 0 | 90 | 180 | 270;
  /** The skew found and corrected, in degrees (positive: the page was turned clockwise). */
  skewDeg: number;
  /** A blank page (duplex back side, bleed-through, speckle) is kept but not read or filed. */
  blank: boolean;
  /** The image OCR read, which word boxes refer to. */
  width: number;
  height: number;
  dpi: number;
}

export interface PageText {
  text: string;
  /** Mean word confidence, 0–100; 0 when the page has no words. */
  meanConfidence: number;
  words: OcrWord[];
  engine: { name: string; version: string; languages: string[] };
  /** Absent on pages read before the page stage prepared them. */
  preparation?: PagePreparation;
}
