export * from './s3-blob-store.ts';
export * from './elastic-indices.ts';
export * from './elastic-document-index.ts';
export * from './elastic-patient-index.ts';
export * from './tesseract-ocr-engine.ts';
export * from './bullmq-queues.ts';
export * from './audit-log.ts';
export * from './from-config.ts';
