import type { FilingHistoryEntry } from '@chartroom/api-contract';
import { formatDateTime } from '../common/format';

/** Every filing version, oldest first: who decided what (collapsed by default). */
export function FilingHistory({ history }: { history: FilingHistoryEntry[] }) {
  return (
    <details className="history" data-testid="filing-history">
      <summary>
        Filing history ({history.length} {history.length === 1 ? 'version' : 'versions'})
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
          {history.map((entry) => (
            <tr key={entry.version} data-testid={`history-${entry.version}`}>
              <td className="num">{entry.version}</td>
              <td className="mono nowrap">{formatDateTime(entry.decidedAt)}</td>
              <td>{entry.decidedBy}</td>
              <td>
                <span className={`status status-${entry.status}`}>{entry.status}</span>
              </td>
              <td className="mono">{entry.patientMrn ?? '—'}</td>
              <td>{entry.docType ?? '—'}</td>
              <td>{entry.change ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
