import type { Ref } from 'react';
import type { ReviewQueue, ReviewSort } from '@chartroom/api-contract';
import { reasonLabel } from '../common/reasons';

interface Props {
  queue: ReviewQueue | undefined;
  reason: string;
  station: string;
  batch: string;
  sort: ReviewSort;
  batchRef: Ref<HTMLInputElement>;
  onReason: (reason: string) => void;
  onStation: (station: string) => void;
  onBatch: (batch: string) => void;
  onSort: (sort: ReviewSort) => void;
}

const SORTS: { value: ReviewSort; label: string }[] = [
  { value: 'priority', label: 'Priority (patient safety first)' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'newest', label: 'Newest first' },
];

export function ReviewFilters(props: Props) {
  const { queue, reason, station, batch, sort, batchRef } = props;
  const stations = queue?.stations ?? [];
  return (
    <div className="filters">
      <div className="chips" role="group" aria-label="Filter by reason" data-testid="reason-chips">
        <button
          type="button"
          className="chip"
          aria-pressed={reason === ''}
          onClick={() => props.onReason('')}
          data-testid="reason-chip-all"
        >
          All reasons
        </button>
        {(queue?.counts ?? []).map((count) => (
          <button
            key={count.reason}
            type="button"
            className="chip"
            aria-pressed={reason === count.reason}
            onClick={() => props.onReason(reason === count.reason ? '' : count.reason)}
            data-testid={`reason-chip-${count.reason}`}
          >
            {reasonLabel(count.reason)} <span className="chip-count">{count.count}</span>
          </button>
        ))}
      </div>
      <div className="filter-row">
        <div className="field field-inline">
          <label htmlFor="queue-station">Station</label>
          <select
            id="queue-station"
            value={station}
            onChange={(event) => props.onStation(event.target.value)}
            data-testid="queue-station"
          >
            <option value="">All stations</option>
            {(station && !stations.includes(station) ? [station, ...stations] : stations).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="queue-batch">
            Batch <kbd>/</kbd>
          </label>
          <input
            id="queue-batch"
            ref={batchRef}
            type="search"
            autoComplete="off"
            placeholder="Batch id"
            value={batch}
            onChange={(event) => props.onBatch(event.target.value)}
            data-testid="queue-batch"
          />
        </div>
        <div className="field field-inline">
          <label htmlFor="queue-sort">Sort</label>
          <select
            id="queue-sort"
            value={sort}
            onChange={(event) => props.onSort(event.target.value as ReviewSort)}
            data-testid="queue-sort"
          >
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
