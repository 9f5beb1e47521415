import type { FieldAgreement, IdentifierKind, PatientView } from '@chartroom/api-contract';
import { AgreementBadge } from '../common/AgreementBadge';
import { formatSex } from '../common/format';
import { KINDS, patientValue } from './identifiers';

const ROW_LABEL: Record<IdentifierKind, string> = { mrn: 'MRN', name: 'Name', birthDate: 'DOB' };

interface Props {
  patient: PatientView;
  fields: Record<IdentifierKind, FieldAgreement>;
  title: string;
  score?: number;
  /** 1-based shortcut number, if any. */
  shortcut?: number;
  chosen: boolean;
  disabled: boolean;
  onChoose: () => void;
  testId: string;
}

/** One candidate patient: the index's value of each field and how it agrees with the page. */
export function CandidateCard({
  patient,
  fields,
  title,
  score,
  shortcut,
  chosen,
  disabled,
  onChoose,
  testId,
}: Props) {
  const disagrees = KINDS.some((kind) => fields[kind] === 'disagree');
  return (
    <article
      className={`candidate ${chosen ? 'chosen' : ''} ${disagrees ? 'has-disagreement' : ''}`}
      data-testid={testId}
      aria-label={`${title}: ${patient.name}`}
    >
      <header>
        <span className="candidate-title">{title}</span>
        {score !== undefined ? <span className="muted small">score {score.toFixed(1)}</span> : null}
      </header>
      <table className="fields">
        <tbody>
          {KINDS.map((kind) => (
            <tr key={kind} data-testid={`${testId}-${kind}`}>
              <th scope="row">{ROW_LABEL[kind]}</th>
              <td className={kind === 'name' ? 'strong' : 'mono strong'}>{patientValue(patient, kind)}</td>
              <td>
                <AgreementBadge agreement={fields[kind]} />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Sex</th>
            <td colSpan={2}>{formatSex(patient.sex)}</td>
          </tr>
        </tbody>
      </table>
      <button
        type="button"
        className={chosen ? 'primary' : ''}
        aria-pressed={chosen}
        disabled={disabled}
        onClick={onChoose}
        data-testid={`choose-${patient.mrn}`}
      >
        {chosen ? 'Chosen' : 'Choose this patient'}
        {shortcut !== undefined && shortcut <= 9 ? <kbd>{shortcut}</kbd> : null}
      </button>
    </article>
  );
}
