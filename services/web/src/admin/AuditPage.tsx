import { useSearchParams } from 'react-router-dom';
import { auditExportUrl, getAudit } from '../api';
import type { AuditFilter } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { useLoad } from '../common/useLoad';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

const NAMES = ['actor', 'action', 'outcome', 'from', 'to'] as const;

/** /admin/audit — who did what, filterable, exportable with the same filters. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {};
  for (const name of NAMES) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  const audit = useLoad(JSON.stringify(filter), (signal) => getAudit(filter, signal));

  const apply = (next: AuditFilter): void => {
    const search = new URLSearchParams();
    for (const name of NAMES) {
      const value = next[name]?.trim();
      if (value) search.set(name, value);
    }
    setParams(search);
  };

  return (
    <section className="page" aria-labelledby="audit-title">
      <div className="page-title">
        <h1 id="audit-title">Audit trail</h1>
        {audit.data ? (
          <span className="muted" data-testid="audit-total">
            {audit.data.events.length < audit.data.total
              ? `${audit.data.events.length} of ${audit.data.total} events`
              : `${audit.data.total} events`}
          </span>
        ) : null}
        <div className="spacer" />
        <a className="button" href={auditExportUrl(filter)} download data-testid="audit-export">
          Export (NDJSON)
        </a>
      </div>
      <AuditFilters key={params.toString()} filter={filter} onApply={apply} />
      {audit.error ? <ErrorMessage error={audit.error} onRetry={audit.reload} /> : null}
      {audit.loading && !audit.data ? <Loading what="Loading the audit trail" /> : null}
      {audit.data && audit.data.events.length === 0 ? (
        <p className="panel empty" role="status" data-testid="audit-empty">
          No audit events match these filters.
        </p>
      ) : null}
      {audit.data && audit.data.events.length > 0 ? <AuditTable events={audit.data.events} /> : null}
    </section>
  );
}
