import { describe, expect, it } from 'vitest';
import {
  clinicLetter,
  consentForm,
  dischargeSummary,
  progressNote,
  radiologyReport,
  type ClinicalDocument,
} from './clinical-documents.ts';
import { LETTER_POINTS, pagePdf, patientHeader } from './page-pdf.ts';
import { syntheticPatients, type SyntheticPatient } from './patients.ts';

const templates = [dischargeSummary, radiologyReport, progressNote, clinicLetter, consentForm];

/** The longest names print the longest header and push paragraphs furthest. */
const longNamed: SyntheticPatient = {
  ...syntheticPatients(1)[0]!,
  family: 'Garcia-Lopez',
  given: ['Margaret', 'Dorothy'],
};

describe('clinical documents', () => {
  it.each(templates.map((make) => [make.name, make] as const))(
    '%s fits its pages and keeps each phrase on one printed line',
    async (_name, make) => {
      for (const patient of [longNamed, ...syntheticPatients(12)]) {
        const document: ClinicalDocument = make(patient);
        for (const [pageIndex, page] of document.pages.entries()) {
          const { lines } = await pagePdf(page); // throws if the text overflows the page
          expect(lines.every((line) => line.x >= 0 && line.y > 0)).toBe(true);
          for (const { phrase } of document.phrases.filter((entry) => entry.pageIndex === pageIndex)) {
            expect(lines.some((line) => line.text.includes(phrase))).toBe(true);
          }
        }
      }
    },
  );

  it('prints the full identifier header on every page unless the form only has an MRN', () => {
    const [patient] = syntheticPatients(1);
    for (const make of templates) {
      const document = make(patient!);
      for (const page of document.pages) {
        const expected = make === progressNote ? 'mrn-only' : 'full';
        expect(page.headerStyle).toBe(expected);
      }
    }
  });

  it('formats the header as the pipeline expects to read it', () => {
    const patient = { ...longNamed, mrn: '1234567', birthDate: '1962-03-14' };
    expect(patientHeader(patient, 'full')).toBe(
      'Patient: GARCIA-LOPEZ, Margaret Dorothy   MRN: 1234567   DOB: 03/14/1962',
    );
    expect(patientHeader(patient, 'mrn-only')).toBe('MRN: 1234567');
    expect(patientHeader(patient, 'none')).toBeNull();
    expect(patientHeader(null, 'full')).toBeNull();
  });

  it('refuses a page with more text than fits instead of printing off the edge', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `Line ${i}`);
    await expect(pagePdf({ title: 'TOO LONG', lines })).rejects.toThrow(/more text than fits/);
    expect(LETTER_POINTS).toEqual({ width: 612, height: 792 });
  });
});
