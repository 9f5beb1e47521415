import type { IndexedDocument } from './index/build-index-document.ts';

/** Where filed and in-review documents are made searchable. */
export interface DocumentIndexWriter {
  upsert(document: IndexedDocument): Promise<void>;
}
