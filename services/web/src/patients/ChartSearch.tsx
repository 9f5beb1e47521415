import { useState } from 'react';

interface Props {
  query: string;
  onSearch: (query: string) => void;
}

/** Search within this patient's documents (Enter searches). */
export function ChartSearch({ query, onSearch }: Props) {
  const [input, setInput] = useState(query);
  return (
    <form
      className="filter-row"
      role="search"
      aria-label="Search this patient’s documents"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(input.trim());
      }}
    >
      <div className="field grow">
        <label htmlFor="chart-search">Search this patient’s documents</label>
        <input
          id="chart-search"
          type="search"
          autoComplete="off"
          value={input}
          onChange={(event) => setInput(event.target.value)}
          data-testid="chart-search"
        />
      </div>
      <button type="submit" className="primary" data-testid="chart-search-submit">
        Search
      </button>
      {query ? (
        <button
          type="button"
          onClick={() => {
            setInput('');
            onSearch('');
          }}
        >
          Clear search
        </button>
      ) : null}
    </form>
  );
}
