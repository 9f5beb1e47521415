import type { FoundIdentifier, Patient } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { MemoryPatientIndex } from '../../../../test/support/memory-patient-index.ts';
import { DEFAULT_MATCH_OPTIONS, MATCHER_VERSION, matchPatient } from './match-patient.stage.ts';

const person = (
  mrn: string,
  family: string,
  given: string,
  birthDate: string,
  extra: Partial<Patient> = {},
): Patient => ({
  mrn,
  family,
  given: [given],
  birthDate,
  sex: 'unknown',
  address: null,
  city: null,
  state: null,
  postalCode: null,
  ...extra,
});

// An index seeded with the people a matcher confuses.
const rosa = person('4418203', 'Quintero', 'Rosa', '1961-04-17');
const twin = person('4418977', 'Quintero', 'Rosalind', '1961-04-17');
const namesake = person('5520001', 'Lee', 'Ann', '1970-01-01');
const namesakeOlder = person('5520777', 'Lee', 'Ann', '1947-09-12');
const transposedA = person('1234567', 'Okafor', 'Chidi', '1980-05-05');
const transposedB = person('1234576', 'Marsh', 'Helen', '1955-02-14');
const robert = person('7001234', 'Smith', 'Robert', '1966-06-06');
const jose = person('7009999', 'Núñez', 'José', '1990-12-01');
const merged = person('8000001', 'Walsh', 'Nora', '1975-03-03', { aliases: ['8000999'] });
const index = new MemoryPatientIndex([
  rosa,
  twin,
  namesake,
  namesakeOlder,
  transposedA,
  transposedB,
  robert,
  jose,
  merged,
]);

let page = 0;
const id = (
  kind: FoundIdentifier['kind'],
  value: string,
  source: FoundIdentifier['source'] = 'header-text',
  confidence = 95,
) =>
  ({
    kind,
    value,
    source,
    pageId: `f000-p${String(page++).padStart(4, '0')}`,
    confidence,
  }) satisfies FoundIdentifier;
const decide = (identifiers: FoundIdentifier[], suspectedMisfiledPages: string[] = []) =>
  matchPatient({ identifiers, suspectedMisfiledPages }, index, DEFAULT_MATCH_OPTIONS);
const codes = async (identifiers: FoundIdentifier[]) =>
  (await decide(identifiers)).reasons.map((reason) => reason.code);

describe('matchPatient: files only on two agreeing identifiers and a clear lead', () => {
  it('files on MRN + name + DOB, recording version, candidates and field agreement', async () => {
    const decision = await decide([
      id('mrn', '4418203'),
      id('name', 'QUINTERO^ROSA'),
      id('birthDate', '1961-04-17'),
    ]);
    expect(decision).toMatchObject({
      matcher: MATCHER_VERSION,
      outcome: 'matched',
      patientMrn: '4418203',
      reasons: [],
    });
    expect(decision.candidates[0]).toMatchObject({
      mrn: '4418203',
      fields: { mrn: 'agree', name: 'agree', birthDate: 'agree' },
    });
    // The twin was considered and left far behind.
    expect(decision.candidates.map((c) => c.mrn)).toContain('4418977');
  });

  it('counts an MRN from a 1D label plus a printed DOB as two identifiers', async () => {
    const decision = await decide([id('mrn', '4418203', 'barcode', 100), id('birthDate', '1961-04-17')]);
    expect(decision.outcome).toBe('matched');
  });

  it('does not count the same identifier read twice as two', async () => {
    expect(await codes([id('mrn', '4418203', 'barcode', 100), id('mrn', '4418203')])).toEqual([
      'single-identifier',
    ]);
  });

  it('tells twins apart by their given names, and files name + DOB without an MRN', async () => {
    expect((await decide([id('name', 'QUINTERO^ROSALIND'), id('birthDate', '1961-04-17')])).patientMrn).toBe(
      '4418977',
    );
  });

  it('sends a name that only sounds like one twin to review', async () => {
    expect(await codes([id('name', 'QUINTERO^ROSE'), id('birthDate', '1961-04-17')])).toContain(
      'near-duplicate-patients',
    );
  });

  it('files a namesake by name + DOB but not by name alone', async () => {
    expect((await decide([id('name', 'LEE^ANN'), id('birthDate', '1970-01-01')])).patientMrn).toBe('5520001');
    const nameOnly = await codes([id('name', 'LEE^ANN')]);
    expect(nameOnly).toContain('near-duplicate-patients');
    expect((await decide([id('name', 'LEE^ANN')])).outcome).toBe('review');
  });

  it('never files when the MRN is one transposition from the patient the name and DOB point to', async () => {
    const decision = await decide([
      id('mrn', '1234576'),
      id('name', 'OKAFOR^CHIDI'),
      id('birthDate', '1980-05-05'),
    ]);
    expect(decision.outcome).toBe('review');
    expect(decision.reasons.map((r) => r.code)).toContain('identifier-conflict');
  });

  it('matches nicknames and names printed without diacritics', async () => {
    expect((await decide([id('mrn', '7001234'), id('name', 'SMITH^BOB')])).patientMrn).toBe('7001234');
    expect((await decide([id('name', 'NUNEZ^JOSE'), id('birthDate', '1990-12-01')])).patientMrn).toBe(
      '7009999',
    );
  });

  it('files a document labelled with a merged MRN to the surviving patient', async () => {
    expect((await decide([id('mrn', '8000999'), id('birthDate', '1975-03-03')])).patientMrn).toBe('8000001');
  });

  it.each([
    ['no identifiers', [], 'no-identifiers'],
    [
      'a DOB contradicting MRN and name',
      [id('mrn', '4418203'), id('name', 'QUINTERO^ROSA'), id('birthDate', '1961-04-18')],
      'identifier-conflict',
    ],
    [
      'two MRNs of two patients',
      [id('mrn', '4418203'), id('mrn', '5520001'), id('name', 'QUINTERO^ROSA')],
      'multiple-patients',
    ],
    [
      'two dates of birth',
      [id('mrn', '4418203'), id('birthDate', '1961-04-17'), id('birthDate', '1962-01-01')],
      'identifier-conflict',
    ],
    ['an MRN nobody has', [id('mrn', '9999999'), id('birthDate', '2001-01-01')], 'mrn-not-found'],
    ['a name and DOB nobody has', [id('name', 'DOE^JOHN'), id('birthDate', '2001-01-01')], 'no-candidate'],
  ])('sends %s to review', async (_label, identifiers, code) => {
    const decision = await decide(identifiers);
    expect(decision.outcome).toBe('review');
    expect(decision.patientMrn).toBeNull();
    expect(decision.reasons.map((r) => r.code)).toContain(code);
  });

  it('does not decide on identifiers read with low OCR confidence', async () => {
    const decision = await decide([
      id('mrn', '4418203', 'header-text', 40),
      id('name', 'QUINTERO^ROSA', 'header-text', 45),
    ]);
    expect(decision.outcome).toBe('review');
    expect(decision.reasons.map((r) => r.code)).toContain('low-ocr-confidence');
  });

  it('lets a shaky read that fits the patient stand by, but never count towards the two', async () => {
    const clearTwoShakyDob = [
      id('mrn', '4418203'),
      id('name', 'QUINTERO^ROSA'),
      id('birthDate', '1961-04-17', 'header-text', 8),
    ];
    expect((await decide(clearTwoShakyDob)).patientMrn).toBe('4418203');
    const clearOneShakyDob = [id('mrn', '4418203'), id('birthDate', '1961-04-17', 'header-text', 8)];
    const decision = await decide(clearOneShakyDob);
    expect(decision.outcome).toBe('review');
    expect(decision.reasons.map((r) => r.code)).toEqual(['low-ocr-confidence', 'single-identifier']);
  });

  it('holds a document back when a shaky read does not fit the closest patient', async () => {
    const decision = await decide([
      id('mrn', '4418203'),
      id('name', 'QUINTERO^ROSA'),
      id('birthDate', '1971-04-17', 'header-text', 30),
    ]);
    expect(decision.outcome).toBe('review');
    expect(decision.reasons.map((r) => r.code)).toEqual(['low-ocr-confidence']);
  });

  it('holds a document with a poorly read page for review, the page marked', async () => {
    const identifiers = [id('mrn', '4418203'), id('name', 'QUINTERO^ROSA')];
    const pageConfidences = [
      { pageId: 'f000-p0000', meanConfidence: 91 },
      { pageId: 'f000-p0001', meanConfidence: 38 },
    ];
    const decision = await matchPatient(
      { identifiers, suspectedMisfiledPages: [], pageConfidences },
      index,
      DEFAULT_MATCH_OPTIONS,
    );
    expect(decision.outcome).toBe('review');
    expect(decision.reasons.map((r) => r.code)).toEqual(['poorly-read-page']);
    expect(decision.markedPages).toEqual(['f000-p0001']);
    const wellRead = pageConfidences.map((page) => ({ ...page, meanConfidence: 90 }));
    expect(
      (
        await matchPatient(
          { identifiers, suspectedMisfiledPages: [], pageConfidences: wellRead },
          index,
          DEFAULT_MATCH_OPTIONS,
        )
      ).outcome,
    ).toBe('matched');
  });

  it('sends a document with a suspected misfiled page to review with the page marked', async () => {
    const decision = await decide([id('mrn', '4418203'), id('name', 'QUINTERO^ROSA')], ['f000-p0002']);
    expect(decision.outcome).toBe('review');
    expect(decision.reasons[0]?.code).toBe('suspected-misfiled-page');
    expect(decision.markedPages).toEqual(['f000-p0002']);
  });

  it('never puts patient data in its reasons', async () => {
    const decision = await decide([
      id('mrn', '4418203'),
      id('name', 'QUINTERO^ROSA'),
      id('birthDate', '1961-04-18'),
    ]);
    const messages = decision.reasons.map((reason) => reason.message).join(' ');
    for (const secret of ['4418203', 'QUINTERO', 'ROSA', '1961'])
      expect(messages.toUpperCase()).not.toContain(secret);
  });
});
