import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import type { DocumentTypeView, ReviewQueueEntry } from '@chartroom/api-contract';
import { formatAge, formatDateTime, formatPercent, formatTime } from '../common/format';
import { reasonLabel } from '../common/reasons';
import { typeDisplay } from '../common/useDocumentTypes';

interface Props {
  entry: ReviewQueueEntry;
  selected: boolean;
  types: DocumentTypeView[];
  username: string;
  now: number;
  rowRef?: Ref<HTMLTableRowElement>;
  onSelect: () => void;
  onOpen: () => void;
}

export function ReviewQueueRow({ entry, selected, types, username, now, rowRef, onSelect, onOpen }: Props) {
  const others = entry.reasons.filter((reason) => reason.code !== entry.primaryReason);
  const claim = entry.claim && Date.parse(entry.claim.expiresAt) > now ? entry.claim : null;
  return (
    <tr
      ref={rowRef}
      className={`${selected ? 'selected' : ''} ${entry.patientSafety ? 'patient-safety' : ''}`.trim()}
      aria-selected={selected}
      data-testid={`review-row-${entry.documentId}`}
      onMouseDown={onSelect}
      onClick={(event) => {
        if (!(event.target instanceof Element && event.target.closest('a'))) onOpen();
      }}
    >
      <td className="nowrap" title={formatDateTime(entry.decidedAt)}>
        {formatAge(entry.decidedAt, now)}
      </td>
      <td>
        <span className={`reason reason-primary ${entry.patientSafety ? 'reason-safety' : ''}`}>
          {reasonLabel(entry.primaryReason)}
        </span>
        {others.map((reason) => (
          <span key={reason.code} className="reason reason-other">
            {reasonLabel(reason.code)}
          </span>
        ))}
      </td>
      <td>
        <div>{entry.station}</div>
        <div className="muted small">{entry.batchId}</div>
      </td>
      <td className="num">{entry.pageCount}</td>
      <td>
        {entry.docType ? (
          <>
            {typeDisplay(types, entry.docType)}{' '}
            <span className="muted small">{formatPercent(entry.typeConfidence)}</span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        {claim ? (
          <span className="claimed">
            {claim.by === username ? 'you' : claim.by}{' '}
            <span className="muted small">until {formatTime(claim.expiresAt)}</span>
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <Link to={`/review/${encodeURIComponent(entry.documentId)}`} className="mono">
          {entry.documentId}
        </Link>
      </td>
    </tr>
  );
}
