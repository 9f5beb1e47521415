import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { DocumentView } from '@chartroom/api-contract';
import { formatDate } from '../common/format';
import { chartLink } from '../common/links';
import { FilingHistory } from './FilingHistory';

interface Props {
  document: DocumentView;
  /** Buttons at the end of the patient line (e.g. a clerk's "Filed in error…"). */
  actions?: ReactNode;
  /** Show the filing history open (after a change the user just made). */
  historyOpen?: boolean;
}

/** Whose document this is and what it is, above the page. */
export function DocumentHeader({ document, actions, historyOpen = false }: Props) {
  const patient = document.patient;
  return (
    <div className="document-header" data-testid="document-header">
      <div className="patient-line">
        {patient ? (
          <>
            <Link to={chartLink(patient.mrn)} className="patient-name" data-testid="viewer-patient">
              {patient.name}
            </Link>
            <span className="mono">MRN {patient.mrn}</span>
            <span className="mono">DOB {formatDate(patient.birthDate)}</span>
          </>
        ) : (
          <span className="patient-name muted" data-testid="viewer-patient">
            Not filed to a patient
          </span>
        )}
        {actions ? <span className="patient-actions">{actions}</span> : null}
      </div>
      <dl className="inline-facts">
        <div>
          <dt>Type</dt>
          <dd>{document.docTypeDisplay ?? document.docType ?? 'Unknown'}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd className="mono">{formatDate(document.documentDate)}</dd>
        </div>
        <div>
          <dt>Author</dt>
          <dd>{document.author ?? '—'}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`status status-${document.status}`} data-testid="viewer-status">
              {document.status}
            </span>
          </dd>
        </div>
        <div>
          <dt>Document</dt>
          <dd className="mono small">{document.documentId}</dd>
        </div>
        <div>
          <dt>Station / batch</dt>
          <dd className="small">
            {document.station} · <span className="mono">{document.batchId}</span>
          </dd>
        </div>
      </dl>
      <FilingHistory history={document.history} open={historyOpen} />
    </div>
  );
}
