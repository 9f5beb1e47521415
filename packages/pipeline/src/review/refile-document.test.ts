import { beforeEach, describe, expect, it } from 'vitest';
import { assignPatient } from './assign-patient.ts';
import { filingHistory } from './filing-history.ts';
import { refileDocument } from './refile-document.ts';
import { doc, expectRefusal, reviewFixture, type ReviewFixture } from './review.fixture.ts';

describe('refileDocument', () => {
  let fixture: ReviewFixture;
  beforeEach(async () => {
    fixture = await reviewFixture();
    await assignPatient(
      doc(2),
      { mrn: '5550002', confirmed: ['mrn', 'name'], docType: 'letter' },
      'clerk.ana',
      fixture.deps,
    );
  });

  it('files a document filed in error to the right patient; the erroneous version stays as it was', async () => {
    const before = await filingHistory(fixture.blobs, doc(2));
    const filing = await refileDocument(
      doc(2),
      { mrn: '5550003', confirmed: ['name', 'birthDate'], reason: 'label of the wrong patient' },
      'clerk.bo',
      fixture.deps,
    );
    expect(filing).toMatchObject({
      version: 3,
      status: 'filed',
      patientMrn: '5550003',
      docType: 'letter',
      change: {
        kind: 'refile',
        actor: 'clerk.bo',
        note: 'label of the wrong patient',
        confirmedIdentifiers: ['name', 'birthDate'],
        previousPatientMrn: '5550002',
        relatedDocumentIds: [],
      },
    });
    const history = await filingHistory(fixture.blobs, doc(2));
    expect(history.slice(0, 2)).toEqual(before);
    expect(history.map((version) => [version.version, version.status, version.patientMrn])).toEqual([
      [1, 'review', '5550002'],
      [2, 'filed', '5550002'],
      [3, 'filed', '5550003'],
    ]);
    expect(fixture.indexOf(doc(2))).toMatchObject({
      status: 'filed',
      patientMrn: '5550003',
      filingVersion: 3,
    });
  });

  it('refuses the same patient (also by an alias), no reason, one identifier, an unknown patient', async () => {
    const refile = (mrn: string, confirmed: string[], reason: string) =>
      refileDocument(doc(2), { mrn, confirmed: confirmed as never, reason }, 'clerk.bo', fixture.deps);
    await expectRefusal(
      refile('5550002', ['mrn', 'name'], 'wrong'),
      'invalid',
      /already filed to that patient/,
    );
    await expectRefusal(
      refile('5550092', ['mrn', 'name'], 'wrong'),
      'invalid',
      /already filed to that patient/,
    );
    await expectRefusal(refile('5550003', ['mrn', 'name'], ' '), 'invalid', /reason is required/);
    await expectRefusal(refile('5550003', ['name'], 'wrong'), 'invalid', /two different identifiers/);
    await expectRefusal(refile('1234567', ['mrn', 'name'], 'wrong'), 'invalid', /no patient has the MRN/);
    expect(await filingHistory(fixture.blobs, doc(2))).toHaveLength(2);
  });

  it('refiles filed documents only', async () => {
    await expectRefusal(
      refileDocument(
        doc(1),
        { mrn: '5550003', confirmed: ['mrn', 'name'], reason: 'wrong patient' },
        'clerk.bo',
        fixture.deps,
      ),
      'conflict',
      /is in review: only a filed document can be refiled/,
    );
  });
});
