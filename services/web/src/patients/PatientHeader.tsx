import type { PatientView } from '@chartroom/api-contract';
import { formatDate, formatSex } from '../common/format';

/** Who this is: big enough that nobody reads the wrong chart. */
export function PatientHeader({ patient }: { patient: PatientView }) {
  return (
    <div className="patient-header" data-testid="patient-header">
      <h1>{patient.name}</h1>
      <dl className="inline-facts">
        <div>
          <dt>MRN</dt>
          <dd className="mono">{patient.mrn}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd className="mono">{formatDate(patient.birthDate)}</dd>
        </div>
        <div>
          <dt>Sex</dt>
          <dd>{formatSex(patient.sex)}</dd>
        </div>
      </dl>
    </div>
  );
}
