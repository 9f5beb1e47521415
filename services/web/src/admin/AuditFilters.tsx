import { useState } from 'react';
import type { AuditFilter } from '../api';

interface Props {
  filter: AuditFilter;
  onApply: (filter: AuditFilter) => void;
}

const OUTCOMES = ['success', 'denied', 'error'] as const;

/** Filters apply on submit (Enter in any field). */
export function AuditFilters({ filter, onApply }: Props) {
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const field = (name: keyof AuditFilter) => ({
    value: draft[name] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });
  return (
    <form
      className="filters"
      aria-label="Filter the audit trail"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <div className="filter-row">
        <div className="field field-inline">
          <label htmlFor="audit-actor">Actor</label>
          <input
            id="audit-actor"
            type="text"
            autoComplete="off"
            {...field('actor')}
            data-testid="audit-actor"
          />
        </div>
        <div className="field field-inline">
          <label htmlFor="audit-action">Action</label>
          <input
            id="audit-action"
            type="text"
            autoComplete="off"
            placeholder="e.g. review.list"
            {...field('action')}
            data-testid="audit-action"
          />
        </div>
        <div className="field field-inline">
          <label htmlFor="audit-outcome">Outcome</label>
          <select id="audit-outcome" {...field('outcome')} data-testid="audit-outcome">
            <option value="">Any</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcome}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" type="date" {...field('from')} data-testid="audit-from" />
        </div>
        <div className="field field-inline">
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" type="date" {...field('to')} data-testid="audit-to" />
        </div>
        <button type="submit" className="primary" data-testid="audit-apply">
          Apply
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft({});
            onApply({});
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
