import {
  documentIdOf,
  type BatchRecord,
  type DocumentBoundary,
  type DocumentPageRef,
  type DocumentPlan,
  type FoundIdentifier,
} from '@chartroom/domain';
import type { IdentifierPatterns } from '../identify/extract-identifiers.stage.ts';
import { identifiersConflict, identifiersOfPage, titleOfPage, type PageEvidence } from './page-evidence.ts';

/** Bump when the rules change; plans are stored with the version that cut them. */
export const SEGMENTER_VERSION = 'boundaries/1';

export interface UnreadablePage {
  pageId: string;
  reason: string;
}

export interface Segmentation {
  segmenter: string;
  documents: DocumentPlan[];
  /** Pages that cannot go into any document, with the reason; they are quarantined. */
  quarantinedPages: { fileIndex: number; file: string; pageIndex: number; pageId: string; reason: string }[];
  /** Separator sheets: boundaries, not content. */
  separatorPages: DocumentPageRef[];
  /** Blank pages: neither content nor boundaries (a duplex back side sits inside a document). */
  blankPages: DocumentPageRef[];
}

export interface SegmentOptions {
  patterns: IdentifierPatterns;
  /** Identifiers read below this confidence do not move boundaries. */
  minConfidence: number;
}

interface OpenDocument {
  pages: DocumentPageRef[];
  openedBy: DocumentBoundary;
  identifiers: FoundIdentifier[];
  title: string | null;
  misfiled: string[];
}

/** Separator and cover sheets are put there by people on purpose: inside them, a stray page is misfiled. */
const DELIBERATE: DocumentBoundary[] = ['separator-sheet', 'cover-sheet'];

/**
 * Cuts a batch into documents, by the strongest evidence first: separator sheets (removed),
 * cover sheets, patient labels, a change of patient between pages, a change of document title.
 * Pages without identifiers stay with the document before them. A page pointing at another
 * patient inside a deliberately separated document, or a single such page between two pages of
 * one document, is a suspected misfiled page: kept in place and marked, so the document goes to
 * review. Documents never span files.
 */
export function segmentDocuments(
  batch: BatchRecord,
  evidence: Map<string, PageEvidence>,
  unreadable: UnreadablePage[],
  options: SegmentOptions,
): Segmentation {
  const unreadableById = new Map(unreadable.map((page) => [page.pageId, page.reason]));
  const cut: OpenDocument[] = [];
  const quarantinedPages: Segmentation['quarantinedPages'] = [];
  const separatorPages: DocumentPageRef[] = [];
  const blankPages: DocumentPageRef[] = [];

  for (const file of batch.files) {
    if (file.status !== 'split') continue;
    const fileDocuments: OpenDocument[] = [];
    let current: OpenDocument | null = null;
    let nextOpenedBy: DocumentBoundary = 'file-start';
    const open = (openedBy: DocumentBoundary): OpenDocument => {
      current = { pages: [], openedBy, identifiers: [], title: null, misfiled: [] };
      fileDocuments.push(current);
      return current;
    };

    for (const page of file.pages) {
      const ref: DocumentPageRef = {
        pageId: page.pageId,
        fileIndex: file.fileIndex,
        file: file.name,
        pageIndex: page.pageIndex,
      };
      const reason = unreadableById.get(page.pageId);
      if (reason !== undefined) {
        quarantinedPages.push({ ...ref, reason });
        continue;
      }
      const pageEvidence = evidence.get(page.pageId) ?? { pageId: page.pageId, text: null, barcodes: [] };
      if (pageEvidence.text?.preparation?.blank) {
        blankPages.push(ref);
        continue;
      }
      const meanings = new Set(pageEvidence.barcodes.map((barcode) => barcode.meaning));
      if (meanings.has('separator')) {
        separatorPages.push(ref);
        current = null;
        nextOpenedBy = 'separator-sheet';
        continue;
      }
      const identifiers = identifiersOfPage(pageEvidence, options.patterns).filter(
        (item) => item.confidence >= options.minConfidence,
      );
      const labelIdentifiers = identifiers.filter((item) => item.source === 'barcode');
      const title = titleOfPage(pageEvidence.text);

      let document: OpenDocument = current ?? open(nextOpenedBy);
      let misfiled = false;
      if (document.pages.length > 0) {
        const deliberate = DELIBERATE.includes(document.openedBy);
        if (meanings.has('cover-sheet')) document = open('cover-sheet');
        // A label is stuck on by a person for a patient: another patient's label starts a document.
        else if (labelIdentifiers.length > 0 && identifiersConflict(labelIdentifiers, document.identifiers)) {
          document = open('patient-label');
        } else if (identifiersConflict(identifiers, document.identifiers)) {
          document = deliberate ? document : open('patient-change');
          misfiled = deliberate;
        } else if (!deliberate && title && document.title && title !== document.title) {
          document = open('title-change');
        }
      }
      document.pages.push(ref);
      if (misfiled) document.misfiled.push(ref.pageId);
      else document.identifiers.push(...identifiers);
      document.title ??= title;
    }
    cut.push(...mendSandwiches(fileDocuments));
  }

  const documents = cut.map((document, index): DocumentPlan => ({
    documentId: documentIdOf(batch.batchId, index + 1),
    batchId: batch.batchId,
    ordinal: index + 1,
    pages: document.pages,
    openedBy: document.openedBy,
    suspectedMisfiledPages: document.misfiled,
  }));
  return { segmenter: SEGMENTER_VERSION, documents, quarantinedPages, separatorPages, blankPages };
}

/**
 * A, B, A: one page of another patient between two runs of the same patient and title is far
 * more often a misfiled page than a one-page document; put it back in place and mark it.
 */
function mendSandwiches(documents: OpenDocument[]): OpenDocument[] {
  const mended: OpenDocument[] = [];
  for (let i = 0; i < documents.length; i++) {
    const before = mended.at(-1);
    const middle = documents[i] as OpenDocument;
    const after = documents[i + 1];
    const isSandwich =
      before &&
      after &&
      middle.pages.length === 1 &&
      middle.openedBy === 'patient-change' &&
      after.openedBy === 'patient-change' &&
      !identifiersConflict(before.identifiers, after.identifiers) &&
      (after.title === null || after.title === before.title);
    if (isSandwich) {
      before.pages.push(...middle.pages, ...after.pages);
      before.misfiled.push(...middle.pages.map((page) => page.pageId), ...after.misfiled);
      before.identifiers.push(...after.identifiers);
      i++;
    } else {
      mended.push(middle);
    }
  }
  return mended;
}
