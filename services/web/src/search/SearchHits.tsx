import type { SearchResponse } from '@chartroom/api-contract';
import { SearchHit } from './SearchHit';

export function SearchHits({
  response,
  query,
  showPatient,
}: {
  response: SearchResponse;
  query: string;
  showPatient: boolean;
}) {
  if (response.hits.length === 0) {
    return (
      <p className="panel empty" role="status" data-testid="no-hits">
        No document matches “{query}”.
      </p>
    );
  }
  return (
    <section aria-label="Search results">
      <p className="muted" role="status" data-testid="hits-total">
        {response.total} {response.total === 1 ? 'document matches' : 'documents match'} “{query}”
        {response.total > response.hits.length ? ` (showing the best ${response.hits.length})` : ''}.
      </p>
      <ol className="hits" data-testid="hits">
        {response.hits.map((hit) => (
          <SearchHit key={hit.documentId} hit={hit} query={query} showPatient={showPatient} />
        ))}
      </ol>
    </section>
  );
}
