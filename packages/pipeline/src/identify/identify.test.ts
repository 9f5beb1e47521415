import type { FoundIdentifier, PageText, Patient, PatientIndex } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { extractIdentifiers, identifierPatterns } from './extract-identifiers.stage.ts';
import { EXACT_MRN_MATCHER, matchPatient } from './match-patient.stage.ts';

const patterns = identifierPatterns('\\bMRN[\\s:#.]*([0-9]{6,10})\\b');

function pageText(text: string, confidence = 92): PageText {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ text: word, confidence, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } }));
  return {
    text,
    meanConfidence: confidence,
    words,
    engine: { name: 'test', version: '0', languages: ['eng'] },
  };
}

const patient: Patient = {
  mrn: '4418203',
  family: 'Quintero',
  given: ['Marisol'],
  birthDate: '1961-04-17',
  sex: 'female',
  address: null,
  city: null,
  state: null,
  postalCode: null,
};
const index: PatientIndex = { findByMrn: (mrn) => Promise.resolve(mrn === patient.mrn ? patient : null) };
const read = (text: string, confidence?: number) =>
  extractIdentifiers('f000-p0000', pageText(text, confidence), patterns);

describe('extractIdentifiers', () => {
  it('reads MRN, name and date of birth from a chart header', () => {
    const found = read('Patient: QUINTERO, Marisol   MRN: 4418203   DOB: 04/17/1961\nDISCHARGE SUMMARY');
    expect(found.map(({ kind, value }) => [kind, value])).toEqual([
      ['mrn', '4418203'],
      ['name', 'QUINTERO^MARISOL'],
      ['birthDate', '1961-04-17'],
    ]);
    expect(found.every((item) => item.source === 'header-text' && item.confidence === 92)).toBe(true);
  });

  it('accepts ISO dates and diacritics, and ignores impossible dates and two-digit years', () => {
    expect(read('Name: Núñez, José  Date of Birth: 1950-02-03').map((item) => item.value)).toEqual([
      'NUNEZ^JOSE',
      '1950-02-03',
    ]);
    expect(read('DOB: 02/31/1970')).toEqual([]);
    expect(read('DOB: 04/17/61')).toEqual([]);
  });
});

describe('matchPatient (exact MRN + a second identifier)', () => {
  const decide = (identifiers: FoundIdentifier[]) => matchPatient(identifiers, index, { minConfidence: 60 });

  it('files when the MRN and a second identifier agree', async () => {
    const decision = await decide(read('Patient: Quintero, Marisol MRN: 4418203'));
    expect(decision).toMatchObject({
      matcher: EXACT_MRN_MATCHER,
      outcome: 'matched',
      patientMrn: '4418203',
      reasons: [],
    });
    expect(decision.candidates[0]?.fields).toEqual({ mrn: 'agree', name: 'agree', birthDate: 'missing' });
  });

  it.each([
    ['no identifiers at all', 'Progress note, no header', 'no-identifiers'],
    ['a name and DOB but no MRN', 'Patient: Quintero, Marisol DOB: 04/17/1961', 'no-identifiers'],
    ['the MRN alone (one identifier)', 'MRN: 4418203', 'single-identifier'],
    ['an MRN unknown to the index', 'Patient: Quintero, Marisol MRN: 9999999', 'mrn-not-found'],
    [
      'a DOB that contradicts the MRN',
      'Patient: Quintero, Marisol MRN: 4418203 DOB: 04/18/1961',
      'identifier-conflict',
    ],
    [
      'a name that contradicts the MRN',
      'Patient: Quintana, Mario MRN: 4418203 DOB: 04/17/1961',
      'identifier-conflict',
    ],
    ['two different MRNs', 'MRN: 4418203 ... MRN: 4418230 Patient: Quintero, Marisol', 'multiple-patients'],
  ])('sends %s to review', async (_label, text, code) => {
    const decision = await decide(read(text));
    expect(decision.outcome).toBe('review');
    expect(decision.patientMrn).toBeNull();
    expect(decision.reasons.map((reason) => reason.code)).toContain(code);
  });

  it('does not file on identifiers read with low OCR confidence', async () => {
    const decision = await decide(read('Patient: Quintero, Marisol MRN: 4418203', 41));
    expect(decision.outcome).toBe('review');
    expect(decision.reasons.map((reason) => reason.code)).toEqual(['low-ocr-confidence']);
  });

  it('takes the clearest read of an identifier seen on several pages', async () => {
    const clear = read('Patient: Quintero, Marisol MRN: 4418203', 95);
    const smudged = extractIdentifiers(
      'f000-p0001',
      pageText('Patient: Quintero, Marisol MRN: 4418203', 30),
      patterns,
    );
    expect((await decide([...clear, ...smudged])).outcome).toBe('matched');
    expect((await decide(smudged)).outcome).toBe('review');
  });

  it('never puts patient data in its reasons', async () => {
    const decision = await decide(read('Patient: Quintana, Mario MRN: 4418203 DOB: 04/18/1961'));
    const messages = decision.reasons.map((reason) => reason.message).join(' ');
    for (const secret of ['4418203', 'Quint', 'Mari', '1961']) expect(messages).not.toContain(secret);
  });
});
