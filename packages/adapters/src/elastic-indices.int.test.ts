import { randomBytes } from 'node:crypto';
import { loadConfig } from '@chartroom/config';
import type { Patient } from '@chartroom/domain';
import type { IndexedDocument } from '@chartroom/pipeline';
import type { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElasticDocumentIndex } from './elastic-document-index.ts';
import { createElasticClient, ensureIndices, INDEX_KINDS, indexName } from './elastic-indices.ts';
import { ElasticPatientIndex } from './elastic-patient-index.ts';

const document = (
  id: string,
  status: 'filed' | 'review',
  pages: string[],
  patientMrn: string | null,
): IndexedDocument => ({
  documentId: id,
  batchId: 'ward-1_b1',
  status,
  filingVersion: 1,
  patientMrn,
  patientName: patientMrn ? 'Doe, Jan' : null,
  patientBirthDate: patientMrn ? '1970-01-01' : null,
  docType: 'progress-note',
  loinc: '11506-3',
  documentDate: '2026-03-01',
  author: 'Jane Q. Smith, MD',
  classification: {
    confidence: 0.98,
    decidedBy: 'text',
    modelVersion: 'tm-0123456789ab',
    outcome: 'decided',
  },
  decidedAt: new Date().toISOString(),
  matcher: 'exact-mrn/1',
  reasons: status === 'review' ? [{ code: 'single-identifier', message: 'Only the MRN was found.' }] : [],
  decision: {
    matcher: 'fellegi-sunter/1',
    outcome: status === 'filed' ? 'matched' : 'review',
    patientMrn,
    identifiers: [],
    candidates: [],
    reasons: [],
    markedPages: [],
  },
  suspectedMisfiledPages: [],
  pageCount: pages.length,
  pages: pages.map((text, i) => ({
    page: i + 1,
    pageId: `f000-p000${i}`,
    file: 'a.tif',
    pageIndex: i,
    text,
    meanConfidence: 90,
  })),
});

// Against the real Elasticsearch node that test/global-setup.ts brought up.
describe('Elasticsearch indices (real node)', () => {
  const prefix = `it-${randomBytes(4).toString('hex')}`;
  let client: Client;

  beforeAll(async () => {
    client = createElasticClient(loadConfig().CHARTROOM_ES_URL);
    await ensureIndices(client, prefix);
    await ensureIndices(client, prefix); // idempotent
  });

  afterAll(async () => {
    await client.indices.delete({ index: INDEX_KINDS.map((kind) => indexName(prefix, kind)) });
    for (const kind of INDEX_KINDS)
      await client.indices.deleteIndexTemplate({ name: indexName(prefix, kind) });
    await client.close();
  });

  it('finds the page a phrase is on, with a highlight, in filed documents only', async () => {
    const index = new ElasticDocumentIndex(client, prefix);
    await index.upsert(
      document('d1', 'filed', ['admission note', 'a pericardial friction rub was heard', 'plan'], '1000001'),
    );
    await index.upsert(document('d2', 'review', ['pericardial friction rub again'], null));
    await index.upsert(
      document('d1', 'filed', ['admission note', 'a pericardial friction rub was heard', 'plan'], '1000001'),
    );

    const result = await index.search({ query: 'friction rub', limit: 10 });
    expect(result.total).toBe(1);
    expect(result.hits[0]).toMatchObject({
      documentId: 'd1',
      page: 2,
      patientMrn: '1000001',
      pages: [2],
      docType: 'progress-note',
      loinc: '11506-3',
      documentDate: '2026-03-01',
      author: 'Jane Q. Smith, MD',
    });
    expect((await index.search({ query: 'friction rub', docType: 'letter', limit: 10 })).total).toBe(0);
    expect(result.hits[0]?.highlight).toBe('a pericardial [friction rub] was heard');
    expect((await index.search({ query: 'friction rub', patientMrn: '9', limit: 10 })).total).toBe(0);
    expect((await index.openReviewItems()).map((item) => item.documentId)).toEqual(['d2']);
  });

  it('upserts patients by MRN: a re-import updates and never duplicates', async () => {
    const patients = new ElasticPatientIndex(client, prefix);
    const patient: Patient = {
      mrn: '1000001',
      family: 'Doe',
      given: ['Jan'],
      birthDate: '1970-01-01',
      sex: 'unknown',
      address: null,
      city: null,
      state: null,
      postalCode: null,
    };
    expect(await patients.upsertMany([patient], 'patients/imports/x.csv', new Date())).toEqual({
      created: 1,
      updated: 0,
    });
    expect(
      await patients.upsertMany([{ ...patient, city: 'Salem' }], 'patients/imports/y.csv', new Date()),
    ).toEqual({
      created: 0,
      updated: 1,
    });
    expect(await patients.count()).toBe(1);
    expect(await patients.findByMrn('1000001')).toEqual({ ...patient, city: 'Salem' });
    expect(await patients.findByMrn('404')).toBeNull();
  });
});
