import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { coverSheet, patientLabel2D, separatorSheet } from './barcodes.ts';
import { formatUsDate, type PageSpec } from './page-pdf.ts';
import { syntheticPatients, type SyntheticPatient } from './patients.ts';
import { createPrng } from './prng.ts';
import { renderPage } from './render-page.ts';
import { faxDegrade } from './scan-degradation.ts';
import { scannedPdf } from './scanned-pdf.ts';
import { multiPageTiff } from './tiff.ts';

/**
 * The project's own adversarial evaluation set for patient identification: a patient index
 * seeded with the people a matcher confuses (twins, namesakes, an MRN one transposition away,
 * nickname and diacritic variants) and a batch whose documents each test one way of being
 * labelled, unlabelled, mislabelled, unseparated or misfiled. Each document states what a safe
 * system must do with it.
 */

export type IdentificationExpectation = 'filed' | 'review';

export interface IdentificationDocument {
  scenario: string;
  file: string;
  /** Page indexes in the file, separators excluded. */
  pages: number[];
  /** The patient the pages are really about. */
  truthMrn: string;
  /**
   * 'filed' only where two independent identifiers of the right patient are printed legibly and
   * nothing on the pages contradicts them; every other document must wait for a clerk.
   */
  expect: IdentificationExpectation;
}

export interface IdentificationBatch {
  dir: string;
  /** The patient index to import (CSV via patientsCsv). */
  patients: SyntheticPatient[];
  documents: IdentificationDocument[];
  separators: { file: string; pageIndex: number }[];
  misfiledPages: { file: string; pageIndex: number }[];
  /** Every barcode printed, for the read rate. */
  barcodes: { file: string; pageIndex: number; text: string }[];
}

const NICKNAMES: Record<string, string> = {
  Robert: 'Bob',
  William: 'Bill',
  Margaret: 'Peggy',
  Elizabeth: 'Liz',
};

interface DocumentDraft {
  scenario: string;
  patient: SyntheticPatient;
  expect: IdentificationExpectation;
  pages: PageSpec[];
  /** Pages (by index in `pages`) that belong to another patient. */
  misfiled?: number[];
  /** Arrives by fax: 150 dpi, black and white, as a Group 4 TIFF. */
  fax?: boolean;
}

/** A short chart page: title, a header line (or none), two lines of text. */
function page(
  title: string,
  header: string | null,
  body: string,
  barcodes: PageSpec['barcodes'] = [],
): PageSpec {
  return {
    title,
    headerStyle: 'none',
    lines: [...(header ? [header, ''] : []), body, 'Plan: continue current management and review in clinic.'],
    barcodes,
  };
}

const fullHeader = (p: SyntheticPatient, given = p.given[0] ?? '', family = p.family.toUpperCase()) =>
  `Patient: ${family}, ${given}   MRN: ${p.mrn}   DOB: ${formatUsDate(p.birthDate)}`;
const nameDobHeader = (p: SyntheticPatient, given = p.given[0] ?? '', family = p.family.toUpperCase()) =>
  `Patient: ${family}, ${given}   DOB: ${formatUsDate(p.birthDate)}`;
// Each seed prints its labels in other symbologies, so a few seeds cover every variant.
const LINEAR_KINDS = ['code128', 'code39'] as const;
const MATRIX_KINDS = ['datamatrix', 'qrcode', 'pdf417'] as const;
const labelKinds = (seed: number) => ({
  linear: LINEAR_KINDS[seed % LINEAR_KINDS.length] ?? 'code128',
  matrix: MATRIX_KINDS[seed % MATRIX_KINDS.length] ?? 'datamatrix',
  cover: MATRIX_KINDS[(seed + 1) % MATRIX_KINDS.length] ?? 'qrcode',
});

function relatives(base: SyntheticPatient[], seed: number) {
  const random = createPrng(seed + 7);
  const fresh = () => String(random.int(1_000_000, 9_999_999));
  const [p1, p2, p3, p4, p5] = base as [
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
  ];
  const twin: SyntheticPatient = {
    ...p1,
    mrn: fresh(),
    given: [p1.sex === 'female' ? 'Rosalind' : 'Reginald'],
  };
  const namesake: SyntheticPatient = {
    ...p2,
    mrn: fresh(),
    birthDate: `${Number(p2.birthDate.slice(0, 4)) - 23}-${p2.birthDate.slice(5)}`,
  };
  const digits = [...p3.mrn];
  [digits[3], digits[4]] = [digits[4] as string, digits[3] as string];
  const transposed =
    digits.join('') === p3.mrn ? `${p3.mrn.slice(0, 5)}${p3.mrn[6]}${p3.mrn[5]}` : digits.join('');
  const neighbour: SyntheticPatient = {
    ...p4,
    mrn: transposed,
    family: 'Lindqvist',
    given: ['Harald'],
    birthDate: '1948-11-30',
  };
  const formal: SyntheticPatient = { ...p5, given: ['Robert'], sex: 'male' };
  const accented: SyntheticPatient = {
    ...(base[5] as SyntheticPatient),
    family: 'Núñez',
    given: ['José'],
    sex: 'male',
  };
  return { twin, namesake, neighbour, formal, accented };
}

/** Writes the batch's files into `dir` and returns the patient index and the truth. */
export async function writeIdentificationBatch(
  dir: string,
  options: { seed?: number; dpi?: number } = {},
): Promise<IdentificationBatch> {
  const seed = options.seed ?? 11;
  const dpi = options.dpi ?? 300;
  const base = syntheticPatients(14, seed);
  const { twin, namesake, neighbour, formal, accented } = relatives(base, seed);
  const [p1, p2, p3, , , , p7, p8, p9, p10, p11] = base as [
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
    SyntheticPatient,
  ];
  const index = [
    ...base.filter((p) => p.mrn !== formal.mrn && p.mrn !== accented.mrn),
    twin,
    namesake,
    neighbour,
    formal,
    accented,
  ];
  const stranger = syntheticPatients(20, seed + 1).at(-1) as SyntheticPatient; // not in the index
  const nickname = NICKNAMES[formal.given[0] ?? ''] ?? 'Bob';
  const kinds = labelKinds(seed);
  const label1D = (p: SyntheticPatient) => ({ kind: kinds.linear, text: p.mrn });
  const label2D = (p: SyntheticPatient) => ({ kind: kinds.matrix, text: patientLabel2D(p) });

  // One file per scenario, except the stacks, which test boundaries.
  const single: DocumentDraft[] = [
    {
      scenario: 'full header printed',
      patient: p1,
      expect: 'filed',
      pages: [page('PROGRESS NOTE', fullHeader(p1), 'Seen for follow-up of hypertension.')],
    },
    {
      scenario: '1D label (MRN) + printed DOB',
      patient: p2,
      expect: 'filed',
      pages: [
        page('LABORATORY REPORT', `DOB: ${formatUsDate(p2.birthDate)}`, 'Potassium 4.1 mmol/L.', [
          label1D(p2),
        ]),
      ],
    },
    {
      scenario: '1D label only (one identifier)',
      patient: p3,
      expect: 'review',
      pages: [page('LABORATORY REPORT', null, 'Hemoglobin 12.9 g/dL.', [label1D(p3)])],
    },
    {
      scenario: 'label sticker: 1D MRN code + printed name',
      patient: p11,
      expect: 'filed',
      pages: [
        page('NURSING NOTE', null, 'Vital signs stable overnight.', [
          {
            ...label1D(p11),
            caption: [
              `${p11.family.toUpperCase()}, ${p11.given[0] ?? ''}`,
              `Sex: ${p11.sex === 'female' ? 'F' : 'M'}`,
            ],
          },
        ]),
      ],
    },
    {
      scenario: '2D label only (MRN, name, DOB)',
      patient: p7,
      expect: 'filed',
      pages: [page('CONSENT FORM', null, 'I consent to the procedure described.', [label2D(p7)])],
    },
    {
      scenario: 'twin, own identifiers',
      patient: twin,
      expect: 'filed',
      pages: [page('CONSULT NOTE', fullHeader(twin), 'Asked to see for palpitations.')],
    },
    {
      scenario: 'namesake: name and DOB',
      patient: p2,
      expect: 'filed',
      pages: [page('CONSULT NOTE', nameDobHeader(p2), 'Asked to see for knee pain.')],
    },
    {
      scenario: 'name only (namesakes exist)',
      patient: p2,
      expect: 'review',
      pages: [page('PROGRESS NOTE', `Patient: ${p2.family.toUpperCase()}, ${p2.given[0]}`, 'Doing well.')],
    },
    {
      scenario: 'MRN one transposition away',
      patient: p3,
      expect: 'review',
      pages: [
        page(
          'PROGRESS NOTE',
          `Patient: ${p3.family.toUpperCase()}, ${p3.given[0]}   MRN: ${neighbour.mrn}   DOB: ${formatUsDate(p3.birthDate)}`,
          'Wound check.',
        ),
      ],
    },
    {
      scenario: 'nickname printed',
      patient: formal,
      expect: 'filed',
      pages: [page('PROGRESS NOTE', fullHeader(formal, nickname), 'Seen for gout.')],
    },
    {
      scenario: 'diacritics dropped',
      patient: accented,
      expect: 'filed',
      pages: [page('PROGRESS NOTE', nameDobHeader(accented, 'JOSE', 'NUNEZ'), 'Seen for asthma.')],
    },
    {
      scenario: 'DOB contradicts MRN and name',
      patient: p8,
      expect: 'review',
      pages: [
        page(
          'PROGRESS NOTE',
          `Patient: ${p8.family.toUpperCase()}, ${p8.given[0]}   MRN: ${p8.mrn}   DOB: 01/01/1901`,
          'Seen for cough.',
        ),
      ],
    },
    {
      scenario: 'patient label contradicts the printed header',
      patient: p8,
      expect: 'review',
      pages: [page('PROGRESS NOTE', fullHeader(p8), 'Seen for back pain.', [label1D(p7)])],
    },
    {
      scenario: '2D label on a 150-dpi fax',
      patient: p10,
      expect: 'filed',
      fax: true,
      pages: [page('REFERRAL LETTER', null, 'Thank you for seeing this patient.', [label2D(p10)])],
    },
    {
      scenario: 'no identifiers',
      patient: p9,
      expect: 'review',
      pages: [page('PROGRESS NOTE', null, 'Seen for a rash.')],
    },
    {
      scenario: 'patient not in the index',
      patient: stranger,
      expect: 'review',
      pages: [page('PROGRESS NOTE', fullHeader(stranger), 'New patient visit.')],
    },
  ];
  // A separated stack: separator sheets and a cover sheet cut it; one document hides a misfiled page.
  const separated: DocumentDraft[] = [
    {
      scenario: 'separated stack: cover sheet',
      patient: p9,
      expect: 'filed',
      pages: [
        coverSheet(p9, '11506-3', 'PROGRESS NOTE', { kind: kinds.cover }),
        page('PROGRESS NOTE', null, 'Continued from the cover sheet.'),
      ],
    },
    {
      scenario: 'separated stack: misfiled page',
      patient: p10,
      expect: 'review',
      misfiled: [1],
      pages: [
        page('DISCHARGE SUMMARY', fullHeader(p10), 'Admitted with pneumonia.'),
        page('DISCHARGE SUMMARY', fullHeader(p1), 'Hospital course was uneventful.'),
        page('DISCHARGE SUMMARY', fullHeader(p10), 'Discharged home.'),
      ],
    },
    {
      scenario: 'separated stack: full header',
      patient: p7,
      expect: 'filed',
      pages: [page('RADIOLOGY REPORT', fullHeader(p7), 'No acute findings.')],
    },
  ];
  // An unseparated stack: only the patient on each page tells where documents start.
  const unseparated: DocumentDraft[] = [
    {
      scenario: 'unseparated stack: first patient',
      patient: p1,
      expect: 'filed',
      pages: [
        page('OPERATIVE REPORT', fullHeader(p1), 'Laparoscopic cholecystectomy.'),
        page('OPERATIVE REPORT', null, 'Closure with absorbable sutures.'),
      ],
    },
    {
      scenario: 'unseparated stack: second patient',
      patient: p8,
      expect: 'filed',
      pages: [page('OPERATIVE REPORT', fullHeader(p8), 'Right total knee arthroplasty.')],
    },
    {
      scenario: 'unseparated stack: A, B, A sandwich',
      patient: p10,
      expect: 'review',
      misfiled: [1],
      pages: [
        page('PATHOLOGY REPORT', fullHeader(p10), 'Specimen: colon biopsy.'),
        page('PATHOLOGY REPORT', fullHeader(p9), 'Specimen: skin shave.'),
        page('PATHOLOGY REPORT', fullHeader(p10), 'Final diagnosis: tubular adenoma.'),
      ],
    },
  ];

  await mkdir(dir, { recursive: true });
  const batch: IdentificationBatch = {
    dir,
    patients: index,
    documents: [],
    separators: [],
    misfiledPages: [],
    barcodes: [],
  };
  const record = (file: string, draft: DocumentDraft, startPage: number) => {
    const pages = draft.pages.map((_, i) => startPage + i);
    batch.documents.push({
      scenario: draft.scenario,
      file,
      pages,
      truthMrn: draft.patient.mrn,
      expect: draft.expect,
    });
    for (const i of draft.misfiled ?? []) batch.misfiledPages.push({ file, pageIndex: startPage + i });
    draft.pages.forEach((spec, i) => {
      for (const barcode of spec.barcodes ?? [])
        batch.barcodes.push({ file, pageIndex: startPage + i, text: barcode.text });
    });
  };
  const render = async (specs: PageSpec[]) => {
    const pngs: Buffer[] = [];
    for (const spec of specs) pngs.push((await renderPage(spec, { dpi, noise: true })).png);
    return pngs;
  };

  for (const [i, draft] of single.entries()) {
    // A fax arrives as a Group 4 TIFF at fax resolution; everything else as a scanner's PDF.
    const file = `id-${String(i + 1).padStart(2, '0')}.${draft.fax ? 'tif' : 'pdf'}`;
    const pngs = await render(draft.pages);
    const bytes = draft.fax
      ? await multiPageTiff(await Promise.all(pngs.map((png) => faxDegrade(png, { dpi: 150 }))), {
          compression: 'ccittfax4',
          dpi: 150,
        })
      : await scannedPdf(pngs, { dpi });
    await writeFile(path.join(dir, file), bytes);
    record(file, draft, 0);
  }
  const stack = async (file: string, drafts: DocumentDraft[], withSeparators: boolean) => {
    const specs: PageSpec[] = [];
    for (const draft of drafts) {
      if (withSeparators) {
        const separator = separatorSheet();
        batch.separators.push({ file, pageIndex: specs.length });
        for (const barcode of separator.barcodes ?? [])
          batch.barcodes.push({ file, pageIndex: specs.length, text: barcode.text });
        specs.push(separator);
      }
      record(file, draft, specs.length);
      specs.push(...draft.pages);
    }
    await writeFile(path.join(dir, file), await scannedPdf(await render(specs), { dpi }));
  };
  await stack('stack-separated.pdf', separated, true);
  await stack('stack-unseparated.pdf', unseparated, false);
  return batch;
}
