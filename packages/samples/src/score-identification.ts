import type { DocumentStatus } from '@chartroom/domain';
import type { IdentificationBatch } from './identification-set.ts';

/** What the system reported, in the shapes `drop --json` and `review list --json` print. */
export interface IdentificationOutcome {
  documents: {
    documentId: string;
    status: DocumentStatus;
    patientMrn: string | null;
    pages: { file: string; pageIndex: number }[];
  }[];
  separators: { file: string; pageIndex: number }[];
  /** Review items' suspected misfiled pages, as (file, pageIndex). */
  markedPages: { file: string; pageIndex: number }[];
  /** Barcode texts read, by page. */
  barcodesRead: { file: string; pageIndex: number; text: string }[];
}

export interface IdentificationScore {
  documents: number;
  /** Documents filed to a patient other than the one their pages are about. Must be 0. */
  wrongPatientFilings: number;
  /** Of the documents that should be filed, the share filed to the right patient. */
  autoFileRate: number;
  /** Of the documents that must wait for a clerk, the share that did. */
  reviewRecall: number;
  boundaryPrecision: number;
  boundaryRecall: number;
  misfiledPagesCaught: number;
  misfiledPages: number;
  barcodeReadRate: number;
  /** Each generated document: what it should get, what it got, and the document that got it. */
  perScenario: { scenario: string; expected: string; got: string; ok: boolean; documentId: string | null }[];
}

const key = (page: { file: string; pageIndex: number }) => `${page.file}#${page.pageIndex}`;

/** Compares what the system did with the truth the evaluation set was generated with. */
export function scoreIdentification(
  truth: IdentificationBatch,
  outcome: IdentificationOutcome,
): IdentificationScore {
  const truthByPage = new Map<string, string>();
  for (const document of truth.documents) {
    for (const pageIndex of document.pages)
      truthByPage.set(key({ file: document.file, pageIndex }), document.truthMrn);
  }
  const misfiled = new Set(truth.misfiledPages.map(key));

  // A filing is wrong if any of its pages (other than a planted misfiled one) belongs to someone else.
  let wrongPatientFilings = 0;
  for (const document of outcome.documents) {
    if (document.status !== 'filed') continue;
    const owners = new Set(
      document.pages.filter((page) => !misfiled.has(key(page))).map((page) => truthByPage.get(key(page))),
    );
    if (owners.size !== 1 || !owners.has(document.patientMrn ?? '')) wrongPatientFilings++;
  }

  const startsOf = (documents: { file: string; pages: number[] }[]) =>
    new Set(
      documents.map((document) => key({ file: document.file, pageIndex: Math.min(...document.pages) })),
    );
  const truthStarts = startsOf(truth.documents);
  const outcomeStarts = startsOf(
    outcome.documents.map((document) => ({
      file: document.pages[0]?.file ?? '',
      pages: document.pages.map((page) => page.pageIndex),
    })),
  );
  const sharedStarts = [...outcomeStarts].filter((start) => truthStarts.has(start)).length;

  const perScenario = truth.documents.map((document) => {
    const pages = new Set(document.pages.map((pageIndex) => key({ file: document.file, pageIndex })));
    const found = outcome.documents.find(
      (candidate) =>
        candidate.pages.length === pages.size && candidate.pages.every((page) => pages.has(key(page))),
    );
    const got = !found
      ? 'split differently'
      : found.status === 'filed'
        ? `filed${found.patientMrn === document.truthMrn ? '' : ' (WRONG PATIENT)'}`
        : 'review';
    return {
      scenario: document.scenario,
      expected: document.expect,
      got,
      ok: got === document.expect,
      documentId: found?.documentId ?? null,
    };
  });
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);
  const expectedFiled = perScenario.filter((row) => row.expected === 'filed');
  const expectedReview = perScenario.filter((row) => row.expected === 'review');
  const marked = new Set(outcome.markedPages.map(key));
  const read = new Set(outcome.barcodesRead.map((barcode) => `${key(barcode)}=${barcode.text}`));

  return {
    documents: truth.documents.length,
    wrongPatientFilings,
    autoFileRate: ratio(expectedFiled.filter((row) => row.got === 'filed').length, expectedFiled.length),
    reviewRecall: ratio(expectedReview.filter((row) => row.got === 'review').length, expectedReview.length),
    boundaryPrecision: ratio(sharedStarts, outcomeStarts.size),
    boundaryRecall: ratio(sharedStarts, truthStarts.size),
    misfiledPagesCaught: [...misfiled].filter((page) => marked.has(page)).length,
    misfiledPages: misfiled.size,
    barcodeReadRate: ratio(
      truth.barcodes.filter((barcode) => read.has(`${key(barcode)}=${barcode.text}`)).length,
      truth.barcodes.length,
    ),
    perScenario,
  };
}
