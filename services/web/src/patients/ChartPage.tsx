import { Link, useParams, useSearchParams } from 'react-router-dom';
import { getPatientChart, search } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { useSession } from '../common/session';
import { useDocumentTypes } from '../common/useDocumentTypes';
import { useLoad } from '../common/useLoad';
import { SearchHits } from '../search/SearchHits';
import { ChartFilters } from './ChartFilters';
import { ChartSearch } from './ChartSearch';
import { PatientHeader } from './PatientHeader';
import { Timeline } from './Timeline';

/** /patients/:mrn — one patient's chart: the timeline and search within it. */
export function ChartPage() {
  const { mrn = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const q = params.get('q') ?? '';
  const { types } = useDocumentTypes();
  // Searching inside documents is the clinicians' (GET /v1/search); clerks see the timeline.
  const { user } = useSession();
  const canSearch = user.roles.includes('clinician');

  const chart = useLoad(JSON.stringify({ mrn, type, from, to }), (signal) =>
    getPatientChart(mrn, { type: type || undefined, from: from || undefined, to: to || undefined }, signal),
  );
  const hits = useLoad(canSearch && q ? JSON.stringify({ mrn, q }) : null, (signal) =>
    search({ q, patient: mrn }, signal),
  );

  const set = (patch: Record<string, string | undefined>, replace = true): void => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace });
  };

  return (
    <section className="page page-chart" aria-label="Patient chart">
      <p className="breadcrumb">
        <Link to="/patients">← Patients</Link>
      </p>
      {chart.data ? <PatientHeader patient={chart.data.patient} /> : null}
      {chart.error ? <ErrorMessage error={chart.error} onRetry={chart.reload} /> : null}
      {chart.loading && !chart.data ? <Loading what="Loading the chart" /> : null}

      {chart.data ? (
        <>
          {canSearch ? (
            <section className="card" aria-labelledby="chart-search-title">
              <h2 id="chart-search-title" className="visually-hidden">
                Search
              </h2>
              <ChartSearch key={q} query={q} onSearch={(query) => set({ q: query }, false)} />
              {hits.error ? <ErrorMessage error={hits.error} onRetry={hits.reload} /> : null}
              {hits.loading && !hits.data ? <Loading what="Searching" /> : null}
              {hits.data ? <SearchHits response={hits.data} query={q} showPatient={false} /> : null}
            </section>
          ) : null}

          <section className="card" aria-labelledby="timeline-title">
            <div className="card-title">
              <h2 id="timeline-title">Documents</h2>
              <span className="muted">{chart.data.documents.length}</span>
            </div>
            <ChartFilters types={types} type={type} from={from} to={to} onChange={(patch) => set(patch)} />
            <Timeline documents={chart.data.documents} />
          </section>
        </>
      ) : null}
    </section>
  );
}
