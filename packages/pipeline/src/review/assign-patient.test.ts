import { documentKeys, modelKeys, type DocumentFiling } from '@chartroom/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmDocumentType } from '../classify/confirm-document-type.stage.ts';
import { assignPatient } from './assign-patient.ts';
import { filingHistory } from './filing-history.ts';
import { doc, expectRefusal, reviewFixture, type ReviewFixture } from './review.fixture.ts';

describe('assignPatient', () => {
  let fixture: ReviewFixture;
  beforeEach(async () => {
    fixture = await reviewFixture();
  });

  it('files a document in review to the patient, with the clerk’s type, confirmations and a new version', async () => {
    const filing = await assignPatient(
      doc(1),
      { mrn: '5550001', confirmed: ['name', 'mrn'], docType: 'progress_note' },
      'clerk.ana',
      fixture.deps,
    );
    expect(filing).toMatchObject({
      version: 2,
      status: 'filed',
      patientMrn: '5550001',
      docType: 'progress-note',
      loinc: '11506-3',
      change: {
        kind: 'assign-patient',
        actor: 'clerk.ana',
        at: '2026-11-23T10:00:00.000Z',
        note: null,
        confirmedIdentifiers: ['mrn', 'name'],
        relatedDocumentIds: [],
      },
    });
    expect(filing.classification).toMatchObject({ decidedBy: 'clerk', outcome: 'decided', confidence: 1 });
    // The matcher's decision stays what it was: the record says who decided what.
    const [first] = await filingHistory(fixture.blobs, doc(1));
    expect(filing.decision).toEqual(first?.decision);
    expect(first).toMatchObject({ version: 1, status: 'review' });
    expect(fixture.indexOf(doc(1))).toMatchObject({
      status: 'filed',
      filingVersion: 2,
      patientMrn: '5550001',
    });
    // The clerk's type teaches the next model, as a type confirmation does.
    const example = JSON.parse(
      (await fixture.blobs.get(modelKeys.confirmedType(doc(1)))).toString('utf8'),
    ) as {
      label: string;
      confirmedBy: string;
      text: string;
    };
    expect(example).toMatchObject({ label: 'progress-note', confirmedBy: 'clerk.ana' });
    expect(example.text).toContain('warfarin bridging');
  });

  it('files to the surviving patient when given an MRN absorbed by a patient merge', async () => {
    const filing = await assignPatient(
      doc(2),
      { mrn: '5550092', confirmed: ['name', 'birthDate'], docType: 'letter' },
      'clerk.ana',
      fixture.deps,
    );
    expect(filing.patientMrn).toBe('5550002');
  });

  it('takes the classifier’s type when it was sure, and asks for the type when it was not', async () => {
    await expectRefusal(
      assignPatient(doc(1), { mrn: '5550001', confirmed: ['mrn', 'name'] }, 'clerk.ana', fixture.deps),
      'invalid',
      /confirm the document type too/,
    );
    // A decided classification (here a clerk's) needs no type in the request.
    const typed = await confirmDocumentType(doc(1), 'letter', 'clerk.bo', fixture.deps);
    expect(typed.status).toBe('filed');
    await expectRefusal(
      assignPatient(doc(1), { mrn: '5550001', confirmed: ['mrn', 'name'] }, 'clerk.ana', fixture.deps),
      'conflict',
      /is filed, not in review; reload it/,
    );
  });

  it('uses a decided classification when no type is given', async () => {
    const v1 = (await filingHistory(fixture.blobs, doc(3)))[0] as DocumentFiling;
    // As if the classifier had been sure: a filing the matcher could not file, type decided.
    await fixture.blobs.put(
      documentKeys.filing(doc(3), 2),
      JSON.stringify({
        ...v1,
        version: 2,
        decision: { ...v1.decision, outcome: 'review' },
        classification: { ...v1.classification, outcome: 'decided', docType: 'letter', loinc: '51852-2' },
        docType: 'letter',
        loinc: '51852-2',
      }),
    );
    const filing = await assignPatient(
      doc(3),
      { mrn: '5550001', confirmed: ['mrn', 'birthDate'] },
      'clerk.ana',
      fixture.deps,
    );
    expect(filing).toMatchObject({ version: 3, status: 'filed', docType: 'letter', patientMrn: '5550001' });
    expect(await fixture.blobs.exists(modelKeys.confirmedType(doc(3)))).toBe(false);
  });

  it('needs two different identifiers confirmed against the patient', async () => {
    const assign = (confirmed: string[]) =>
      assignPatient(
        doc(1),
        { mrn: '5550001', confirmed: confirmed as never, docType: 'letter' },
        'clerk.ana',
        fixture.deps,
      );
    await expectRefusal(assign([]), 'invalid', /at least two different identifiers.*none was/);
    await expectRefusal(assign(['mrn']), 'invalid', /at least two different identifiers.*only one was/);
    await expectRefusal(assign(['mrn', 'mrn']), 'invalid', /only one was/);
    await expectRefusal(assign(['mrn', 'ssn']), 'invalid', /unknown identifier kind/);
    expect(await filingHistory(fixture.blobs, doc(1))).toHaveLength(1);
  });

  it('refuses an unknown patient, an unknown type and an unknown document', async () => {
    await expectRefusal(
      assignPatient(
        doc(1),
        { mrn: '9999999', confirmed: ['mrn', 'name'], docType: 'letter' },
        'clerk.ana',
        fixture.deps,
      ),
      'invalid',
      /no patient has the MRN given/,
    );
    await expectRefusal(
      assignPatient(
        doc(1),
        { mrn: '5550001', confirmed: ['mrn', 'name'], docType: 'recipe' },
        'clerk.ana',
        fixture.deps,
      ),
      'invalid',
      /unknown document type "recipe"/,
    );
    await expectRefusal(
      assignPatient(
        doc(9),
        { mrn: '5550001', confirmed: ['mrn', 'name'], docType: 'letter' },
        'clerk.ana',
        fixture.deps,
      ),
      'not-found',
      /document\/ward-3_b1-d009 is not known/,
    );
  });

  it('lets only one of two clerks filing the same version win; the other is told to reload', async () => {
    const [first, second] = await Promise.allSettled([
      assignPatient(
        doc(1),
        { mrn: '5550001', confirmed: ['mrn', 'name'], docType: 'letter' },
        'clerk.ana',
        fixture.deps,
      ),
      assignPatient(
        doc(1),
        { mrn: '5550003', confirmed: ['mrn', 'name'], docType: 'letter' },
        'clerk.bo',
        fixture.deps,
      ),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({
      status: 'rejected',
      reason: { kind: 'conflict', message: expect.stringMatching(/changed meanwhile.*reload/) as string },
    });
    const history = await filingHistory(fixture.blobs, doc(1));
    expect(history.map((filing) => [filing.version, filing.patientMrn, filing.change?.actor])).toEqual([
      [1, '5550001', undefined],
      [2, '5550001', 'clerk.ana'],
    ]);
  });
});
