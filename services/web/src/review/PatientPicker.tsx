import { useId, useState } from 'react';
import type { Ref } from 'react';
import type { PatientView } from '@chartroom/api-contract';
import { searchPatients } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatDate, formatSex } from '../common/format';
import { useDebounced } from '../common/useDebounced';
import { useLoad } from '../common/useLoad';

interface Props {
  chosenMrn: string | null;
  disabled: boolean;
  inputRef: Ref<HTMLInputElement>;
  onChoose: (patient: PatientView) => void;
}

/** Find the patient in the index when the candidates are not the right one. */
export function PatientPicker({ chosenMrn, disabled, inputRef, onChoose }: Props) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 250);
  const found = useLoad(settled.length >= 2 ? settled : null, (signal) => searchPatients(settled, signal));
  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Another patient</h2>
      <div className="field">
        <label htmlFor={inputId}>
          Search the patient index by name, date of birth or MRN <kbd>/</kbd>
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="search"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="patient-search-input"
        />
      </div>
      {found.error ? <ErrorMessage error={found.error} /> : null}
      {found.data ? (
        found.data.patients.length === 0 ? (
          <p className="muted">No patient matches “{settled}”.</p>
        ) : (
          <ul className="picker-results" data-testid="patient-search-results">
            {found.data.patients.map((patient) => (
              <li key={patient.mrn} className={chosenMrn === patient.mrn ? 'chosen' : ''}>
                <span className="strong">{patient.name}</span>
                <span className="mono">MRN {patient.mrn}</span>
                <span className="mono">DOB {formatDate(patient.birthDate)}</span>
                <span>{formatSex(patient.sex)}</span>
                <button
                  type="button"
                  disabled={disabled}
                  aria-pressed={chosenMrn === patient.mrn}
                  onClick={() => onChoose(patient)}
                  data-testid={`search-choose-${patient.mrn}`}
                >
                  {chosenMrn === patient.mrn ? 'Chosen' : 'Choose'}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
