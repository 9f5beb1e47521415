import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentTypes, type BatchSummary } from '@chartroom/domain';
import {
  patientsCsv,
  trainingCsv,
  trainingDocuments,
  writeSampleBatch,
  type SampleBatch,
} from '@chartroom/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsolatedChartroom } from '../support/isolated-chartroom.ts';

// The walking skeleton, end to end, through the command line a user types: up, patients import,
// drop --wait --json, search --json, review list --json, on real Redis, S3 and Elasticsearch.
// The test runs its own API and workers in a namespace of its own (bucket, index prefix, queue
// prefix, port), so it never touches a demo running on the same machine.

const chartroom = new IsolatedChartroom();
const stateDir = chartroom.stateDir;

/** What `drop --wait --json` prints. */
type DropSummary = Omit<BatchSummary, 'completedAt'>;

describe('chartroom CLI: a dropped batch becomes searchable', () => {
  let sample: SampleBatch;
  let summary: DropSummary;

  beforeAll(async () => {
    await chartroom.init({ CHARTROOM_LOG_LEVEL: 'debug' });
    sample = await writeSampleBatch(path.join(stateDir, 'batch'));
    writeFileSync(path.join(stateDir, 'patients.csv'), patientsCsv(sample.patients));

    const up = await chartroom.chartroom('up');
    expect(up.stderr).toMatch(/api: healthy/);
    expect(up.code).toBe(0);
  });

  afterAll(async () => {
    await chartroom.stop();
  });

  it('imports the patient index, and re-importing updates instead of duplicating', async () => {
    const csv = path.join(stateDir, 'patients.csv');
    const first = await chartroom.chartroom('patients', 'import', csv, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ format: 'csv', imported: 12, created: 12, updated: 0 });
    const again = await chartroom.chartroom('patients', 'import', csv, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 12, created: 0, updated: 12 });
  });

  it('drops a batch and waits: documents filed or in review, bad files quarantined with reasons', async () => {
    const drop = await chartroom.chartroom(
      'drop',
      sample.dir,
      '--station',
      'e2e-station',
      '--wait',
      '--json',
    );
    expect(drop.stderr.trim()).toBe('');
    expect(drop.code).toBe(0);
    summary = JSON.parse(drop.stdout) as DropSummary;

    const expectedPages = sample.files.reduce((sum, file) => sum + file.pages, 0);
    expect(summary.pages).toBe(expectedPages);
    for (const file of sample.files.filter((candidate) => candidate.expect === 'document')) {
      const document = summary.documents.find((doc) => doc.pages[0]?.file === file.name);
      expect(document, file.name).toBeDefined();
      expect(document?.pages).toEqual(
        Array.from({ length: file.pages }, (_, pageIndex) => ({ file: file.name, pageIndex })),
      );
      // Classified by the shipped model: type and LOINC code.
      expect(document, file.name).toMatchObject({
        docType: file.docType,
        loinc: new DocumentTypes().get(file.docType ?? '').loinc,
      });
    }
    const byFile = (name: string) => summary.documents.find((doc) => doc.pages[0]?.file === name);
    const mrnOf = (name: string) => sample.files.find((file) => file.name === name)?.patientMrn;
    // Full header (MRN, name, DOB): filed to the right patient.
    for (const name of ['discharge-summary.tif', 'radiology-report.pdf', 'clinic-letter.jpg']) {
      expect(byFile(name), name).toMatchObject({ status: 'filed', patientMrn: mrnOf(name) });
    }
    // Only the MRN printed: one identifier is not enough, so a clerk must look.
    expect(byFile('progress-note.png')).toMatchObject({ status: 'review', patientMrn: null });

    expect(summary.quarantined.map((item) => item.file).sort()).toEqual([
      'corrupt-scan.pdf',
      'empty.tif',
      'notes.txt.pdf',
    ]);
    const reasonOf = (name: string) => summary.quarantined.find((item) => item.file === name)?.reason;
    expect(reasonOf('empty.tif')).toMatch(/empty/);
    expect(reasonOf('notes.txt.pdf')).toMatch(/plain text/);
    expect(reasonOf('corrupt-scan.pdf')).toMatch(/damaged|truncated|cannot be decoded/i);
  });

  it('finds a phrase printed on page 2 of the multi-page TIFF on page 2', async () => {
    const phrase = sample.phrases.find(
      (item) => item.file === 'discharge-summary.tif' && item.pageIndex === 1,
    );
    expect(phrase).toBeDefined();
    const search = await chartroom.chartroom('search', phrase?.phrase ?? '', '--json');
    expect(search.code).toBe(0);
    const result = JSON.parse(search.stdout) as {
      total: number;
      hits: { documentId: string; page: number; patientMrn: string; highlight: string }[];
    };
    const tiffDocument = summary.documents.find((doc) => doc.pages[0]?.file === 'discharge-summary.tif');
    expect(result.total).toBeGreaterThanOrEqual(1);
    expect(result.hits[0]).toMatchObject({
      documentId: tiffDocument?.documentId,
      page: 2,
      patientMrn: phrase?.patientMrn,
    });
    // The highlight marks the matched words in [brackets].
    const marked = [...(result.hits[0]?.highlight ?? '').matchAll(/\[([^\]]+)\]/g)].flatMap((match) =>
      (match[1] ?? '').toLowerCase().split(' '),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(phrase?.phrase.toLowerCase().split(' ')).toContain(word);

    const scoped = await chartroom.chartroom(
      'search',
      phrase?.phrase ?? '',
      '--patient',
      '0000000',
      '--json',
    );
    expect(JSON.parse(scoped.stdout)).toMatchObject({ total: 0, hits: [] });
  });

  it('finds documents with their type, LOINC code, date of service and author', async () => {
    const search = await chartroom.chartroom(
      'search',
      'hospital course',
      '--type',
      'discharge-summary',
      '--json',
    );
    expect(search.code).toBe(0);
    const { hits } = JSON.parse(search.stdout) as {
      hits: { documentId: string; docType: string; loinc: string; documentDate: string; author: string }[];
    };
    const discharge = summary.documents.find((doc) => doc.pages[0]?.file === 'discharge-summary.tif');
    expect(hits.map((hit) => hit.documentId)).toEqual([discharge?.documentId]);
    // The discharge date, never the date of birth; the signing physician.
    expect(hits[0]).toMatchObject({
      docType: 'discharge-summary',
      loinc: '18842-5',
      documentDate: '2024-03-09',
    });
    expect(hits[0]?.author).toMatch(/^[A-Z][a-z]*\.? [A-Z][a-z]+, MD$/);
    const none = await chartroom.chartroom('search', 'hospital course', '--type', 'letter', '--json');
    expect(JSON.parse(none.stdout)).toMatchObject({ total: 0 });
  });

  it('classifies local text files and scans with classify --json', async () => {
    const text = path.join(stateDir, 'op-note.txt');
    writeFileSync(
      text,
      [
        'OPERATIVE REPORT',
        'DATE OF PROCEDURE: 02/11/2025',
        'PREOPERATIVE DIAGNOSIS: Acute appendicitis.',
        'POSTOPERATIVE DIAGNOSIS: Same.',
        'PROCEDURE PERFORMED: Laparoscopic appendectomy.',
        'ANESTHESIA: General endotracheal.',
        'ESTIMATED BLOOD LOSS: Minimal.',
        'DESCRIPTION OF PROCEDURE: The patient was brought to the operating room and placed supine.',
        'Surgeon: Maria Lopez, MD',
      ].join('\n'),
    );
    const result = await chartroom.chartroom(
      'classify',
      text,
      path.join(sample.dir, 'clinic-letter.jpg'),
      '--json',
    );
    expect(result.code).toBe(0);
    const { results } = JSON.parse(result.stdout) as {
      results: {
        file: string;
        docType: string;
        loinc: string;
        confidence: number;
        documentDate: string;
        author: string;
      }[];
    };
    expect(results[0]).toMatchObject({
      file: text,
      docType: 'operative-note',
      loinc: '11504-8',
      documentDate: '2025-02-11',
      author: 'Maria Lopez, MD',
    });
    expect(results[1]).toMatchObject({ docType: 'letter', loinc: '51852-2' });
  });

  it('lists the review item with the matcher reasons', async () => {
    const review = await chartroom.chartroom('review', 'list', '--json');
    expect(review.code).toBe(0);
    const { items } = JSON.parse(review.stdout) as {
      items: { documentId: string; reasons: { code: string }[]; docType: string; typeConfidence: number }[];
    };
    const progress = summary.documents.find((doc) => doc.pages[0]?.file === 'progress-note.png');
    const item = items.find((candidate) => candidate.documentId === progress?.documentId);
    expect(item?.reasons.map((reason) => reason.code)).toEqual(['single-identifier']);
    // The type is settled even though the patient is not: a clerk sees it beside the reasons.
    expect(item).toMatchObject({ docType: 'progress-note' });
    expect(item?.typeConfidence).toBeGreaterThanOrEqual(0.98);
  });

  it("records a clerk's type decision as a new filing version and retrains with it", async () => {
    const progress = summary.documents.find((doc) => doc.pages[0]?.file === 'progress-note.png');
    const set = await chartroom.chartroom(
      'review',
      'set-type',
      progress?.documentId ?? '',
      'office-note',
      '--json',
    );
    expect(set.stderr).toBe('');
    expect(JSON.parse(set.stdout)).toMatchObject({
      documentId: progress?.documentId,
      docType: 'office-note',
      loinc: '34108-1',
      version: 2,
      // The patient is still unconfirmed: a type never files a document.
      status: 'review',
    });
    const wrong = await chartroom.chartroom('review', 'set-type', progress?.documentId ?? '', 'recipe');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/400.*a type is one of: discharge-summary/);

    const csv = path.join(stateDir, 'training.csv');
    writeFileSync(csv, trainingCsv(trainingDocuments({ perType: 6, seed: 3 })));
    const train = await chartroom.chartroom('classifier', 'train', '--csv', csv, '--from-review', '--json');
    expect(train.stderr).toBe('');
    const report = JSON.parse(train.stdout) as { version: string; examples: number; storedAs: string };
    expect(report.examples).toBe(14 * 6 + 1); // the clerk's confirmed type included
    expect(report.storedAs).toBe(`models/classifier/${report.version}.json`);

    // The new model is current; the shipped one the worker installed is kept, and can come back.
    const list = JSON.parse((await chartroom.chartroom('classifier', 'list', '--json')).stdout) as {
      models: { version: string; current: boolean }[];
    };
    expect(list.models.filter((model) => model.current).map((model) => model.version)).toEqual([
      report.version,
    ]);
    const shipped = list.models.find((model) => model.version !== report.version);
    expect(shipped).toBeDefined();
    const use = await chartroom.chartroom('classifier', 'use', shipped?.version ?? '', '--json');
    expect(JSON.parse(use.stdout)).toMatchObject({ version: shipped?.version });
    const unknown = await chartroom.chartroom('classifier', 'use', 'tm-000000000000');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no model tm-000000000000 is stored/);
  });

  it('reports every component healthy in status', async () => {
    const status = await chartroom.chartroom('status', '--json');
    expect(status.code).toBe(0);
    const { components } = JSON.parse(status.stdout) as { components: { name: string; healthy: boolean }[] };
    expect(components.map((component) => component.name)).toEqual(
      expect.arrayContaining(['redis', 'elasticsearch', 's3', 'api', 'worker-1']),
    );
  });

  it('kept no patient name, MRN or date of birth in any log line', () => {
    const logs = chartroom.logs();
    expect(logs).toMatch(/document decided/); // the logs are there, at debug level
    const batchPatients = sample.patients.filter((patient) =>
      sample.files.some((file) => file.patientMrn === patient.mrn),
    );
    for (const patient of batchPatients) {
      expect(logs).not.toContain(patient.mrn);
      expect(logs.toLowerCase()).not.toContain(patient.family.toLowerCase());
      expect(logs).not.toContain(patient.birthDate);
    }
  });

  it('fails with one readable line when the API is not there', async () => {
    const down = await chartroom.chartroom('search', 'anything', '--json');
    expect(down.code).toBe(0);
    const saved = chartroom.env;
    chartroom.env = { ...saved, CHARTROOM_API_URL: 'http://127.0.0.1:9' };
    const result = await chartroom.chartroom('search', 'anything');
    chartroom.env = saved;
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'chartroom: the Chartroom API is not reachable at http://127.0.0.1:9; start it with: npx chartroom up',
    ]);
  });
});
