import type { BoundingBox } from './ocr.ts';

/** A barcode as the reader decoded it from a page image. */
export interface PageBarcode {
  /** ZXing's format name, e.g. "Code128", "Code39", "QRCode", "DataMatrix", "PDF417". */
  format: string;
  text: string;
  /** Where it sits on the page, in image pixels; null if the reader did not say. */
  box: BoundingBox | null;
}

/** Which payload rule a barcode matched (configuration decides; see interpretBarcode). */
export type BarcodeMeaning = 'patient-label' | 'cover-sheet' | 'separator' | 'other';

/** A barcode with what it means for filing. Identifiers use the matcher's normal forms. */
export interface InterpretedBarcode extends PageBarcode {
  meaning: BarcodeMeaning;
  identifiers: {
    mrn?: string;
    /** FAMILY^GIVEN, upper-case, without diacritics. */
    name?: string;
    /** YYYY-MM-DD */
    birthDate?: string;
    encounter?: string;
    /** LOINC document code, e.g. 18842-5 (from a DOC: field). */
    loinc?: string;
  };
}

/** Reads every barcode on a page image. */
export interface BarcodeReader {
  read(image: Buffer): Promise<PageBarcode[]>;
}
