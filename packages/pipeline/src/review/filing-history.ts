import { documentKeys, type BlobStore, type DocumentFiling } from '@chartroom/domain';

/** Every filing version of a document, oldest first; empty when the document has none. */
export async function filingHistory(blobs: BlobStore, documentId: string): Promise<DocumentFiling[]> {
  const keys = (await blobs.list(documentKeys.filingsPrefix(documentId))).map((object) => object.key).sort();
  const filings: DocumentFiling[] = [];
  for (const key of keys) filings.push(JSON.parse((await blobs.get(key)).toString('utf8')) as DocumentFiling);
  return filings.sort((a, b) => a.version - b.version);
}
