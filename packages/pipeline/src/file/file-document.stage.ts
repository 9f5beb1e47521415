import {
  batchKeys,
  documentKeys,
  type BlobStore,
  type DocumentClassification,
  type DocumentFiling,
  type DocumentPageRef,
  type FoundIdentifier,
  type MatchDecision,
  type PageText,
  type PatientIndex,
} from '@chartroom/domain';
import sharp from 'sharp';
import { classifyDocument, type ClassifyOptions } from '../classify/classify-document.stage.ts';
import type { TextModel } from '../classify/model/text-model.ts';
import { buildIndexDocument } from '../index/build-index-document.ts';
import { searchablePdf, type SearchablePage } from '../searchable/searchable-pdf.ts';
import type { IdentifierPatterns } from '../identify/extract-identifiers.stage.ts';
import { matchPatient, type MatchOptions } from '../identify/match-patient.stage.ts';
import { pageReadingConfidence } from '../ocr/page-confidence.ts';
import { loadPageBarcodes, loadPageText } from '../ocr/read-page.stage.ts';
import { identifiersOfPage } from '../segment/page-evidence.ts';
import type { DocumentIndexWriter } from '../ports.ts';
import { loadSegmentation } from '../segment/plan-documents.stage.ts';

export interface FileDocumentDeps {
  blobs: BlobStore;
  patients: PatientIndex;
  search: DocumentIndexWriter;
  patterns: IdentifierPatterns;
  match: MatchOptions;
  classify: Omit<ClassifyOptions, 'model'> & { model: () => Promise<TextModel | null> };
  now: () => Date;
}

/**
 * Identifies a document's patient and records the decision as filing version 1: filed when the
 * matcher is sure, in review otherwise. The filing is written to S3 first (the record), then
 * indexed. A retry finds the filing and only re-indexes: a decision is never made twice.
 */
export async function fileDocument(
  batchId: string,
  documentId: string,
  deps: FileDocumentDeps,
): Promise<DocumentFiling> {
  const { blobs } = deps;
  const plan = (await loadSegmentation(blobs, batchId)).documents.find(
    (doc) => doc.documentId === documentId,
  );
  if (!plan) throw new Error(`document/${documentId} is not in the plan of batch/${batchId}`);

  const pageTexts = new Map<string, PageText>();
  for (const page of plan.pages) {
    const text = await loadPageText(blobs, batchId, page.pageId);
    if (text) pageTexts.set(page.pageId, text);
  }

  const filingKey = documentKeys.filing(documentId, 1);
  const stored = await blobs.getIfExists(filingKey);
  let filing: DocumentFiling;
  if (stored) {
    // A retry after a clerk has worked on the document re-indexes the clerk's version, not the first.
    filing =
      (await loadLatestFiling(blobs, documentId)) ?? (JSON.parse(stored.toString('utf8')) as DocumentFiling);
    for (const page of filing.pages) {
      if (pageTexts.has(page.pageId)) continue;
      const text = await loadPageText(blobs, batchId, page.pageId);
      if (text) pageTexts.set(page.pageId, text);
    }
  } else {
    const { decision, classification } = await identifyAndClassify(
      batchId,
      plan.pages,
      plan.suspectedMisfiledPages,
      deps,
      pageTexts,
    );
    const sure = decision.outcome === 'matched' && classification.outcome === 'decided';
    filing = {
      documentId,
      batchId,
      version: 1,
      status: sure ? 'filed' : 'review',
      patientMrn: decision.patientMrn,
      docType: classification.docType,
      loinc: classification.loinc,
      pages: plan.pages,
      decision,
      classification,
      decidedAt: deps.now().toISOString(),
    };
    // If another attempt got there first, its decision stands.
    if (!(await blobs.putIfAbsent(filingKey, JSON.stringify(filing, null, 2), 'application/json'))) {
      filing = JSON.parse((await blobs.get(filingKey)).toString('utf8')) as DocumentFiling;
    }
  }

  await storeSearchablePdf(filing, pageTexts, deps);
  const patient = filing.patientMrn ? await deps.patients.findByMrn(filing.patientMrn) : null;
  await deps.search.upsert(buildIndexDocument(filing, pageTexts, patient));
  return filing;
}

export type IdentifyDeps = Pick<
  FileDocumentDeps,
  'blobs' | 'patients' | 'patterns' | 'match' | 'classify' | 'now'
>;

/** A document's patient decision and classification, and the text of its pages. */
export interface Identification {
  decision: MatchDecision;
  classification: DocumentClassification;
  /** The pages' OCR text by page id (pages without text are absent). */
  pageTexts: Map<string, PageText>;
}

/**
 * Gathers the evidence of these pages (identifiers, barcodes, reading confidence) and decides who
 * the patient is and what kind of document they make. A suspected misfiled page is marked for the
 * clerk; its identifiers do not vote. Records nothing: the caller files the result.
 */
export async function identifyAndClassify(
  batchId: string,
  pages: DocumentPageRef[],
  suspectedMisfiledPages: string[],
  deps: IdentifyDeps,
  /** The pages' text when the caller has already loaded it. */
  loadedPageTexts?: Map<string, PageText>,
): Promise<Identification> {
  const { blobs } = deps;
  let pageTexts = loadedPageTexts;
  if (!pageTexts) {
    pageTexts = new Map<string, PageText>();
    for (const page of pages) {
      const text = await loadPageText(blobs, batchId, page.pageId);
      if (text) pageTexts.set(page.pageId, text);
    }
  }
  const identifiers: FoundIdentifier[] = [];
  const coverSheets = new Map<string, string>();
  const pageConfidences: { pageId: string; meanConfidence: number }[] = [];
  for (const page of pages) {
    const barcodes = await loadPageBarcodes(blobs, batchId, page.pageId);
    const text = pageTexts.get(page.pageId) ?? null;
    const confidence = text
      ? pageReadingConfidence(
          text,
          barcodes.flatMap((barcode) => barcode.box ?? []),
        )
      : null;
    if (confidence !== null) pageConfidences.push({ pageId: page.pageId, meanConfidence: confidence });
    if (suspectedMisfiledPages.includes(page.pageId)) continue;
    for (const barcode of barcodes) {
      if (barcode.meaning === 'cover-sheet' && barcode.identifiers.loinc)
        coverSheets.set(barcode.identifiers.loinc, page.pageId);
    }
    identifiers.push(...identifiersOfPage({ pageId: page.pageId, text, barcodes }, deps.patterns));
  }
  const evidence = { identifiers, suspectedMisfiledPages, pageConfidences };
  const decision = await matchPatient(evidence, deps.patients, deps.match);
  // A cover sheet names the document's LOINC type; two different ones name none.
  const [coverSheet, ...otherCoverSheets] = [...coverSheets].map(([loinc, pageId]) => ({ loinc, pageId }));
  const classification = classifyDocument(
    {
      text: pages.map((page) => pageTexts.get(page.pageId)?.text ?? '').join('\n\n'),
      coverSheet: coverSheet && otherCoverSheets.length === 0 ? coverSheet : null,
      now: deps.now(),
    },
    { ...deps.classify, model: await deps.classify.model() },
  );
  return { decision, classification, pageTexts };
}

/**
 * The document's searchable PDF (the pages as read, with their text invisible on the words). It is
 * written once, a retry finds it; `overwrite` replaces it when a clerk changed the document's pages
 * (it is derived from the pages, the filings are the record). It holds no patient data that the
 * pages do not.
 */
export async function storeSearchablePdf(
  filing: DocumentFiling,
  pageTexts: Map<string, PageText>,
  deps: Pick<FileDocumentDeps, 'blobs'>,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  const key = documentKeys.searchablePdf(filing.documentId);
  if (!options.overwrite && (await deps.blobs.exists(key))) return;
  const pages: SearchablePage[] = [];
  for (const page of filing.pages) {
    const text = pageTexts.get(page.pageId) ?? null;
    // Pages read before the page stage kept a prepared image have only the original.
    const image =
      (await deps.blobs.getIfExists(batchKeys.pageReadImage(filing.batchId, page.pageId))) ??
      (await deps.blobs.get(batchKeys.pageImage(filing.batchId, page.pageId)));
    const { width = 0, height = 0, density } = await sharp(image).metadata();
    const dpi = text?.preparation?.dpi ?? (density && density >= 50 ? density : 300);
    pages.push({ png: image, width, height, dpi, text });
  }
  const pdf = await searchablePdf(pages, { creationDate: new Date(filing.decidedAt) });
  if (options.overwrite) await deps.blobs.put(key, Buffer.from(pdf), 'application/pdf');
  else await deps.blobs.putIfAbsent(key, Buffer.from(pdf), 'application/pdf');
}

export async function loadLatestFiling(blobs: BlobStore, documentId: string): Promise<DocumentFiling | null> {
  const keys = (await blobs.list(documentKeys.filingsPrefix(documentId))).map((object) => object.key).sort();
  const latest = keys.at(-1);
  return latest ? (JSON.parse((await blobs.get(latest)).toString('utf8')) as DocumentFiling) : null;
}
