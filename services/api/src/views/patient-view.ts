import type { PatientView } from '@chartroom/api-contract';
import type { Patient, PatientIndex } from '@chartroom/domain';

export function patientViewOf(patient: Patient): PatientView {
  return {
    mrn: patient.mrn,
    name: `${patient.family}, ${patient.given.join(' ')}`.replace(/, $/, ''),
    family: patient.family,
    given: patient.given,
    birthDate: patient.birthDate,
    sex: patient.sex,
  };
}

/** Looks up each distinct MRN once. */
export async function patientViewsOf(
  mrns: (string | null)[],
  patients: PatientIndex,
): Promise<Map<string, PatientView>> {
  const views = new Map<string, PatientView>();
  for (const mrn of new Set(mrns.filter((value): value is string => value !== null))) {
    const patient = await patients.findByMrn(mrn);
    if (patient) views.set(mrn, patientViewOf(patient));
  }
  return views;
}
