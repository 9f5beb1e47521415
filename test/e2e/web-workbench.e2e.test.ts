import { readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditPage, DocumentView } from '@chartroom/api-contract';
import type { BatchSummary } from '@chartroom/domain';
import {
  formatUsDate,
  patientsCsv,
  renderPage,
  writeSampleBatch,
  type SampleBatch,
  type SyntheticPatient,
} from '@chartroom/samples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signIn } from '../support/browser.ts';
import { IsolatedChartroom } from '../support/isolated-chartroom.ts';

// The people's side in a real browser (Debian Chromium driven by playwright-core) against a real
// API, workers, Redis, S3 and Elasticsearch: a clerk resolves the review item a generated batch
// produced, a clinician finds that document by a phrase and opens the right page, a clinician is
// kept out of the review queue, and every read is in the audit trail. Screenshots of each step are
// kept under test-artifacts/screenshots/.

const chartroom = new IsolatedChartroom();
/**
 * A referral letter whose MRN has one digit wrong: name and date of birth are the patient's, so
 * the matcher sees an identifier conflict and a clerk must decide, on the two identifiers that do
 * agree. It speaks of congestive heart failure, which a clinician finds by searching "CHF".
 */
async function writeReferralLetter(dir: string, patient: SyntheticPatient): Promise<string> {
  const last = Number(patient.mrn.at(-1));
  const wrongMrn = `${patient.mrn.slice(0, -1)}${(last + 1) % 10}`;
  const page = await renderPage({
    title: 'REFERRAL LETTER',
    headerStyle: 'none',
    lines: [
      `Patient: ${patient.family.toUpperCase()}, ${patient.given[0] ?? ''}   MRN: ${wrongMrn}   DOB: ${formatUsDate(patient.birthDate)}`,
      '',
      'Dear colleague,',
      'Thank you for seeing this patient with congestive heart failure and worsening ankle swelling',
      'over three weeks. Echocardiogram last spring showed an ejection fraction of 35 percent.',
      'Please advise on diuretic dosing before the next clinic visit.',
      '',
      'Yours sincerely, Dr. Anna Weber, MD',
    ],
  });
  await writeFile(path.join(dir, 'referral-letter.png'), page.png);
  return wrongMrn;
}

const PASSWORD = {
  clerk: 'clerk-e2e-password-1',
  clinician: 'clinician-e2e-password-1',
  admin: 'admin-e2e-password-1',
  station: 'station-e2e-password-1',
};

describe('web application: review workbench and chart search in Chromium', () => {
  let sample: SampleBatch;
  let summary: Omit<BatchSummary, 'completedAt'>;
  let browser: Browser;
  let base: string;
  let referralPatient: SyntheticPatient;
  let reviewDocumentId: string;
  let rightMrn: string;
  let progressNoteId: string;

  /** The API as the command line calls it (every role), to check what the browser did. */
  const api = async <T>(route: string): Promise<T> => {
    const token = readFileSync(path.join(chartroom.stateDir, 'cli-token'), 'utf8').trim();
    const response = await fetch(`${base}${route}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status, route).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    await chartroom.init();
    base = chartroom.env.CHARTROOM_API_URL ?? '';
    sample = await writeSampleBatch(path.join(chartroom.stateDir, 'batch'));
    referralPatient = sample.patients[3] as SyntheticPatient;
    const wrongMrn = await writeReferralLetter(sample.dir, referralPatient);
    expect(sample.patients.map((patient) => patient.mrn)).not.toContain(wrongMrn);
    writeFileSync(path.join(chartroom.stateDir, 'patients.csv'), patientsCsv(sample.patients));
    const up = await chartroom.chartroom('up');
    expect(up.code, up.stderr).toBe(0);
    for (const [name, role] of [
      ['clerk-e2e', 'clerk'],
      ['clinician-e2e', 'clinician'],
      ['admin-e2e', 'admin'],
      ['ward-9', 'station'],
    ] as const) {
      await chartroom.json('users', 'add', name, '--role', role, '--password', PASSWORD[role]);
    }
    await chartroom.json('patients', 'import', path.join(chartroom.stateDir, 'patients.csv'));
    summary = await chartroom.json('drop', sample.dir, '--station', 'ward-7', '--wait');
    const referral = summary.documents.find((doc) => doc.pages[0]?.file === 'referral-letter.png');
    expect(referral?.status).toBe('review');
    reviewDocumentId = referral?.documentId ?? '';
    rightMrn = referralPatient.mrn;
    // The progress note prints only the MRN: it waits for a clerk too (the next item).
    progressNoteId =
      summary.documents.find((doc) => doc.pages[0]?.file === 'progress-note.png')?.documentId ?? '';
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await chartroom.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    return context.newPage();
  }

  it('a clerk signs in, claims the item, confirms two identifiers, assigns the right patient and files it', async () => {
    const page = await newPage();
    await signIn(page, base, 'clerk-e2e', PASSWORD.clerk);
    await page.goto(`${base}/review`);
    const row = page.getByTestId(`review-row-${reviewDocumentId}`);
    await row.waitFor();
    await screenshot(page, 'web-1-clerk-queue');

    await row.click();
    await page.waitForURL(`**/review/${reviewDocumentId}`);
    await page.getByTestId('review-page').waitFor();
    // The matcher's candidate, or else the patient index searched by MRN.
    const candidate = page.getByTestId(`choose-${rightMrn}`);
    if (await candidate.isVisible()) await candidate.click();
    else {
      await page.getByTestId('patient-search-input').fill(rightMrn);
      await page.getByTestId(`search-choose-${rightMrn}`).click();
    }
    await page.getByTestId('assignment').waitFor();
    await screenshot(page, 'web-2-clerk-item');

    // The MRN read differs from the patient's by one digit; name and date of birth agree.
    expect(await page.getByTestId(`candidate-${rightMrn}-mrn`).textContent()).toMatch(/near/i);
    if (await page.getByTestId('reason-type-uncertain').isVisible()) {
      await page.getByTestId('doc-type-select').selectOption('letter');
    }
    // Never filed on one identifier: assigning waits for a second one to be confirmed.
    const assign = page.getByTestId('action-assign');
    await page.getByTestId('confirm-name').check();
    expect(await assign.isDisabled()).toBe(true);
    await page.getByTestId('confirm-birthDate').check();
    expect(await assign.isDisabled()).toBe(false);
    await screenshot(page, 'web-3-clerk-confirmed');
    await assign.click();
    // Resolving opens the next item: the progress note.
    await page.waitForURL(`**/review/${progressNoteId}`);
    await page.getByTestId('review-page').waitFor();
    await screenshot(page, 'web-4-clerk-next-item');

    const filed = await api<DocumentView>(`/v1/documents/${reviewDocumentId}`);
    expect(filed).toMatchObject({ status: 'filed', patient: { mrn: rightMrn } });
    expect(filed.history.at(-1)).toMatchObject({ decidedBy: 'clerk-e2e', change: 'assign-patient' });
    await page.context().close();
  });

  it('two clerks never work the same item, and the API itself enforces the two-identifier rule', async () => {
    const progressNoteMrn = sample.files.find((file) => file.name === 'progress-note.png')?.patientMrn;
    const page = await newPage();
    await signIn(page, base, 'clerk-e2e', PASSWORD.clerk);
    const headers = { 'x-requested-with': 'chartroom' };
    expect((await page.request.post(`${base}/v1/review/${progressNoteId}/claim`, { headers })).status()).toBe(
      200,
    );

    // Another clerk (the command line's account holds the clerk role) can neither claim nor act.
    const token = readFileSync(path.join(chartroom.stateDir, 'cli-token'), 'utf8').trim();
    const asOtherClerk = (route: string, body?: unknown) =>
      fetch(`${base}${route}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const claim = await asOtherClerk(`/v1/review/${progressNoteId}/claim`);
    expect(claim.status).toBe(409);
    expect(await claim.json()).toMatchObject({ claim: { by: 'clerk-e2e' } });
    const act = await asOtherClerk(`/v1/review/${progressNoteId}/actions`, {
      action: 'assign-patient',
      mrn: progressNoteMrn,
      confirmed: ['mrn', 'name'],
    });
    expect(act.status).toBe(409);

    // The holder, calling the API directly, still cannot file on one identifier.
    const oneIdentifier = await page.request.post(`${base}/v1/review/${progressNoteId}/actions`, {
      headers,
      data: { action: 'assign-patient', mrn: progressNoteMrn, confirmed: ['mrn', 'mrn'] },
    });
    expect(oneIdentifier.status()).toBe(400);
    expect(((await oneIdentifier.json()) as { error: string }).error).toMatch(/two/i);
    await page.context().close();
  });

  it('a clinician finds the patient, sees the document on the timeline, finds it by a phrase and opens the right page', async () => {
    const page = await newPage();
    await signIn(page, base, 'clinician-e2e', PASSWORD.clinician);
    await page.goto(`${base}/patients`);
    await page.getByTestId('patient-search').fill(`${referralPatient.family} ${referralPatient.birthDate}`);
    await page.getByTestId(`patient-link-${rightMrn}`).click();
    await page.waitForURL(`**/patients/${rightMrn}`);
    await page.getByTestId(`timeline-${reviewDocumentId}`).waitFor();
    await screenshot(page, 'web-5-clinician-timeline');

    // The letter says "congestive heart failure"; the clinician types the abbreviation.
    await page.getByTestId('chart-search').fill('CHF ankle swelling');
    await page.getByTestId('chart-search').press('Enter');
    const pageLink = page.getByTestId(`hit-page-${reviewDocumentId}-1`);
    await pageLink.waitFor();
    expect(await page.getByTestId(`hit-${reviewDocumentId}`).locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['congestive heart failure', 'ankle swelling']),
    );
    await screenshot(page, 'web-6-clinician-search');

    await pageLink.click();
    await page.waitForURL(`**/documents/${reviewDocumentId}?**`);
    const viewer = page.getByTestId('viewer-page');
    await viewer.waitFor();
    expect(await viewer.getAttribute('data-page')).toBe('1');
    // The words found are marked on the page image: the expansion's three and the two typed.
    await page.getByTestId('viewer-highlight').first().waitFor();
    expect(await page.getByTestId('viewer-highlight').count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'web-7-clinician-viewer');

    // A phrase on page 2 of the three-page discharge summary opens the viewer at page 2.
    const phrase = sample.phrases.find(
      (candidate) => candidate.file === 'discharge-summary.tif' && candidate.pageIndex === 1,
    );
    const discharge = summary.documents.find((doc) => doc.pages[0]?.file === 'discharge-summary.tif');
    await page.goto(`${base}/patients/${phrase?.patientMrn ?? ''}`);
    await page.getByTestId('chart-search').fill(phrase?.phrase ?? '');
    await page.getByTestId('chart-search').press('Enter');
    await page.getByTestId(`hit-page-${discharge?.documentId ?? ''}-2`).click();
    await page.waitForURL(`**/documents/${discharge?.documentId ?? ''}?**`);
    expect(await page.getByTestId('viewer-page').getAttribute('data-page')).toBe('2');
    await page.getByTestId('viewer-highlight').first().waitFor();
    await screenshot(page, 'web-7b-clinician-viewer-page-2');
    // The searchable PDF downloads from the viewer.
    const pdf = await page.request.get(
      `${base}${(await page.getByTestId('download-pdf').getAttribute('href')) ?? ''}`,
    );
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('a clinician cannot open the review queue', async () => {
    const page = await newPage();
    await signIn(page, base, 'clinician-e2e', PASSWORD.clinician);
    await page.goto(`${base}/review`);
    await page.getByTestId('forbidden').waitFor();
    await screenshot(page, 'web-8-clinician-forbidden');
    // The API itself refuses, whatever the page shows.
    const direct = await page.request.get(`${base}/v1/review`, {
      headers: { 'x-requested-with': 'chartroom' },
    });
    expect(direct.status()).toBe(403);
    await page.context().close();
  });

  it('every read of patient data left an audit event, which an admin can search', async () => {
    const clinician = await api<AuditPage>('/v1/audit?actor=clinician-e2e&limit=500');
    const actions = new Set(clinician.events.map((event) => event.action));
    for (const action of [
      'patient.search',
      'patient.chart',
      'search',
      'document.view',
      'document.page-image',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(clinician.events).toContainEqual(
      expect.objectContaining({ action: 'access.denied', outcome: 'denied', resource: 'GET /v1/review' }),
    );
    const clerk = await api<AuditPage>('/v1/audit?actor=clerk-e2e&limit=500');
    const clerkActions = new Set(clerk.events.map((event) => event.action));
    for (const action of ['review.list', 'review.item', 'document.page-image', 'review.assign-patient']) {
      expect(clerkActions, action).toContain(action);
    }
    expect(clerk.events).toContainEqual(
      expect.objectContaining({ action: 'review.item', resource: `document/${reviewDocumentId}` }),
    );
    const assigned = clerk.events.find(
      (event) =>
        event.action === 'review.assign-patient' && event.resource === `document/${reviewDocumentId}`,
    );
    expect(assigned?.detail).toMatchObject({ mrn: rightMrn, confirmed: ['name', 'birthDate'] });

    const page = await newPage();
    await signIn(page, base, 'admin-e2e', PASSWORD.admin);
    // The export: every matching event as NDJSON, oldest first.
    const exported = await page.request.get(`${base}/v1/audit/export?actor=clinician-e2e`);
    expect(exported.headers()['content-type']).toMatch(/ndjson/);
    const lines = (await exported.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; at: string });
    expect(lines.map((event) => event.action)).toEqual(
      expect.arrayContaining(['document.download', 'access.denied']),
    );
    expect(lines.map((event) => event.at)).toEqual([...lines.map((event) => event.at)].sort());
    await page.goto(`${base}/admin/audit`);
    await page.getByTestId('audit-actor').fill('clinician-e2e');
    await page.getByTestId('audit-apply').click();
    await page.getByText('access.denied').first().waitFor();
    await screenshot(page, 'web-9-admin-audit');
    await page.context().close();
  });
  it('a clerk re-files a document filed in error: the old filing is kept and marked', async () => {
    const letter = summary.documents.find((doc) => doc.pages[0]?.file === 'clinic-letter.jpg');
    expect(letter?.status).toBe('filed');
    const other = sample.patients.find((patient) => patient.mrn !== letter?.patientMrn) as SyntheticPatient;
    const page = await newPage();
    await signIn(page, base, 'clerk-e2e', PASSWORD.clerk);
    await page.goto(`${base}/documents/${letter?.documentId ?? ''}`);
    await page.getByTestId('action-refile').click();
    await page.getByTestId('refile-patient-search').fill(other.mrn);
    await page.getByTestId(`refile-choose-${other.mrn}`).click();
    await page.getByTestId('refile-confirm-name').check();
    await page.getByTestId('refile-confirm-birthDate').check();
    await page.getByTestId('refile-reason').fill('Letter scanned into the wrong chart');
    await page.getByTestId('refile-submit').click();
    await page.getByTestId('refile-notice').waitFor();
    await screenshot(page, 'web-10-clerk-refiled');
    await page.context().close();

    const refiled = await api<DocumentView>(`/v1/documents/${letter?.documentId ?? ''}`);
    expect(refiled.patient?.mrn).toBe(other.mrn);
    expect(refiled.history.map((entry) => entry.patientMrn)).toEqual([letter?.patientMrn, other.mrn]);
    expect(refiled.history.at(-1)).toMatchObject({
      decidedBy: 'clerk-e2e',
      change: 'refile: Letter scanned into the wrong chart',
    });
  });
  it('a scanning station drops a batch in the browser and follows it until every page is accounted for', async () => {
    const page = await newPage();
    await signIn(page, base, 'ward-9', PASSWORD.station);
    await page.goto(`${base}/station`);
    await page
      .getByTestId('upload-files')
      .setInputFiles([path.join(sample.dir, 'radiology-report.pdf'), path.join(sample.dir, 'notes.txt.pdf')]);
    await page.getByTestId('upload-submit').click();
    const state = page.getByTestId('batch-state');
    await state.waitFor();
    expect(await page.getByTestId('batch-status').textContent()).toMatch(/ward-9_/);
    await page.locator('[data-testid="batch-state"][data-state="complete"]').waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('batch-quarantined').textContent()).toMatch(/notes\.txt\.pdf.*plain text/);
    await screenshot(page, 'web-11-station-batch-complete');
    // A refused drop says why and writes nothing the pipeline would take.
    const refused = await page.request.post(`${base}/v1/batches`, {
      headers: { 'x-requested-with': 'chartroom' },
      multipart: {
        station: 'Ward 9!',
        file: { name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from('not really') },
      },
    });
    expect(refused.status()).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/not a station id/);
    const batchId = new URL(page.url()).searchParams.get('batch') ?? '';
    await page.context().close();

    // The same batch as a station writing to S3 would have made: a filed report, a quarantined text file.
    const status = await api<{ summary: Omit<BatchSummary, 'completedAt'> }>(`/v1/batches/${batchId}`);
    expect(status.summary.documents).toEqual([
      expect.objectContaining({
        status: 'filed',
        pages: [
          { file: 'radiology-report.pdf', pageIndex: 0 },
          { file: 'radiology-report.pdf', pageIndex: 1 },
        ],
      }),
    ]);
    expect(status.summary.quarantined).toEqual([expect.objectContaining({ file: 'notes.txt.pdf' })]);
  });
});
