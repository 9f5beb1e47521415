import { Link } from 'react-router-dom';
import type { PatientView } from '@chartroom/api-contract';
import { formatDate, formatSex } from '../common/format';
import { chartLink } from '../common/links';

export function PatientList({ patients }: { patients: PatientView[] }) {
  return (
    <table className="table" data-testid="patient-list">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">MRN</th>
          <th scope="col">Date of birth</th>
          <th scope="col">Sex</th>
        </tr>
      </thead>
      <tbody>
        {patients.map((patient) => (
          <tr key={patient.mrn} data-testid={`patient-${patient.mrn}`}>
            <td>
              <Link
                to={chartLink(patient.mrn)}
                className="strong"
                data-testid={`patient-link-${patient.mrn}`}
              >
                {patient.name}
              </Link>
            </td>
            <td className="mono">{patient.mrn}</td>
            <td className="mono">{formatDate(patient.birthDate)}</td>
            <td>{formatSex(patient.sex)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
