import type { CandidateView, IdentifierKind, IdentifierView, PatientView } from '@chartroom/api-contract';
import { CandidateCard } from './CandidateCard';
import { ReadCard } from './ReadCard';

interface Props {
  candidates: CandidateView[];
  reads: Partial<Record<IdentifierKind, IdentifierView>>;
  chosenMrn: string | null;
  disabled: boolean;
  onChoose: (patient: PatientView) => void;
}

/** The document's values and the candidate patients, side by side. */
export function CandidatesPanel({ candidates, reads, chosenMrn, disabled, onChoose }: Props) {
  return (
    <section className="card" aria-labelledby="candidates-title">
      <h2 id="candidates-title">Candidate patients</h2>
      {candidates.length === 0 ? (
        <p className="muted" data-testid="no-candidates">
          The patient index has no candidate. Search for the patient below.
        </p>
      ) : null}
      <div className="candidates">
        <ReadCard reads={reads} />
        {candidates.map((candidate, index) => (
          <CandidateCard
            key={candidate.patient.mrn}
            patient={candidate.patient}
            fields={candidate.fields}
            title={`Candidate ${index + 1}`}
            score={candidate.score}
            shortcut={index + 1}
            chosen={chosenMrn === candidate.patient.mrn}
            disabled={disabled}
            onChoose={() => onChoose(candidate.patient)}
            testId={`candidate-${candidate.patient.mrn}`}
          />
        ))}
      </div>
    </section>
  );
}
