export { syntheticPatients, type SyntheticPatient } from './patients.ts';
export {
  DEFAULT_MRN_SYSTEM,
  PATIENT_CSV_COLUMNS,
  patientsCsv,
  patientsFhirBundle,
  patientsNdjson,
  writeSamplePatients,
  type SamplePatientFiles,
} from './patient-files.ts';
export { formatUsDate, pagePdf, type PageSpec } from './page-pdf.ts';
export { progressNote, type ClinicalDocument } from './clinical-documents.ts';
export { renderPage, type RenderOptions, type RenderedPage } from './render-page.ts';
export { multiPageTiff, type TiffCompression, type TiffOptions } from './tiff.ts';
export { scannedPdf, type ScannedPdfOptions } from './scanned-pdf.ts';
export {
  writeSampleBatch,
  type SampleBatch,
  type SampleBatchFile,
  type SampleBatchOptions,
} from './sample-batch.ts';
export {
  writeIdentificationBatch,
  type IdentificationBatch,
  type IdentificationDocument,
  type IdentificationExpectation,
} from './identification-set.ts';
export {
  scoreIdentification,
  type IdentificationOutcome,
  type IdentificationScore,
} from './score-identification.ts';
export {
  barcodeSymbol,
  coverSheet,
  drawBarcodes,
  patientLabel1D,
  patientLabel2D,
  renderBarcode,
  separatorSheet,
  SEPARATOR_TEXT,
  type BarcodeKind,
  type PrintedBarcode,
} from './barcodes.ts';
export { faxDegrade, rotate90, skew } from './scan-degradation.ts';
export { characterErrors, normaliseWhitespace, type CharacterErrors } from './character-error-rate.ts';
export { printedText, writeOcrSet, type OcrSet, type OcrSetPage } from './ocr-set.ts';
export {
  bilevel,
  ccittXObject,
  flateXObject,
  grayImage,
  imagePagesPdf,
  jbig2XObject,
  jpegXObject,
  tiffStrip,
  type CcittOptions,
  type FlateOptions,
  type GrayImage,
  type ImagePageSpec,
  type ImageXObject,
  type PdfLiteral,
} from './pdf-encodings.ts';
export {
  blankPages,
  nearlyBlankPages,
  sparsePageSpec,
  textRichPageSpecs,
  type NamedPage,
} from './clean-up-pages.ts';
export { decompressionBombPng, rc4EncryptedPdf, tinyPng } from './bad-scans.ts';
export {
  trainingCsv,
  trainingDocuments,
  type TrainingDocument,
  type TrainingDocumentOptions,
} from './training-documents.ts';
export * from './shipped-model.ts';
