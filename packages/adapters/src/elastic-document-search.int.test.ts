import { randomBytes } from 'node:crypto';
import { loadConfig } from '@chartroom/config';
import type { IndexedDocument } from '@chartroom/pipeline';
import type { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElasticDocumentIndex } from './elastic-document-index.ts';
import { createElasticClient, ensureIndices, INDEX_KINDS, indexName } from './elastic-indices.ts';

interface Fixture {
  id: string;
  pages: string[];
  status?: IndexedDocument['status'];
  mrn?: string | null;
  docType?: string | null;
  date?: string | null;
  batchId?: string;
  decidedAt?: string;
  reasons?: string[];
  confidence?: number;
}

function document(fixture: Fixture): IndexedDocument {
  const status = fixture.status ?? 'filed';
  const mrn = fixture.mrn === undefined ? (status === 'filed' ? '1000001' : null) : fixture.mrn;
  return {
    documentId: fixture.id,
    batchId: fixture.batchId ?? 'ward-1_b1',
    status,
    filingVersion: 1,
    patientMrn: mrn,
    patientName: mrn ? 'Doe, Jan' : null,
    patientBirthDate: mrn ? '1970-01-01' : null,
    docType: fixture.docType === undefined ? 'progress-note' : fixture.docType,
    loinc: null,
    documentDate: fixture.date === undefined ? '2026-03-01' : fixture.date,
    author: 'Jane Q. Smith, MD',
    classification:
      fixture.confidence === undefined
        ? null
        : { confidence: fixture.confidence, decidedBy: 'text', modelVersion: 'tm-1', outcome: 'decided' },
    decidedAt: fixture.decidedAt ?? '2026-03-02T10:00:00.000Z',
    matcher: 'fellegi-sunter/1',
    reasons: (fixture.reasons ?? []).map((code) => ({ code, message: `because ${code}` })),
    decision: {
      matcher: 'fellegi-sunter/1',
      outcome: status === 'filed' ? 'matched' : 'review',
      patientMrn: mrn,
      identifiers: [],
      candidates: [],
      reasons: [],
      markedPages: [],
    },
    suspectedMisfiledPages: [],
    pageCount: fixture.pages.length,
    pages: fixture.pages.map((text, i) => ({
      page: i + 1,
      pageId: `f000-p000${i}`,
      file: 'a.tif',
      pageIndex: i,
      text,
      meanConfidence: 90,
    })),
  };
}

const SEARCHED: Fixture[] = [
  {
    id: 'd-typed',
    pages: [
      'Admission note. Vital signs stable.',
      'History of congestive heart failure, compensated. Started warfarin 5 mg daily.',
    ],
    date: '2026-03-01',
  },
  {
    id: 'd-abbrev',
    pages: ['PMH: CHF, HTN, DM2. Continue warfarin. Prior MI in 2019.'],
    docType: 'discharge-summary',
    date: '2025-11-20',
  },
  {
    id: 'd-slips',
    pages: ['Takes warfarln nightly and rnetoprolol 25 mg; blood pressure 128/70.'],
    mrn: '2000002',
    date: '2024-06-10',
  },
  {
    id: 'd-pages',
    pages: [
      'Cardiology consult. Known atrial fibrillation, rate controlled.',
      'Echo unremarkable.',
      'Plan: anticoagulation for A-fib; recheck in three months.',
    ],
    mrn: '2000002',
    docType: 'consult-note',
    date: null,
  },
  {
    id: 'd-opposite',
    pages: ['Orthostatic hypotension on standing; encourage fluids.'],
    mrn: '2000002',
    date: '2024-01-05',
  },
  { id: 'd-heart', pages: ['Soft murmur heard at the apex; heart sounds regular.'], mrn: '3000003' },
  { id: 'd-heard', pages: ['No murmur heard.'], mrn: '3000003' },
  {
    id: 'd-review',
    pages: ['congestive heart failure, warfarin'],
    status: 'review',
    reasons: ['no-candidate'],
  },
];

async function open(prefix: string): Promise<{ client: Client; cleanUp: () => Promise<void> }> {
  const client = createElasticClient(loadConfig().CHARTROOM_ES_URL);
  await ensureIndices(client, prefix);
  return {
    client,
    cleanUp: async () => {
      await client.indices.delete({ index: INDEX_KINDS.map((kind) => indexName(prefix, kind)) });
      for (const kind of INDEX_KINDS)
        await client.indices.deleteIndexTemplate({ name: indexName(prefix, kind) });
      await client.close();
    },
  };
}

// Against the real Elasticsearch node that test/global-setup.ts brought up.
describe('ElasticDocumentIndex search, timeline and review queue (real node)', () => {
  const prefix = `it-${randomBytes(4).toString('hex')}`;
  let cleanUp: () => Promise<void>;
  let index: ElasticDocumentIndex;
  const ids = async (query: string, filters: Partial<Parameters<ElasticDocumentIndex['search']>[0]> = {}) =>
    (await index.search({ query, limit: 20, ...filters })).hits.map((hit) => hit.documentId);

  beforeAll(async () => {
    const opened = await open(prefix);
    cleanUp = opened.cleanUp;
    index = new ElasticDocumentIndex(opened.client, prefix);
    await opened.client.bulk({
      refresh: 'wait_for',
      operations: SEARCHED.flatMap((fixture) => [
        { index: { _index: index.index, _id: fixture.id } },
        document(fixture),
      ]),
    });
  });
  afterAll(() => cleanUp());

  it('finds an abbreviation by its expansion and the other way round, marking the synonym', async () => {
    const chf = await index.search({ query: 'CHF', limit: 10 });
    // As typed first, then through the synonym; the document in review is never a hit.
    expect(chf.hits.map((hit) => hit.documentId)).toEqual(['d-abbrev', 'd-typed']);
    expect(chf.total).toBe(2);
    expect(chf.hits[0]?.highlight).toContain('[CHF]');
    expect(chf.hits[1]?.highlight).toContain('[congestive heart failure]');

    const expanded = await index.search({ query: 'Congestive Heart Failure', limit: 10 });
    expect(expanded.hits.map((hit) => hit.documentId)).toEqual(['d-typed', 'd-abbrev']);
    expect(expanded.hits[1]?.highlight).toContain('[CHF]');

    expect(await ids('hypertension')).toEqual(['d-abbrev']);
    expect(await ids('myocardial infarction')).toEqual(['d-abbrev']);
    expect(await ids('type 2 diabetes mellitus')).toEqual(['d-abbrev']);
    expect(await ids('BP')).toEqual(['d-slips']);
    expect(await ids('afib')).toEqual(['d-pages']);
  });

  it('tolerates a one-letter OCR slip in the document or in the query; as typed ranks first', async () => {
    const warfarin = await index.search({ query: 'warfarin', limit: 10 });
    expect(warfarin.hits.map((hit) => hit.documentId).slice(-1)).toEqual(['d-slips']);
    expect(new Set(warfarin.hits.slice(0, 2).map((hit) => hit.documentId))).toEqual(
      new Set(['d-typed', 'd-abbrev']),
    );
    expect(warfarin.hits[2]?.highlight).toContain('[warfarln]');
    expect(warfarin.hits[0]!.score).toBeGreaterThan(warfarin.hits[2]!.score);

    // The slip in the query: the one document that has it as typed ranks first.
    const typo = await index.search({ query: 'warfarln', limit: 10 });
    expect(typo.hits[0]?.documentId).toBe('d-slips');
    expect(typo.hits.map((hit) => hit.documentId).sort()).toEqual(['d-abbrev', 'd-slips', 'd-typed']);

    // "rn" read for "m": one slip, two edits.
    expect(await ids('metoprolol')).toEqual(['d-slips']);
    // Short words and opposites stay exact.
    expect(await ids('hypertension')).not.toContain('d-opposite');
    expect(await ids('hypotension')).toEqual(['d-opposite']);
  });

  it('needs every word of the query on one page', async () => {
    expect(await ids('warfarin metoprolol')).toEqual(['d-slips']);
    expect(await ids('CHF dialysis')).toEqual([]);
    // "anticoagulation" and "atrial fibrillation" are on different pages of d-pages, but A-fib is on page 3.
    expect(await ids('anticoagulation atrial fibrillation')).toEqual(['d-pages']);
    expect(await ids('echo anticoagulation')).toEqual([]);
  });

  it('filters by patient, type and document date', async () => {
    expect(await ids('warfarin', { patientMrn: '2000002' })).toEqual(['d-slips']);
    expect((await ids('warfarin', { patientMrn: ['1000001', '2000002'] })).length).toBe(3);
    expect(await ids('warfarin', { patientMrn: [] })).toEqual([]);
    expect(await ids('warfarin', { docType: 'discharge-summary' })).toEqual(['d-abbrev']);
    expect((await ids('warfarin', { from: '2025-01-01' })).sort()).toEqual(['d-abbrev', 'd-typed']);
    expect(await ids('warfarin', { from: '2025-01-01', to: '2025-12-31' })).toEqual(['d-abbrev']);
    expect(await ids('warfarin', { to: '2024-06-10' })).toEqual(['d-slips']);
    // A document without a date drops out once a date range is asked for.
    expect(await ids('atrial fibrillation', { from: '2000-01-01' })).toEqual([]);
    await expect(index.search({ query: 'warfarin', from: '2025-02-30', limit: 1 })).rejects.toThrow(
      /YYYY-MM-DD/,
    );
  });

  it('gives one fragment per matching page, best pages first, matches marked', async () => {
    const [hit] = (await index.search({ query: 'atrial fibrillation', limit: 10 })).hits;
    // Page 1 has the words as typed, page 3 the abbreviation; a fragment starts at a sentence.
    expect(hit?.pages).toEqual([1, 3]);
    expect(hit?.page).toBe(1);
    expect(hit?.fragments).toEqual([
      {
        page: 1,
        parts: [
          { text: 'Known ', match: false },
          { text: 'atrial fibrillation', match: true },
          { text: ', rate controlled.', match: false },
        ],
      },
      {
        page: 3,
        parts: [
          { text: 'Plan: anticoagulation for ', match: false },
          { text: 'A-fib', match: true },
          { text: '; recheck in three months.', match: false },
        ],
      },
    ]);
    expect(hit?.highlight).toBe('Known [atrial fibrillation], rate controlled.');
  });

  it('marks near misses only where the page lacks the word as typed', async () => {
    const heart = await index.search({ query: 'heart', patientMrn: '3000003', limit: 10 });
    expect(heart.hits.map((hit) => [hit.documentId, hit.highlight])).toEqual([
      ['d-heart', 'Soft murmur heard at the apex; [heart] sounds regular.'],
      ['d-heard', 'No murmur [heard].'],
    ]);
  });

  it('returns the whole stored document, or null', async () => {
    const stored = await index.get('d-pages');
    expect(stored).toEqual(document(SEARCHED[3]!));
    expect(await index.get('no-such-document')).toBeNull();
  });
});

describe('ElasticDocumentIndex timeline and review queue (real node)', () => {
  const prefix = `it-${randomBytes(4).toString('hex')}`;
  let cleanUp: () => Promise<void>;
  let index: ElasticDocumentIndex;

  const CHART: Fixture[] = [
    { id: 't-old', pages: ['a'], date: '2019-05-01', docType: 'letter', batchId: 'ward-1_b1' },
    { id: 't-new', pages: ['b', 'c'], date: '2026-02-01', batchId: 'clinic_2026-02-03_1' },
    { id: 't-undated-1', pages: ['d'], date: null, decidedAt: '2026-01-01T00:00:00.000Z' },
    {
      id: 't-undated-2',
      pages: ['e'],
      date: null,
      decidedAt: '2026-02-01T00:00:00.000Z',
      batchId: 'frontdesk',
    },
    // Same date: the one filed later first.
    { id: 't-mid-a', pages: ['f'], date: '2024-07-01', decidedAt: '2024-07-02T00:00:00.000Z' },
    { id: 't-mid-b', pages: ['g'], date: '2024-07-01', decidedAt: '2024-07-03T00:00:00.000Z' },
    { id: 't-other', pages: ['h'], mrn: '2000002' },
    { id: 't-review', pages: ['i'], status: 'review', mrn: '1000001', reasons: ['single-identifier'] },
  ];
  const QUEUE: Fixture[] = [
    {
      id: 'r1',
      pages: ['x'],
      status: 'review',
      batchId: 'ward-1_b1',
      decidedAt: '2026-03-01T08:00:00.000Z',
      reasons: ['type-uncertain'],
      confidence: 0.41,
    },
    {
      id: 'r2',
      pages: ['x', 'y'],
      status: 'review',
      batchId: 'ward-2_b7',
      decidedAt: '2026-03-01T09:00:00.000Z',
      reasons: ['single-identifier'],
    },
    {
      id: 'r3',
      pages: ['x'],
      status: 'review',
      batchId: 'ward-1_b2',
      decidedAt: '2026-03-01T10:00:00.000Z',
      reasons: ['low-ocr-confidence', 'suspected-misfiled-page'],
    },
    {
      id: 'r4',
      pages: ['x'],
      status: 'review',
      batchId: 'ward-2_b7',
      decidedAt: '2026-03-01T11:00:00.000Z',
      reasons: ['single-identifier', 'type-uncertain'],
      docType: null,
    },
  ];

  beforeAll(async () => {
    const opened = await open(prefix);
    cleanUp = opened.cleanUp;
    index = new ElasticDocumentIndex(opened.client, prefix);
    await opened.client.bulk({
      refresh: 'wait_for',
      operations: [...CHART, ...QUEUE].flatMap((fixture) => [
        { index: { _index: index.index, _id: fixture.id } },
        document(fixture),
      ]),
    });
  });
  afterAll(() => cleanUp());

  it("lists a patient's filed documents newest first, undated after, then the latest filed", async () => {
    const timeline = await index.timeline('1000001');
    expect(timeline.map((entry) => entry.documentId)).toEqual([
      't-new',
      't-mid-b',
      't-mid-a',
      't-old',
      't-undated-2',
      't-undated-1',
    ]);
    expect(timeline[0]).toEqual({
      documentId: 't-new',
      docType: 'progress-note',
      loinc: null,
      documentDate: '2026-02-01',
      author: 'Jane Q. Smith, MD',
      batchId: 'clinic_2026-02-03_1',
      station: 'clinic',
      pageCount: 2,
      filedAt: '2026-03-02T10:00:00.000Z',
      filingVersion: 1,
    });
    expect(timeline[4]?.station).toBe('frontdesk');
  });

  it('filters the timeline by type and date; several MRNs make one chart', async () => {
    const ids = async (
      filter: Parameters<ElasticDocumentIndex['timeline']>[1],
      mrn: string | string[] = '1000001',
    ) => (await index.timeline(mrn, filter)).map((entry) => entry.documentId);
    expect(await ids({ docType: 'letter' })).toEqual(['t-old']);
    expect(await ids({ from: '2024-07-01', to: '2025-12-31' })).toEqual(['t-mid-b', 't-mid-a']);
    expect(await ids({ to: '2020-01-01' })).toEqual(['t-old']);
    expect(await ids({}, ['1000001', '2000002'])).toHaveLength(7);
    expect(await ids({}, '9999999')).toEqual([]);
  });

  it('sorts the queue by priority (most serious reason, then oldest), oldest or newest', async () => {
    const order = async (sort: 'priority' | 'oldest' | 'newest') =>
      (await index.reviewQueue({ sort, limit: 50 })).items.map((item) => item.documentId);
    expect(await order('priority')).toEqual(['r3', 'r2', 'r4', 't-review', 'r1']);
    expect(await order('oldest')).toEqual(['r1', 'r2', 'r3', 'r4', 't-review']);
    expect(await order('newest')).toEqual(['t-review', 'r4', 'r3', 'r2', 'r1']);
  });

  it('describes each item: station, primary reason, patient safety, pages and type', async () => {
    const queue = await index.reviewQueue({ sort: 'priority', limit: 50 });
    const byId = new Map(queue.items.map((item) => [item.documentId, item]));
    expect(byId.get('r3')).toMatchObject({
      documentId: 'r3',
      batchId: 'ward-1_b2',
      station: 'ward-1',
      decidedAt: '2026-03-01T10:00:00.000Z',
      reasons: [
        { code: 'low-ocr-confidence', message: 'because low-ocr-confidence' },
        { code: 'suspected-misfiled-page', message: 'because suspected-misfiled-page' },
      ],
      primaryReason: 'suspected-misfiled-page',
      patientSafety: true,
      pageCount: 1,
      docType: 'progress-note',
      typeConfidence: null,
    });
    expect(byId.get('r1')).toMatchObject({
      primaryReason: 'type-uncertain',
      patientSafety: false,
      typeConfidence: 0.41,
    });
    expect(byId.get('r4')).toMatchObject({
      primaryReason: 'single-identifier',
      patientSafety: true,
      docType: null,
    });
    expect(byId.get('r2')?.pageCount).toBe(2);
  });

  it('filters by reason, station and batch; counts and stations cover the whole open queue', async () => {
    const whole = {
      counts: [
        { reason: 'suspected-misfiled-page', count: 1 },
        { reason: 'single-identifier', count: 3 },
        { reason: 'low-ocr-confidence', count: 1 },
        { reason: 'type-uncertain', count: 2 },
      ],
      stations: ['ward-1', 'ward-2'],
    };
    const byReason = await index.reviewQueue({ reason: 'type-uncertain', sort: 'priority', limit: 50 });
    expect(byReason).toMatchObject({ total: 2, ...whole });
    expect(byReason.items.map((item) => item.documentId)).toEqual(['r4', 'r1']);

    const byStation = await index.reviewQueue({ station: 'ward-2', sort: 'oldest', limit: 50 });
    expect(byStation).toMatchObject({ total: 2, ...whole });
    expect(byStation.items.map((item) => item.documentId)).toEqual(['r2', 'r4']);
    // A station is the whole part before '_': "ward" is not "ward-1".
    expect((await index.reviewQueue({ station: 'ward', sort: 'oldest', limit: 50 })).total).toBe(0);

    const byBatch = await index.reviewQueue({ batch: 'ward-1_b2', sort: 'oldest', limit: 50 });
    expect(byBatch.items.map((item) => item.documentId)).toEqual(['r3']);

    const limited = await index.reviewQueue({ sort: 'oldest', limit: 2 });
    expect(limited).toMatchObject({ total: 5, ...whole });
    expect(limited.items).toHaveLength(2);
  });

  it('keeps openReviewItems (the CLI) working', async () => {
    expect((await index.openReviewItems()).map((item) => item.documentId)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      't-review',
    ]);
  });
});
