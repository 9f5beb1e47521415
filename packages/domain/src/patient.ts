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
  /** MRNs merged into this patient (HL7 A40): documents labelled with them belong here. */
  aliases?: string[];
}

/** What the matcher asks the patient index for: every patient any of these could point to. */
export interface CandidateQuery {
  mrns: string[];
  /** Normalised FAMILY^GIVEN names. */
  names: string[];
  birthDates: string[];
}
