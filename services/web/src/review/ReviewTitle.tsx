import { Link } from 'react-router-dom';
import type { ReviewItemDetail } from '@chartroom/api-contract';
import { formatAge, formatDateTime } from '../common/format';

export function ReviewTitle({
  documentId,
  detail,
  onHelp,
}: {
  documentId: string;
  detail: ReviewItemDetail | undefined;
  onHelp: () => void;
}) {
  return (
    <div className="page-title">
      <Link to="/review" className="back">
        ← Queue
      </Link>
      <h1>
        Review <span className="mono">{documentId}</span>
      </h1>
      {detail ? (
        <span className="muted" title={formatDateTime(detail.decidedAt)}>
          {detail.station} · batch <span className="mono">{detail.batchId}</span> · {detail.pages.length}{' '}
          pages · waiting {formatAge(detail.decidedAt)}
        </span>
      ) : null}
      <div className="spacer" />
      <button type="button" onClick={onHelp} aria-label="Keyboard shortcuts" data-testid="action-help">
        <kbd>?</kbd>
      </button>
    </div>
  );
}
