import type { Config } from '@chartroom/config';
import {
  barcodeRules,
  type BarcodeRules,
  type CleanOptions,
  type MatchOptions,
  type SplitLimits,
} from '@chartroom/pipeline';
import type { Client } from '@elastic/elasticsearch';
import { createElasticClient } from './elastic-indices.ts';
import { createS3Client, S3BlobStore } from './s3-blob-store.ts';

/** The record store as configured; `client` is exposed so its owner can destroy it at shutdown. */
export function blobStoreFromConfig(config: Config): S3BlobStore {
  const client = createS3Client({
    endpoint: config.CHARTROOM_S3_ENDPOINT,
    region: config.CHARTROOM_S3_REGION,
    accessKeyId: config.CHARTROOM_S3_ACCESS_KEY_ID,
    secretAccessKey: config.CHARTROOM_S3_SECRET_ACCESS_KEY,
    bucket: config.CHARTROOM_S3_BUCKET,
    forcePathStyle: config.CHARTROOM_S3_FORCE_PATH_STYLE,
  });
  return new S3BlobStore(client, config.CHARTROOM_S3_BUCKET);
}

export function elasticFromConfig(config: Config): Client {
  return createElasticClient(config.CHARTROOM_ES_URL);
}

/** How files are split into pages: the limits that turn bombs and monsters into quarantine. */
export function splitLimitsFromConfig(config: Config): SplitLimits {
  return {
    maxFileBytes: config.CHARTROOM_MAX_FILE_BYTES,
    maxPagesPerFile: config.CHARTROOM_MAX_PAGES_PER_FILE,
    maxImagePixels: config.CHARTROOM_MAX_IMAGE_PIXELS,
    rasterDpi: config.CHARTROOM_RASTER_DPI,
  };
}

/** Which clean-up steps run before OCR, and at what resolution pages are read. */
export function cleanOptionsFromConfig(config: Config): CleanOptions {
  return {
    orientation: config.CHARTROOM_CLEAN_ORIENTATION,
    deskew: config.CHARTROOM_CLEAN_DESKEW,
    blankDetection: config.CHARTROOM_CLEAN_BLANK_PAGES,
    ocrDpi: config.CHARTROOM_OCR_DPI === 0 ? null : config.CHARTROOM_OCR_DPI,
  };
}

/** What barcodes mean (patient label, cover sheet, separator), as configured. */
export function barcodeRulesFromConfig(config: Config): BarcodeRules {
  return barcodeRules({
    mrnPattern: config.CHARTROOM_BARCODE_MRN_PATTERN,
    separatorText: config.CHARTROOM_BARCODE_SEPARATOR_TEXT,
  });
}

/** How surely the matcher must know a patient to file on its own (workers, and the API re-identifying after a split). */
export function matchOptionsFromConfig(config: Config): MatchOptions {
  return {
    minConfidence: config.CHARTROOM_MIN_OCR_CONFIDENCE,
    fileThreshold: config.CHARTROOM_MATCH_FILE_THRESHOLD,
    margin: config.CHARTROOM_MATCH_MARGIN,
    minPageConfidence: config.CHARTROOM_MIN_PAGE_CONFIDENCE,
  };
}
