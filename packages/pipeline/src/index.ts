export * from './ports.ts';
export * from './split/sniff-media-type.ts';
export * from './split/split-pages.stage.ts';
export * from './split/rasterise-pdf.ts';
export * from './intake/find-ready-batches.stage.ts';
export * from './intake/manifest.ts';
export * from './intake/s3-event.ts';
export * from './intake/intake-batch.stage.ts';
export * from './barcodes/interpret-barcode.ts';
export { cleanPage, DEFAULT_CLEAN_OPTIONS, type CleanedPage, type CleanOptions } from './clean/clean-page.ts';
export {
  detectOrientation,
  MIN_ORIENTATION_CONFIDENCE,
  type Orientation,
  type QuarterTurn,
} from './clean/detect-orientation.ts';
export {
  deskew,
  estimateSkew,
  MAX_SKEW_DEG,
  MIN_SKEW_CORRECTION_DEG,
  type SkewEstimate,
} from './clean/estimate-skew.ts';
export { detectBlankPage, MAX_BLANK_INK_RATIO, type BlankPageVerdict } from './clean/detect-blank-page.ts';
export {
  DEFAULT_OCR_DPI,
  normaliseResolution,
  resampledSize,
  type ResampledPage,
  type ResolutionScale,
} from './clean/normalise-resolution.ts';
export * from './ocr/read-page.stage.ts';
export * from './ocr/read-page-image.ts';
export * from './ocr/page-confidence.ts';
export * from './identify/extract-identifiers.stage.ts';
export * from './identify/match-patient.stage.ts';
export * from './identify/compare-fields.ts';
export * from './identify/match-weights.ts';
export * from './identify/names.ts';
export * from './segment/segment-documents.stage.ts';
export * from './segment/page-evidence.ts';
export * from './segment/plan-documents.stage.ts';
export * from './index/build-index-document.ts';
export * from './file/file-document.stage.ts';
export * from './summary/summarise-batch.stage.ts';
export * from './summary/complete-batch.stage.ts';
export * from './patients/parse-patient-import.ts';
export { parseCsv } from './patients/csv.ts';
export * from './searchable/searchable-pdf.ts';
export * from './file/review-reasons.ts';
export * from './classify/classify-document.stage.ts';
export * from './classify/confirm-document-type.stage.ts';
export * from './classify/model-store.ts';
export * from './classify/train-classifier.ts';
export * from './classify/classifier-features.ts';
export * from './classify/labelled-csv.ts';
export * from './classify/section-headers.ts';
export * from './classify/document-date.ts';
export * from './classify/document-author.ts';
export * from './classify/model/text-model.ts';
export * from './review/review-action-error.ts';
export { type ReviewDeps } from './review/review-support.ts';
export * from './review/filing-history.ts';
export * from './review/assign-patient.ts';
export * from './review/split-document.ts';
export * from './review/neighbour-documents.ts';
export * from './review/merge-documents.ts';
export * from './review/move-page.ts';
export * from './review/mark-page-blank.ts';
export * from './review/request-rescan.ts';
export * from './review/refile-document.ts';
export * from './search/word-highlights.ts';
export * from './intake/drop-batch.stage.ts';
