import type { DocumentTypeView } from '@chartroom/api-contract';

interface Props {
  types: DocumentTypeView[];
  type: string;
  from: string;
  to: string;
  onChange: (patch: { type?: string; from?: string; to?: string }) => void;
}

export function ChartFilters({ types, type, from, to, onChange }: Props) {
  return (
    <div className="filter-row" role="group" aria-label="Filter the timeline">
      <div className="field field-inline">
        <label htmlFor="chart-type">Type</label>
        <select
          id="chart-type"
          value={type}
          onChange={(event) => onChange({ type: event.target.value })}
          data-testid="chart-type"
        >
          <option value="">All types</option>
          {types.map((docType) => (
            <option key={docType.key} value={docType.key}>
              {docType.display}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="chart-from">From</label>
        <input
          id="chart-from"
          type="date"
          value={from}
          onChange={(event) => onChange({ from: event.target.value })}
          data-testid="chart-from"
        />
      </div>
      <div className="field field-inline">
        <label htmlFor="chart-to">To</label>
        <input
          id="chart-to"
          type="date"
          value={to}
          onChange={(event) => onChange({ to: event.target.value })}
          data-testid="chart-to"
        />
      </div>
      {type || from || to ? (
        <button type="button" onClick={() => onChange({ type: '', from: '', to: '' })}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
