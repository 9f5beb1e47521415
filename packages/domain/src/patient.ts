/** A patient as known to the hospital's patient index (MPI). */
export interface Patient {
  mrn: string;
  family: string;
  given: string[];
  /** ISO date, YYYY-MM-DD. */
  birthDate: string | null;
  sex: 'male' | 'female' | 'other' | 'unknown';
  address: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
}
