import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { search } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { useSession } from '../common/session';
import { useDocumentTypes } from '../common/useDocumentTypes';
import { useLoad } from '../common/useLoad';
import { SearchHits } from './SearchHits';

/** /search: documents across all patients (the API admits only users allowed to). */
export function SearchPage() {
  const { user } = useSession();
  const { types } = useDocumentTypes();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const [input, setInput] = useState(q);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const key = q ? JSON.stringify({ q, type, from, to }) : null;
  const results = useLoad(key, (signal) =>
    search({ q, type: type || undefined, from: from || undefined, to: to || undefined }, signal),
  );

  const set = (patch: Record<string, string>): void => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(patch)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    set({ q: input.trim() });
  };

  return (
    <section className="page" aria-labelledby="search-title">
      <div className="page-title">
        <h1 id="search-title">Search all patients</h1>
      </div>
      {!user.crossPatientSearch ? (
        <p className="banner banner-warning" role="note">
          Your account searches within one patient’s chart only; open the patient from{' '}
          <Link to="/patients">Patients</Link>.
        </p>
      ) : null}
      <form className="filters" role="search" onSubmit={submit}>
        <div className="filter-row">
          <div className="field grow">
            <label htmlFor="search-q">Words in the documents</label>
            <input
              id="search-q"
              ref={inputRef}
              type="search"
              value={input}
              onChange={(event) => setInput(event.target.value)}
              data-testid="search-input"
            />
          </div>
          <div className="field field-inline">
            <label htmlFor="search-type">Type</label>
            <select id="search-type" value={type} onChange={(event) => set({ type: event.target.value })}>
              <option value="">All types</option>
              {types.map((docType) => (
                <option key={docType.key} value={docType.key}>
                  {docType.display}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-inline">
            <label htmlFor="search-from">From</label>
            <input
              id="search-from"
              type="date"
              value={from}
              onChange={(event) => set({ from: event.target.value })}
            />
          </div>
          <div className="field field-inline">
            <label htmlFor="search-to">To</label>
            <input
              id="search-to"
              type="date"
              value={to}
              onChange={(event) => set({ to: event.target.value })}
            />
          </div>
          <button type="submit" className="primary" data-testid="search-submit">
            Search
          </button>
        </div>
      </form>
      {results.error ? <ErrorMessage error={results.error} onRetry={results.reload} /> : null}
      {results.loading && !results.data ? <Loading what="Searching" /> : null}
      {results.data ? <SearchHits response={results.data} query={q} showPatient /> : null}
    </section>
  );
}
