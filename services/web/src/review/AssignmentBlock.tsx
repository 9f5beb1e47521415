import type { FieldAgreement, IdentifierKind, PatientView } from '@chartroom/api-contract';
import { AgreementBadge } from '../common/AgreementBadge';
import { formatDate, formatSex } from '../common/format';
import { KINDS, patientValue } from './identifiers';

const CHECK_LABEL: Record<IdentifierKind, string> = {
  mrn: 'I checked the MRN on the page',
  name: 'I checked the name on the page',
  birthDate: 'I checked the date of birth on the page',
};

interface Props {
  patient: PatientView | null;
  fields: Record<IdentifierKind, FieldAgreement> | null;
  confirmed: ReadonlySet<IdentifierKind>;
  disabled: boolean;
  canAssign: boolean;
  blocker: string | null;
  onToggle: (kind: IdentifierKind) => void;
  onAssign: () => void;
}

/** Filing to a patient: the clerk confirms at least two identifiers against the page first. */
export function AssignmentBlock({
  patient,
  fields,
  confirmed,
  disabled,
  canAssign,
  blocker,
  onToggle,
  onAssign,
}: Props) {
  const disagreeing = fields ? KINDS.filter((kind) => fields[kind] === 'disagree') : [];
  return (
    <section className="card card-assign" aria-labelledby="assign-title" data-testid="assignment">
      <h2 id="assign-title">File to patient</h2>
      {patient ? (
        <>
          <p className="assign-patient" data-testid="assign-patient">
            <span className="strong">{patient.name}</span> <span className="mono">MRN {patient.mrn}</span>{' '}
            <span className="mono">DOB {formatDate(patient.birthDate)}</span> {formatSex(patient.sex)}
          </p>
          {disagreeing.length > 0 ? (
            <p className="banner banner-danger" role="alert">
              What was read on the document disagrees with this patient’s{' '}
              {disagreeing
                .map((kind) => (kind === 'birthDate' ? 'date of birth' : kind === 'mrn' ? 'MRN' : 'name'))
                .join(' and ')}
              . Check the page carefully.
            </p>
          ) : null}
          <fieldset className="checks" disabled={disabled}>
            <legend>Compare with the page, then tick at least two</legend>
            {KINDS.map((kind) => (
              <label key={kind} className="check">
                <input
                  type="checkbox"
                  checked={confirmed.has(kind)}
                  onChange={() => onToggle(kind)}
                  data-testid={`confirm-${kind}`}
                />
                <span>
                  {CHECK_LABEL[kind]}: <span className="mono strong">{patientValue(patient, kind)}</span>
                </span>
                {fields ? <AgreementBadge agreement={fields[kind]} /> : null}
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <p className="muted">Choose a candidate above, or search for the patient.</p>
      )}
      <button
        type="button"
        className="primary big"
        disabled={!canAssign}
        aria-describedby={blocker ? 'assign-blocker' : undefined}
        onClick={onAssign}
        data-testid="action-assign"
      >
        Assign{patient ? ` to ${patient.name}` : ''} <kbd>a</kbd>
      </button>
      {blocker ? (
        <p id="assign-blocker" className="muted small">
          {blocker}
        </p>
      ) : null}
    </section>
  );
}
