import type { SearchHit } from '@chartroom/adapters';
import type { Config } from '@chartroom/config';
import { apiGet } from '../api-client.ts';

export interface SearchOptions {
  patient?: string | undefined;
  type?: string | undefined;
  limit: number;
}

/** What `search --json` prints: the API's hits without their list of other matching pages. */
export interface SearchOutput {
  total: number;
  hits: Omit<SearchHit, 'pages'>[];
}

export async function searchCommand(
  query: string,
  options: SearchOptions,
  config: Config,
): Promise<SearchOutput> {
  const params = new URLSearchParams({ q: query, limit: String(options.limit) });
  if (options.patient) params.set('patient', options.patient);
  if (options.type) params.set('type', options.type);
  const result = await apiGet<SearchOutput>(config, `/v1/search?${params.toString()}`);
  return {
    total: result.total,
    hits: result.hits.map(
      ({ documentId, patientMrn, docType, loinc, documentDate, author, page, score, highlight }) => ({
        documentId,
        patientMrn,
        docType,
        loinc,
        documentDate,
        author,
        page,
        score,
        highlight,
      }),
    ),
  };
}

export function formatSearch(output: SearchOutput): string {
  if (output.total === 0) return 'no documents match';
  const lines = [`${output.total} document(s) match`];
  for (const hit of output.hits) {
    lines.push(
      `  ${hit.documentId}  page ${hit.page}  MRN ${hit.patientMrn ?? '-'}  ${hit.docType ?? 'untyped'}` +
        `  ${hit.documentDate ?? 'undated'}  ${hit.author ?? ''}  score ${hit.score.toFixed(2)}`,
      `      …${hit.highlight}…`,
    );
  }
  return lines.join('\n');
}
