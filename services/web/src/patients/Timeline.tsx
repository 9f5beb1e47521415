import { useNavigate, Link } from 'react-router-dom';
import type { TimelineEntry } from '@chartroom/api-contract';
import { formatDate } from '../common/format';
import { viewerLink } from '../common/links';

/** The patient's documents, as the API orders them; each row opens the viewer. */
export function Timeline({ documents }: { documents: TimelineEntry[] }) {
  const navigate = useNavigate();
  if (documents.length === 0) {
    return (
      <p className="panel empty" data-testid="timeline" role="status">
        No documents filed for this patient <span className="muted">(with these filters)</span>.
      </p>
    );
  }
  return (
    <table className="table table-timeline" data-testid="timeline">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Type</th>
          <th scope="col">Author</th>
          <th scope="col">Station / batch</th>
          <th scope="col" className="num">
            Pages
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((entry) => (
          <tr
            key={entry.documentId}
            className="clickable"
            data-testid={`timeline-${entry.documentId}`}
            onClick={(event) => {
              if (!(event.target instanceof Element && event.target.closest('a'))) {
                void navigate(viewerLink(entry.documentId));
              }
            }}
          >
            <td className="mono nowrap">
              {entry.documentDate ? (
                formatDate(entry.documentDate)
              ) : (
                <span title="Document date not read; date filed">{formatDate(entry.filedAt)} (filed)</span>
              )}
            </td>
            <td>
              <Link to={viewerLink(entry.documentId)} className="strong">
                {entry.docTypeDisplay ?? entry.docType ?? 'Unknown type'}
              </Link>
            </td>
            <td>{entry.author ?? <span className="muted">—</span>}</td>
            <td>
              <div>{entry.station}</div>
              <div className="muted small mono">{entry.batchId}</div>
            </td>
            <td className="num">{entry.pageCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
