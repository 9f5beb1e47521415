import type { HighlightFragment, ReviewQueueEntry, ReviewSort, TimelineEntry } from '@chartroom/api-contract';
import {
  allowedEdits,
  analyseSearchQuery,
  fuzzyPrefixLength,
  isPatientSafetyReason,
  ocrVariants,
  primaryReviewReason,
  REVIEW_REASON_ORDER,
  reviewReasonRank,
  type MatchDecision,
  type SearchTerm,
} from '@chartroom/domain';
import type { DocumentIndexWriter, IndexedDocument } from '@chartroom/pipeline';
import type { Client, estypes } from '@elastic/elasticsearch';
import { indexName } from './elastic-indices.ts';
import {
  bracketed,
  MATCH_END,
  MATCH_START,
  matchedQueries,
  parseHighlight,
  typedMatch,
  withoutNearMisses,
} from './search-highlights.ts';

export interface SearchRequest {
  query: string;
  /** One MRN, or a patient's MRN with the MRNs merged into it. */
  patientMrn?: string | readonly string[] | undefined;
  docType?: string | undefined;
  /** Document date range, YYYY-MM-DD, both ends included; a document without a date is then left out. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

export interface SearchHit {
  documentId: string;
  patientMrn: string | null;
  docType: string | null;
  loinc: string | null;
  /** Date of service / report date as printed (YYYY-MM-DD). */
  documentDate: string | null;
  author: string | null;
  /** 1-based page within the document: the best-matching page. */
  page: number;
  score: number;
  /** The best page's best fragment, matches in [brackets]. */
  highlight: string;
  /** Every matching page, best first. */
  pages: number[];
}

/** A hit with one fragment per matching page (best pages first), the matches marked. */
export interface SearchResultHit extends SearchHit {
  fragments: HighlightFragment[];
}

/** A filed document in a patient's chart (the API adds the type's display name). */
export type TimelineRecord = Omit<TimelineEntry, 'docTypeDisplay'>;

export interface TimelineFilter {
  docType?: string | undefined;
  /** Document date range, YYYY-MM-DD, both ends included; a document without a date is then left out. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface ReviewQueueRequest {
  /** Items with this reason among theirs. */
  reason?: string | undefined;
  /** Items from this scanning station (the part of the batch id before its first '_'). */
  station?: string | undefined;
  batch?: string | undefined;
  /** 'priority': the most serious reason first (REVIEW_REASON_ORDER), then the oldest. */
  sort: ReviewSort;
  limit: number;
}

/** A review queue entry; the API adds who holds a claim on it. */
export type ReviewQueueRecord = Omit<ReviewQueueEntry, 'claim'>;

export interface ReviewQueueResult {
  /** Items that pass the filters (`items` holds the first `limit` of them). */
  total: number;
  items: ReviewQueueRecord[];
  /** Open items per reason code over the whole queue (filters not applied), most serious reason first. */
  counts: { reason: string; count: number }[];
  /** Every station with open items, sorted. */
  stations: string[];
}

/** The scanning station a batch came from: its id up to the first '_' ("ward-3_2026-03-01" → "ward-3"). */
export function stationOf(batchId: string): string {
  const cut = batchId.indexOf('_');
  return cut < 0 ? batchId : batchId.slice(0, cut);
}

export interface ReviewItem {
  documentId: string;
  batchId: string;
  decidedAt: string;
  matcher: string;
  reasons: { code: string; message: string }[];
  pages: { file: string; pageIndex: number }[];
  /** 1-based pages of the document to look at first (suspected misfiled). */
  suspectedMisfiledPages: number[];
  decision: MatchDecision;
  /** The classifier's type (a guess when the reasons say type-uncertain) and how sure it was. */
  docType: string | null;
  typeConfidence: number | null;
}

/** Documents in Elasticsearch: written by the pipeline, searched by the API. */
export class ElasticDocumentIndex implements DocumentIndexWriter {
  readonly index: string;
  constructor(
    private readonly client: Client,
    prefix: string,
  ) {
    this.index = indexName(prefix, 'documents');
  }

  async upsert(document: IndexedDocument): Promise<void> {
    // wait_for: once the job is done, the document is searchable.
    await this.client.index({ index: this.index, id: document.documentId, document, refresh: 'wait_for' });
  }

  /** The whole stored document, pages' text included; null when the index does not have it. */
  async get(documentId: string): Promise<IndexedDocument | null> {
    const response = await this.client.get<IndexedDocument>(
      { index: this.index, id: documentId },
      { ignore: [404] },
    );
    return response.found && response._source ? response._source : null;
  }

  /**
   * Full-text search over filed documents only (a document in review has no confirmed patient).
   * Every word of the query must be on one page; a word matches as typed, through an abbreviation
   * or its expansion (MEDICAL_ABBREVIATIONS: "CHF" finds "congestive heart failure" and back), or
   * with an OCR or typing slip (allowedEdits, ocrVariants). Pages rank by how they match: each
   * part of the query scores 3 as typed, 2 through a synonym, 1 with a slip, and the query as a
   * phrase adds 1; BM25 only breaks ties. A document ranks by its best page.
   */
  async search(request: SearchRequest): Promise<{ total: number; hits: SearchResultHit[] }> {
    const terms = analyseSearchQuery(request.query);
    if (terms.length === 0) return { total: 0, hits: [] };
    const filter: Query[] = [{ term: { status: 'filed' } }, ...documentFilters(request)];
    const field = 'pages.text';
    const parts = terms.map((term, at) => termQuery(field, term, at));
    const response = await this.client.search<IndexedDocument>({
      index: this.index,
      size: request.limit,
      track_total_hits: true,
      _source: ['documentId', 'patientMrn', 'docType', 'loinc', 'documentDate', 'author'],
      query: {
        bool: {
          filter,
          must: {
            nested: {
              path: 'pages',
              score_mode: 'max',
              query: {
                bool: {
                  must: parts,
                  should: [
                    constantScore({ match_phrase: { [field]: { query: request.query, slop: 1 } } }, 1),
                    // Ties (same way of matching) go to the page BM25 prefers; this part stays far
                    // below one rank step.
                    { match: { [field]: { query: tieBreakText(terms), boost: 0.001 } } },
                  ],
                },
              },
              inner_hits: {
                // Every matching page (up to the index's max_inner_result_window).
                size: 100,
                _source: ['pages.page'],
                highlight: {
                  // Only the parts that decide a match mark words (not the tie-breaker's loose words).
                  highlight_query: { bool: { should: parts } },
                  fields: {
                    [field]: {
                      type: 'unified',
                      // Two short fragments: the query's words can sit a sentence apart on the page.
                      fragment_size: 120,
                      number_of_fragments: 2,
                      no_match_size: 160,
                      order: 'score',
                    },
                  },
                  pre_tags: [MATCH_START],
                  post_tags: [MATCH_END],
                },
              },
            },
          },
        },
      },
      sort: [{ _score: { order: 'desc' } }, { documentDate: { order: 'desc', missing: '_last' } }],
      track_scores: true,
    });
    const hits = response.hits.hits.map((hit): SearchResultHit => {
      const pageHits = hit.inner_hits?.pages?.hits.hits ?? [];
      const fragments = pageHits.map((pageHit): HighlightFragment => ({
        page: (pageHit._source as { page?: number } | undefined)?.page ?? 0,
        parts: withoutNearMisses(
          (pageHit.highlight?.[field] ?? ['']).flatMap((text, index) => [
            ...(index > 0 ? [{ text: ' … ', match: false }] : []),
            ...parseHighlight(text),
          ]),
          terms,
          matchedQueries(pageHit.matched_queries),
        ),
      }));
      const pages = fragments.map((fragment) => fragment.page);
      return {
        documentId: hit._source?.documentId ?? hit._id ?? '',
        patientMrn: hit._source?.patientMrn ?? null,
        docType: hit._source?.docType ?? null,
        loinc: hit._source?.loinc ?? null,
        documentDate: hit._source?.documentDate ?? null,
        author: hit._source?.author ?? null,
        page: pages[0] ?? 1,
        score: hit._score ?? 0,
        highlight: bracketed(fragments[0]?.parts ?? []),
        pages,
        fragments,
      };
    });
    return { total: totalOf(response.hits.total), hits };
  }

  /**
   * A patient's filed documents: the newest document date first, documents without a date after
   * those with one, then the most recently filed first.
   */
  async timeline(
    patientMrn: string | readonly string[],
    filter: TimelineFilter = {},
  ): Promise<TimelineRecord[]> {
    const mrns = typeof patientMrn === 'string' ? [patientMrn] : [...patientMrn];
    const records: TimelineRecord[] = [];
    let after: SortValue[] | undefined;
    for (;;) {
      const response = await this.client.search<IndexedDocument>({
        index: this.index,
        size: 1000,
        query: {
          bool: {
            filter: [{ term: { status: 'filed' } }, ...documentFilters({ ...filter, patientMrn: mrns })],
          },
        },
        _source: [
          'documentId',
          'docType',
          'loinc',
          'documentDate',
          'author',
          'batchId',
          'pageCount',
          'decidedAt',
          'filingVersion',
        ],
        sort: [
          { documentDate: { order: 'desc', missing: '_last' } },
          { decidedAt: { order: 'desc' } },
          { documentId: { order: 'asc' } },
        ],
        ...(after ? { search_after: after } : {}),
      });
      const hits = response.hits.hits;
      for (const hit of hits) {
        const source = hit._source;
        if (!source) continue;
        records.push({
          documentId: source.documentId,
          docType: source.docType ?? null,
          loinc: source.loinc ?? null,
          documentDate: source.documentDate ?? null,
          author: source.author ?? null,
          batchId: source.batchId,
          station: stationOf(source.batchId),
          pageCount: source.pageCount,
          filedAt: source.decidedAt,
          filingVersion: source.filingVersion,
        });
      }
      const last = hits.at(-1);
      if (hits.length < 1000 || !last?.sort) return records;
      after = last.sort;
    }
  }

  /**
   * The open review queue: filtered, sorted and limited items, and for the whole open queue (the
   * filters not applied) the count per reason and the stations with items.
   */
  async reviewQueue(request: ReviewQueueRequest): Promise<ReviewQueueResult> {
    const filters: Query[] = [];
    if (request.reason) filters.push({ term: { 'reasons.code': request.reason } });
    if (request.batch) filters.push({ term: { batchId: request.batch } });
    if (request.station) {
      filters.push({
        bool: {
          should: [{ prefix: { batchId: `${request.station}_` } }, { term: { batchId: request.station } }],
          minimum_should_match: 1,
        },
      });
    }
    const response = await this.client.search<
      IndexedDocument,
      { reasons: TermsAggregate; batches: TermsAggregate }
    >({
      index: this.index,
      size: request.limit,
      track_total_hits: true,
      query: {
        bool: {
          filter: [{ term: { status: 'review' } }],
          // The score is the rank of the item's most serious reason (REVIEW_REASON_ORDER): higher is
          // more serious, 0 for codes this release does not know.
          should: [
            {
              dis_max: {
                queries: REVIEW_REASON_ORDER.map((code, rank) =>
                  constantScore({ term: { 'reasons.code': code } }, REVIEW_REASON_ORDER.length - rank),
                ),
              },
            },
          ],
        },
      },
      // The filters apply to the items only; the aggregations count the whole open queue.
      ...(filters.length > 0 ? { post_filter: { bool: { filter: filters } } } : {}),
      aggs: {
        reasons: { terms: { field: 'reasons.code', size: 100 } },
        batches: { terms: { field: 'batchId', size: 10_000 } },
      },
      sort: reviewSort(request.sort),
      track_scores: true,
      _source: [
        'documentId',
        'batchId',
        'decidedAt',
        'reasons',
        'pageCount',
        'docType',
        'classification',
        'decision',
        'suspectedMisfiledPages',
        'pages.file',
        'pages.pageIndex',
      ],
    });
    const items = response.hits.hits.flatMap((hit): ReviewQueueRecord[] => {
      const source = hit._source;
      if (!source) return [];
      const reasons = source.reasons ?? [];
      const primary = primaryReviewReason(reasons.map((reason) => reason.code)) ?? '';
      return [
        {
          documentId: source.documentId,
          batchId: source.batchId,
          station: stationOf(source.batchId),
          decidedAt: source.decidedAt,
          reasons: reasons.map(({ code, message }) => ({ code, message })),
          primaryReason: primary,
          patientSafety: primary !== '' && isPatientSafetyReason(primary),
          pageCount: source.pageCount,
          docType: source.docType ?? null,
          typeConfidence: source.classification?.confidence ?? null,
          pages: (source.pages ?? []).map((page) => ({ file: page.file, pageIndex: page.pageIndex })),
          suspectedMisfiledPages: source.suspectedMisfiledPages ?? [],
          decision: source.decision,
        },
      ];
    });
    const reasonBuckets = response.aggregations?.reasons.buckets ?? [];
    const batchBuckets = response.aggregations?.batches.buckets ?? [];
    return {
      total: totalOf(response.hits.total),
      items,
      counts: reasonBuckets
        .map((bucket) => ({ reason: String(bucket.key), count: bucket.doc_count }))
        .sort(
          (a, b) =>
            reviewReasonRank(a.reason) - reviewReasonRank(b.reason) || a.reason.localeCompare(b.reason),
        ),
      stations: [...new Set(batchBuckets.map((bucket) => stationOf(String(bucket.key))))].sort(),
    };
  }

  /** Open review items, oldest first. */
  async openReviewItems(limit = 500): Promise<ReviewItem[]> {
    const response = await this.client.search<IndexedDocument>({
      index: this.index,
      size: limit,
      query: { term: { status: 'review' } },
      sort: [{ decidedAt: 'asc' }],
      _source: [
        'documentId',
        'batchId',
        'decidedAt',
        'matcher',
        'reasons',
        'decision',
        'suspectedMisfiledPages',
        'docType',
        'classification',
        'pages.file',
        'pages.pageIndex',
      ],
    });
    return response.hits.hits.flatMap((hit) => {
      const source = hit._source;
      if (!source) return [];
      return [
        {
          documentId: source.documentId,
          batchId: source.batchId,
          decidedAt: source.decidedAt,
          matcher: source.matcher,
          reasons: source.reasons,
          pages: source.pages.map((page) => ({ file: page.file, pageIndex: page.pageIndex })),
          suspectedMisfiledPages: source.suspectedMisfiledPages,
          decision: source.decision,
          docType: source.docType ?? null,
          typeConfidence: source.classification?.confidence ?? null,
        },
      ];
    });
  }
}

type SortValue = estypes.FieldValue;
type Query = estypes.QueryDslQueryContainer;

interface TermsAggregate {
  buckets: { key: string | number; doc_count: number }[];
}

function constantScore(filter: Query, boost: number): Query {
  return { constant_score: { filter, boost } };
}

const RANK = { typed: 3, synonym: 2, slip: 1 } as const;

/**
 * One word of the query: as typed (3), or with an OCR or typing slip (1): within allowedEdits of it
 * (the first letters kept, see fuzzyPrefixLength) or one of its ocrVariants.
 */
function wordQuery(field: string, word: string, name: string): Query {
  const typed = constantScore(
    { match: { [field]: { query: word, operator: 'and', _name: typedMatch(name) } } },
    RANK.typed,
  );
  const slips: Query[] = [];
  const edits = allowedEdits(word);
  if (edits > 0) {
    slips.push({
      match: {
        [field]: {
          query: word,
          operator: 'and',
          fuzziness: edits,
          prefix_length: fuzzyPrefixLength(word),
          max_expansions: 50,
        },
      },
    });
  }
  const variants = ocrVariants(word);
  if (variants.length > 0) slips.push({ terms: { [field]: variants } });
  if (slips.length === 0) return typed;
  return {
    dis_max: {
      queries: [typed, constantScore({ bool: { should: slips, minimum_should_match: 1 } }, RANK.slip)],
    },
  };
}

/**
 * One part of the query: its words (each as wordQuery: all on the page, not necessarily together),
 * or one of its synonyms as a phrase (2 a word).
 */
function termQuery(field: string, term: SearchTerm, at: number): Query {
  const own =
    term.words.length === 1
      ? wordQuery(field, term.words[0] ?? '', `t${at}.w0`)
      : { bool: { must: term.words.map((word, index) => wordQuery(field, word, `t${at}.w${index}`)) } };
  if (term.synonyms.length === 0) return own;
  const synonyms = constantScore(
    {
      bool: {
        should: term.synonyms.map((words) => ({ match_phrase: { [field]: words.join(' ') } })),
        minimum_should_match: 1,
      },
    },
    RANK.synonym * term.words.length,
  );
  return { dis_max: { queries: [own, synonyms] } };
}

/** Every word the query may match, synonyms included, for BM25 to break ties with. */
function tieBreakText(terms: SearchTerm[]): string {
  return terms.flatMap((term) => [...term.words, ...term.synonyms.flat()]).join(' ');
}

function documentFilters(request: {
  patientMrn?: string | readonly string[] | undefined;
  docType?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): Query[] {
  const filter: Query[] = [];
  // No MRN (or an empty one) means every patient; an empty list means none.
  if (request.patientMrn !== undefined && request.patientMrn !== '') {
    filter.push({ terms: { patientMrn: [request.patientMrn].flat().filter((mrn) => mrn !== '') } });
  }
  if (request.docType) filter.push({ term: { docType: request.docType } });
  if (request.from || request.to) {
    filter.push({
      range: {
        documentDate: {
          ...(request.from ? { gte: isoDay(request.from, 'from') } : {}),
          ...(request.to ? { lte: isoDay(request.to, 'to') } : {}),
        },
      },
    });
  }
  return filter;
}

function isoDay(value: string, name: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(value)
  )
    throw new RangeError(`${name} must be a date as YYYY-MM-DD`);
  return value;
}

function reviewSort(sort: ReviewSort): estypes.SortCombinations[] {
  switch (sort) {
    case 'priority':
      return [
        { _score: { order: 'desc' } },
        { decidedAt: { order: 'asc' } },
        { documentId: { order: 'asc' } },
      ];
    case 'oldest':
      return [{ decidedAt: { order: 'asc' } }, { documentId: { order: 'asc' } }];
    case 'newest':
      return [{ decidedAt: { order: 'desc' } }, { documentId: { order: 'asc' } }];
  }
}

function totalOf(total: number | { value: number } | undefined): number {
  return typeof total === 'number' ? total : (total?.value ?? 0);
}
