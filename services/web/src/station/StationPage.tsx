import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { getBatch } from '../api';
import type { BatchStatus } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { useLoad } from '../common/useLoad';
import { useSession } from '../common/session';
import { BatchUpload } from './BatchUpload';

const STATE_TEXT: Record<BatchStatus['state'], string> = {
  waiting: 'Waiting: received, not started yet',
  processing: 'Processing: pages are being read',
  complete: 'Complete: every page is filed, in review or quarantined',
  failed: 'Failed: an operator must look',
  unknown: 'Unknown: no batch with this id has arrived',
};

const POLL_MS = 5_000;

/** /station — where a dropped batch is. */
export function StationPage() {
  const [params, setParams] = useSearchParams();
  const batchId = params.get('batch') ?? '';
  const [input, setInput] = useState(batchId);
  const status = useLoad(batchId ? `batch:${batchId}` : null, (signal) => getBatch(batchId, signal));
  const { reload } = status;
  const state = status.data?.state;

  // Follow a batch that is still moving.
  useEffect(() => {
    if (state !== 'waiting' && state !== 'processing') return;
    const timer = window.setInterval(reload, POLL_MS);
    return () => window.clearInterval(timer);
  }, [state, reload]);

  const batch = status.data;
  const { user } = useSession();
  return (
    <section className="page" aria-labelledby="station-title">
      <div className="page-title">
        <h1 id="station-title">Scanning station</h1>
      </div>
      <BatchUpload
        defaultStation={user.username}
        onDropped={(dropped) => {
          setInput(dropped.batchId);
          setParams({ batch: dropped.batchId });
        }}
      />
      <h2>Batch status</h2>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const id = input.trim();
          if (id === batchId) reload();
          else setParams(id ? { batch: id } : {});
        }}
      >
        <div className="filter-row">
          <div className="field grow">
            <label htmlFor="station-batch">Batch id (station_batch)</label>
            <input
              id="station-batch"
              type="text"
              autoComplete="off"
              value={input}
              onChange={(event) => setInput(event.target.value)}
              data-testid="station-batch-input"
            />
          </div>
          <button type="submit" className="primary" data-testid="station-submit">
            Show
          </button>
        </div>
      </form>
      {status.error ? <ErrorMessage error={status.error} onRetry={reload} /> : null}
      {status.loading && !batch ? <Loading what="Looking up the batch" /> : null}
      {batch ? (
        <section className="card" aria-label={`Batch ${batch.batchId}`} data-testid="batch-status">
          <h2 className="mono">{batch.batchId}</h2>
          <p
            className={`batch-state state-${batch.state}`}
            data-testid="batch-state"
            data-state={batch.state}
          >
            {STATE_TEXT[batch.state]}
          </p>
          <dl className="inline-facts">
            <div>
              <dt>Pages</dt>
              <dd data-testid="batch-pages">{batch.pages ?? '—'}</dd>
            </div>
            <div>
              <dt>Pages read</dt>
              <dd data-testid="batch-pages-read">{batch.pagesRead ?? '—'}</dd>
            </div>
          </dl>
          {batch.pages ? (
            <progress max={batch.pages} value={batch.pagesRead ?? 0} aria-label="Pages read">
              {batch.pagesRead ?? 0} of {batch.pages}
            </progress>
          ) : null}
          {batch.failure ? (
            <p className="banner banner-danger" role="alert" data-testid="batch-failure">
              {batch.failure}
            </p>
          ) : null}
          {batch.quarantined && batch.quarantined.length > 0 ? (
            <div className="banner banner-warning" data-testid="batch-quarantined">
              <p>Not taken (the originals are kept; rescan or send them again):</p>
              <ul>
                {batch.quarantined.map((item) => (
                  <li key={`${item.file}#${item.pageIndex ?? ''}`}>
                    <span className="mono">
                      {item.file}
                      {item.pageIndex === undefined ? '' : ` page ${item.pageIndex + 1}`}
                    </span>
                    : {item.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
