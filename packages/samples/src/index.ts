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
export { formatUsDate, type PageSpec } from './page-pdf.ts';
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
