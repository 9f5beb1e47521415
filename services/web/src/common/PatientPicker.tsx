import { useId, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import type { PatientView } from '@chartroom/api-contract';
import { searchPatients } from '../api';
import { ErrorMessage } from './ErrorMessage';
import { formatDate, formatSex } from './format';
import { useDebounced } from './useDebounced';
import { useLoad } from './useLoad';

export interface PatientPickerTestIds {
  input: string;
  results: string;
  /** The choose button of one patient. */
  choose: (mrn: string) => string;
}

/** The review workbench's test ids (the default). */
const REVIEW_TEST_IDS: PatientPickerTestIds = {
  input: 'patient-search-input',
  results: 'patient-search-results',
  choose: (mrn) => `search-choose-${mrn}`,
};

interface Props {
  chosenMrn: string | null;
  disabled: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onChoose: (patient: PatientView) => void;
  title?: string;
  /** h2 on a page, h3 inside a dialog that has its own h2. */
  headingLevel?: 2 | 3;
  /** After the field's label, e.g. the shortcut that focuses it. */
  labelHint?: ReactNode;
  /** Listed but not choosable (the patient the document is filed to now), with why. */
  excluded?: { mrn: string; label: string } | null;
  testIds?: PatientPickerTestIds;
}

/** Find a patient in the index by name, date of birth or MRN, and choose one. */
export function PatientPicker({
  chosenMrn,
  disabled,
  inputRef,
  onChoose,
  title = 'Another patient',
  headingLevel = 2,
  labelHint,
  excluded = null,
  testIds = REVIEW_TEST_IDS,
}: Props) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 250);
  const found = useLoad(settled.length >= 2 ? settled : null, (signal) => searchPatients(settled, signal));
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <Heading id={`${inputId}-title`}>{title}</Heading>
      <div className="field">
        <label htmlFor={inputId}>
          Search the patient index by name, date of birth or MRN{labelHint ? <> {labelHint}</> : null}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="search"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid={testIds.input}
        />
      </div>
      {found.error ? <ErrorMessage error={found.error} /> : null}
      {found.data ? (
        found.data.patients.length === 0 ? (
          <p className="muted">No patient matches “{settled}”.</p>
        ) : (
          <ul className="picker-results" data-testid={testIds.results}>
            {found.data.patients.map((patient) => {
              const chosen = chosenMrn === patient.mrn;
              const isExcluded = excluded?.mrn === patient.mrn;
              return (
                <li key={patient.mrn} className={chosen ? 'chosen' : ''}>
                  <span className="strong">{patient.name}</span>
                  <span className="mono">MRN {patient.mrn}</span>
                  <span className="mono">DOB {formatDate(patient.birthDate)}</span>
                  <span>{formatSex(patient.sex)}</span>
                  {isExcluded ? <span className="muted small">{excluded.label}</span> : null}
                  <button
                    type="button"
                    disabled={disabled || isExcluded}
                    aria-pressed={chosen}
                    onClick={() => onChoose(patient)}
                    data-testid={testIds.choose(patient.mrn)}
                  >
                    {chosen ? 'Chosen' : 'Choose'}
                  </button>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </section>
  );
}
