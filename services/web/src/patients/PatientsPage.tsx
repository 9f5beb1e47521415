import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { searchPatients } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { chartLink } from '../common/links';
import { Loading } from '../common/Loading';
import { useDebounced } from '../common/useDebounced';
import { useLoad } from '../common/useLoad';
import { PatientList } from './PatientList';

/** /patients: find a patient by name, date of birth or MRN. */
export function PatientsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const settled = useDebounced(query.trim(), 250);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);
  // The query lives in the address too, so Back from a chart comes back to the same list.
  useEffect(() => {
    if ((params.get('q') ?? '') !== settled) setParams(settled ? { q: settled } : {}, { replace: true });
  }, [settled, params, setParams]);

  const found = useLoad(settled ? `patients:${settled}` : null, (signal) => searchPatients(settled, signal));
  const patients = found.data?.patients;

  return (
    <section className="page" aria-labelledby="patients-title">
      <div className="page-title">
        <h1 id="patients-title">Patients</h1>
      </div>
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const only = patients?.length === 1 ? patients[0] : undefined;
          if (only && settled === query.trim()) void navigate(chartLink(only.mrn));
        }}
      >
        <div className="field">
          <label htmlFor="patient-search">Name, date of birth (YYYY-MM-DD) or MRN</label>
          <input
            id="patient-search"
            ref={inputRef}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            data-testid="patient-search"
          />
        </div>
      </form>
      {found.error ? <ErrorMessage error={found.error} onRetry={found.reload} /> : null}
      {found.loading && !patients ? <Loading what="Searching" /> : null}
      {!settled ? <p className="muted">Type to search the patient index.</p> : null}
      {patients && patients.length === 0 ? (
        <p className="panel empty" role="status" data-testid="no-patients">
          No patient matches “{settled}”.
        </p>
      ) : null}
      {patients && patients.length > 0 ? <PatientList patients={patients} /> : null}
    </section>
  );
}
