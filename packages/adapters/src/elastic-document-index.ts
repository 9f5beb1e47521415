import type { Client } from '@elastic/elasticsearch';
import type { MatchDecision } from '@chartroom/domain';
import type { DocumentIndexWriter, IndexedDocument } from '@chartroom/pipeline';
import { indexName } from './elastic-indices.ts';

export interface SearchRequest {
  query: string;
  patientMrn?: string | undefined;
  docType?: string | undefined;
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
  highlight: string;
  /** Every matching page, best first. */
  pages: number[];
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

  /** Full-text search over filed documents only: a document in review has no confirmed patient. */
  async search(request: SearchRequest): Promise<{ total: number; hits: SearchHit[] }> {
    const filter: object[] = [{ term: { status: 'filed' } }];
    if (request.patientMrn) filter.push({ term: { patientMrn: request.patientMrn } });
    if (request.docType) filter.push({ term: { docType: request.docType } });
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
              // Every word must be on the page; the exact phrase ranks first.
              query: {
                bool: {
                  must: { match: { 'pages.text': { query: request.query, operator: 'and' } } },
                  should: { match_phrase: { 'pages.text': { query: request.query, slop: 1 } } },
                },
              },
              inner_hits: {
                size: 10,
                _source: ['pages.page'],
                highlight: {
                  fields: { 'pages.text': { fragment_size: 160, number_of_fragments: 1 } },
                  pre_tags: ['['],
                  post_tags: [']'],
                },
              },
            },
          },
        },
      },
    });
    const total =
      typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
    const hits = response.hits.hits.map((hit): SearchHit => {
      const pageHits = hit.inner_hits?.pages?.hits.hits ?? [];
      const pages = pageHits.map((pageHit) => (pageHit._source as { page: number } | undefined)?.page ?? 0);
      const best = pageHits[0];
      return {
        documentId: hit._source?.documentId ?? hit._id ?? '',
        patientMrn: hit._source?.patientMrn ?? null,
        docType: hit._source?.docType ?? null,
        loinc: hit._source?.loinc ?? null,
        documentDate: hit._source?.documentDate ?? null,
        author: hit._source?.author ?? null,
        page: pages[0] ?? 1,
        score: hit._score ?? 0,
        highlight: (best?.highlight?.['pages.text'] ?? [])[0]?.replace(/\s+/g, ' ').trim() ?? '',
        pages,
      };
    });
    return { total, hits };
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
