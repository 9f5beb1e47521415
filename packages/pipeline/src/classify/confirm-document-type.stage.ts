import {
  documentKeys,
  modelKeys,
  type BlobStore,
  type DocumentFiling,
  type DocumentTypes,
  type PageText,
  type PatientIndex,
} from '@chartroom/domain';
import { loadLatestFiling } from '../file/file-document.stage.ts';
import { buildIndexDocument } from '../index/build-index-document.ts';
import { loadPageText } from '../ocr/read-page.stage.ts';
import type { DocumentIndexWriter } from '../ports.ts';
import { CLASSIFIER_VERSION } from './classify-document.stage.ts';

/** A clerk's confirmed type, kept as a training example for the next model. */
export interface ConfirmedTypeExample {
  documentId: string;
  text: string;
  label: string;
  confirmedBy: string;
  confirmedAt: string;
}

export interface ConfirmTypeDeps {
  blobs: BlobStore;
  patients: PatientIndex;
  search: DocumentIndexWriter;
  types: DocumentTypes;
  now: () => Date;
}

/**
 * A clerk confirms or changes a document's type: a new filing version records it (the old one is
 * kept), the index follows, and the text with its confirmed type joins the retraining set. The
 * patient decision is untouched: a type never files a document to a patient.
 */
export async function confirmDocumentType(
  documentId: string,
  typeName: string,
  actor: string,
  deps: ConfirmTypeDeps,
): Promise<DocumentFiling> {
  const type = deps.types.get(typeName);
  const latest = await loadLatestFiling(deps.blobs, documentId);
  if (!latest) throw new Error(`document/${documentId} has no filing`);
  const pageTexts = new Map<string, PageText>();
  for (const page of latest.pages) {
    const text = await loadPageText(deps.blobs, latest.batchId, page.pageId);
    if (text) pageTexts.set(page.pageId, text);
  }
  const at = deps.now().toISOString();
  const previous = latest.classification;
  const filing: DocumentFiling = {
    ...latest,
    version: latest.version + 1,
    // Only the type was in doubt when the matcher filed the patient; otherwise review stays open.
    status: latest.decision.outcome === 'matched' ? 'filed' : 'review',
    docType: type.key,
    loinc: type.loinc,
    classification: {
      classifier: CLASSIFIER_VERSION,
      modelVersion: previous?.modelVersion ?? null,
      docType: type.key,
      loinc: type.loinc,
      confidence: 1,
      threshold: previous?.threshold ?? 1,
      outcome: 'decided',
      decidedBy: 'clerk',
      evidence: [{ kind: 'clerk', actor }, ...(previous?.evidence ?? [])],
      documentDate: previous?.documentDate ?? null,
      documentDateLabel: previous?.documentDateLabel ?? null,
      author: previous?.author ?? null,
    },
    decidedAt: at,
  };
  const key = documentKeys.filing(documentId, filing.version);
  if (!(await deps.blobs.putIfAbsent(key, JSON.stringify(filing, null, 2), 'application/json'))) {
    throw new Error(`document/${documentId} changed meanwhile (version ${filing.version} exists); reload it`);
  }
  const example: ConfirmedTypeExample = {
    documentId,
    text: latest.pages.map((page) => pageTexts.get(page.pageId)?.text ?? '').join('\n\n'),
    label: type.key,
    confirmedBy: actor,
    confirmedAt: at,
  };
  // The latest confirmation of a document is the one that teaches.
  await deps.blobs.put(modelKeys.confirmedType(documentId), JSON.stringify(example), 'application/json');
  const patient = filing.patientMrn ? await deps.patients.findByMrn(filing.patientMrn) : null;
  await deps.search.upsert(buildIndexDocument(filing, pageTexts, patient));
  return filing;
}

/** Every clerk-confirmed example, for retraining. */
export async function loadConfirmedTypes(blobs: BlobStore): Promise<ConfirmedTypeExample[]> {
  const objects = await blobs.list(modelKeys.confirmedTypesPrefix);
  const examples: ConfirmedTypeExample[] = [];
  for (const object of objects.sort((a, b) => a.key.localeCompare(b.key))) {
    examples.push(JSON.parse((await blobs.get(object.key)).toString('utf8')) as ConfirmedTypeExample);
  }
  return examples;
}
