import type { FieldAgreement } from '@chartroom/api-contract';

const TEXT: Record<FieldAgreement, string> = {
  agree: 'agrees',
  near: 'near',
  disagree: 'disagrees',
  missing: 'not read',
};

/** How a field read on the document compares with the patient index. */
export function AgreementBadge({ agreement }: { agreement: FieldAgreement | null }) {
  if (agreement === null) return <span className="badge badge-unknown">not compared</span>;
  return (
    <span className={`badge badge-${agreement}`} data-agreement={agreement}>
      {TEXT[agreement]}
    </span>
  );
}
