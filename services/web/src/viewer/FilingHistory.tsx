import type { FilingHistoryEntry } from '@chartroom/api-contract';
import { formatDateTime } from '../common/format';

/** The reason of a "refile: <reason>" change ("filed in error"), or null for any other change. */
export function refileReason(change: string | null): string | null {
  if (change === null) return null;
  if (change === 'refile') return '';
  if (!change.startsWith('refile:')) return null;
  return change.slice('refile:'.length).trim();
}

function Change({
  entry,
  previous,
}: {
  entry: FilingHistoryEntry;
  previous: FilingHistoryEntry | undefined;
}) {
  const reason = refileReason(entry.change);
  if (reason === null) return <>{entry.change ?? '—'}</>;
  return (
    <span className="history-refile" data-testid={`history-refile-${entry.version}`}>
      <span className="strong">Re-filed (filed in error)</span>
      {reason ? <>: {reason}</> : null}
      {previous ? (
        <>
          {' '}
          — previous patient MRN <span className="mono strong">{previous.patientMrn ?? '—'}</span>
        </>
      ) : null}
    </span>
  );
}

/** Every filing version, oldest first: who decided what (collapsed unless `open`). */
export function FilingHistory({ history, open = false }: { history: FilingHistoryEntry[]; open?: boolean }) {
  const refiles = history.filter((entry) => refileReason(entry.change) !== null).length;
  return (
    <details className="history" open={open} data-testid="filing-history">
      <summary>
        Filing history ({history.length} {history.length === 1 ? 'version' : 'versions'})
        {refiles > 0 ? (
          <span className="history-refiled-note" data-testid="history-refiled-note">
            {' '}
            · re-filed {refiles === 1 ? 'once' : `${refiles} times`} (filed in error)
          </span>
        ) : null}
      </summary>
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">When</th>
            <th scope="col">By</th>
            <th scope="col">Status</th>
            <th scope="col">Patient MRN</th>
            <th scope="col">Type</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry, index) => {
            const previous = index > 0 ? history[index - 1] : undefined;
            const isRefile = refileReason(entry.change) !== null;
            // The version a later refile corrected: kept as it was, shown as the error it was.
            const inError = refileReason(history[index + 1]?.change ?? null) !== null;
            return (
              <tr
                key={entry.version}
                className={isRefile ? 'history-row-refile' : inError ? 'history-row-in-error' : undefined}
                data-testid={`history-${entry.version}`}
              >
                <td className="num">{entry.version}</td>
                <td className="mono nowrap">{formatDateTime(entry.decidedAt)}</td>
                <td>{entry.decidedBy}</td>
                <td>
                  <span className={`status status-${entry.status}`}>{entry.status}</span>
                  {inError ? (
                    <>
                      {' '}
                      <span
                        className="badge badge-disagree"
                        data-testid={`history-in-error-${entry.version}`}
                      >
                        filed in error
                      </span>
                    </>
                  ) : null}
                </td>
                <td className="mono">{entry.patientMrn ?? '—'}</td>
                <td>{entry.docType ?? '—'}</td>
                <td>
                  <Change entry={entry} previous={previous} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
