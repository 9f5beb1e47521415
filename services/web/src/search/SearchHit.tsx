import { Link } from 'react-router-dom';
import type { SearchHitView } from '@chartroom/api-contract';
import { formatDate } from '../common/format';
import { chartLink, viewerLink } from '../common/links';

/** One matching document: what it is, whose, and each matching page with its fragment. */
export function SearchHit({
  hit,
  query,
  showPatient,
}: {
  hit: SearchHitView;
  query: string;
  showPatient: boolean;
}) {
  const pages = [...hit.pages];
  for (const page of [hit.page, ...hit.fragments.map((fragment) => fragment.page)]) {
    if (!pages.includes(page)) pages.push(page);
  }
  const title = hit.docTypeDisplay ?? hit.docType ?? 'Document of unknown type';
  return (
    <li className="hit" data-testid={`hit-${hit.documentId}`}>
      <div className="hit-head">
        <Link to={viewerLink(hit.documentId, hit.page, query)} className="hit-title">
          {title}
        </Link>
        <span className="mono">{formatDate(hit.documentDate)}</span>
        <span>{hit.author ?? <span className="muted">author unknown</span>}</span>
      </div>
      {showPatient ? (
        <div className="hit-patient" data-testid={`hit-patient-${hit.documentId}`}>
          {hit.patient ? (
            <>
              <Link to={chartLink(hit.patient.mrn)} className="strong">
                {hit.patient.name}
              </Link>{' '}
              <span className="mono">MRN {hit.patient.mrn}</span>{' '}
              <span className="mono">DOB {formatDate(hit.patient.birthDate)}</span>
            </>
          ) : (
            <span className="muted">Not filed to a patient</span>
          )}
        </div>
      ) : null}
      <ul className="hit-pages">
        {pages.map((page) => (
          <li key={page}>
            <Link
              to={viewerLink(hit.documentId, page, query)}
              className="page-link"
              data-testid={`hit-page-${hit.documentId}-${page}`}
            >
              p. {page}
            </Link>
            {hit.fragments
              .filter((fragment) => fragment.page === page)
              .map((fragment, index) => (
                <span key={index} className="fragment">
                  {fragment.parts.map((part, partIndex) =>
                    part.match ? (
                      <mark key={partIndex}>{part.text}</mark>
                    ) : (
                      <span key={partIndex}>{part.text}</span>
                    ),
                  )}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </li>
  );
}
