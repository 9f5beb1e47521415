import type { AuditEventView } from '@chartroom/api-contract';
import { formatDateTime } from '../common/format';

export function AuditTable({ events }: { events: AuditEventView[] }) {
  return (
    <table className="table table-compact table-audit" data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Actor</th>
          <th scope="col">Action</th>
          <th scope="col">Resource</th>
          <th scope="col">Outcome</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.eventId} data-testid={`audit-${event.eventId}`}>
            <td className="mono nowrap" title={event.at}>
              {formatDateTime(event.at)}
            </td>
            <td>{event.actor}</td>
            <td className="mono">{event.action}</td>
            <td className="mono">{event.resource}</td>
            <td>
              <span className={`outcome outcome-${event.outcome}`}>{event.outcome}</span>
            </td>
            <td>
              <code className="detail">{JSON.stringify(event.detail)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
