import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { ReviewSort } from '@chartroom/api-contract';
import { getReviewQueue } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { HelpOverlay } from '../common/HelpOverlay';
import type { Shortcut } from '../common/HelpOverlay';
import { Loading } from '../common/Loading';
import { useSession } from '../common/session';
import { useDebounced } from '../common/useDebounced';
import { useFlash } from '../common/useFlash';
import { useDocumentTypes } from '../common/useDocumentTypes';
import { useHotkeys } from '../common/useHotkeys';
import { useLoad } from '../common/useLoad';
import { ReviewFilters } from './ReviewFilters';
import { ReviewQueueRow } from './ReviewQueueRow';

const SHORTCUTS: Shortcut[] = [
  { keys: ['j', '↓'], does: 'Next item' },
  { keys: ['k', '↑'], does: 'Previous item' },
  { keys: ['Enter'], does: 'Open the selected item' },
  { keys: ['/'], does: 'Filter by batch' },
  { keys: ['g r'], does: 'Refresh the queue' },
  { keys: ['?'], does: 'This help' },
];

const REFRESH_MS = 30_000;

function parseSort(value: string | null): ReviewSort {
  return value === 'oldest' || value === 'newest' ? value : 'priority';
}

export function ReviewQueuePage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const flash = useFlash();
  const [params, setParams] = useSearchParams();
  const reason = params.get('reason') ?? '';
  const station = params.get('station') ?? '';
  const batch = params.get('batch') ?? '';
  const sort = parseSort(params.get('sort'));

  const update = (patch: Record<string, string>): void => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value && !(key === 'sort' && value === 'priority')) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const [batchInput, setBatchInput] = useState(batch);
  const settledBatch = useDebounced(batchInput.trim(), 300);
  useEffect(() => {
    if (settledBatch !== batch) update({ batch: settledBatch });
    // Only when the typed batch settles.
  }, [settledBatch]);

  const { types } = useDocumentTypes();
  const key = JSON.stringify({ reason, station, batch, sort });
  const queue = useLoad(key, (signal) =>
    getReviewQueue(
      { reason: reason || undefined, station: station || undefined, batch: batch || undefined, sort },
      signal,
    ),
  );
  const { reload } = queue;
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
      if (document.visibilityState === 'visible') reload();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  const items = queue.data?.items ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const found = items.findIndex((item) => item.documentId === selectedId);
  const selectedIndex = found >= 0 ? found : 0;
  const selected = items[selectedIndex];

  const selectedRowRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    selectedRowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedIndex]);

  const batchRef = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);
  const lastG = useRef(0);

  const open = (documentId: string): void => void navigate(`/review/${encodeURIComponent(documentId)}`);
  const move = (by: number): void => {
    const next = items[Math.min(items.length - 1, Math.max(0, selectedIndex + by))];
    if (next) setSelectedId(next.documentId);
  };

  useHotkeys((event) => {
    const sequence = event.key === 'r' && Date.now() - lastG.current < 1500;
    lastG.current = 0;
    if (sequence) {
      event.preventDefault();
      setNow(Date.now());
      reload();
      return;
    }
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'k':
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        // A focused link or button does its own thing with Enter.
        if (event.target instanceof HTMLAnchorElement || event.target instanceof HTMLButtonElement) return;
        if (selected) {
          event.preventDefault();
          open(selected.documentId);
        }
        break;
      case '/':
        event.preventDefault();
        batchRef.current?.focus();
        batchRef.current?.select();
        break;
      case 'g':
        lastG.current = Date.now();
        break;
      case '?':
        event.preventDefault();
        setHelp(true);
        break;
      default:
        break;
    }
  }, !help);

  const filtered = reason !== '' || station !== '' || batch !== '';

  return (
    <section className="page page-queue" aria-labelledby="queue-title">
      <div className="page-title">
        <h1 id="queue-title">Review queue</h1>
        {queue.data ? (
          <span className="muted" data-testid="queue-total">
            {queue.data.total} open
          </span>
        ) : null}
        <div className="spacer" />
        <button
          type="button"
          onClick={() => {
            setNow(Date.now());
            reload();
          }}
          disabled={queue.loading}
          data-testid="queue-refresh"
        >
          Refresh <kbd>g r</kbd>
        </button>
        <button
          type="button"
          onClick={() => setHelp(true)}
          aria-label="Keyboard shortcuts"
          data-testid="action-help"
        >
          <kbd>?</kbd>
        </button>
      </div>

      {flash ? (
        <p className="notice" role="status" data-testid="queue-flash">
          {flash}
        </p>
      ) : null}

      <ReviewFilters
        queue={queue.data}
        reason={reason}
        station={station}
        batch={batchInput}
        sort={sort}
        batchRef={batchRef}
        onReason={(value) => update({ reason: value })}
        onStation={(value) => update({ station: value })}
        onBatch={setBatchInput}
        onSort={(value) => update({ sort: value })}
      />

      {queue.error ? <ErrorMessage error={queue.error} onRetry={reload} /> : null}
      {!queue.data && queue.loading ? <Loading what="Loading the queue" /> : null}

      {queue.data && items.length === 0 ? (
        <div className="panel empty" data-testid="queue-empty" role="status">
          <h2>Queue is empty</h2>
          {filtered ? (
            <p>
              Nothing open matches these filters.{' '}
              <button
                type="button"
                className="link"
                onClick={() => {
                  setBatchInput('');
                  setParams(sort === 'priority' ? {} : { sort }, { replace: true });
                }}
              >
                Clear the filters
              </button>
            </p>
          ) : (
            <p>Every scanned document is filed. New items appear here by themselves.</p>
          )}
        </div>
      ) : null}

      {items.length > 0 ? (
        <table className="table table-queue" data-testid="review-table" aria-busy={queue.loading}>
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col">Reason</th>
              <th scope="col">Station / batch</th>
              <th scope="col" className="num">
                Pages
              </th>
              <th scope="col">Type guess</th>
              <th scope="col">Claimed by</th>
              <th scope="col">Document</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry, index) => (
              <ReviewQueueRow
                key={entry.documentId}
                entry={entry}
                selected={index === selectedIndex}
                types={types}
                username={user.username}
                now={now}
                rowRef={index === selectedIndex ? selectedRowRef : undefined}
                onSelect={() => setSelectedId(entry.documentId)}
                onOpen={() => open(entry.documentId)}
              />
            ))}
          </tbody>
        </table>
      ) : null}

      {help ? <HelpOverlay shortcuts={SHORTCUTS} onClose={() => setHelp(false)} /> : null}
    </section>
  );
}
