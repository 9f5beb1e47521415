import type { ReasonView } from '@chartroom/api-contract';
import { reasonLabel } from '../common/reasons';

export function ReasonsList({ reasons }: { reasons: ReasonView[] }) {
  return (
    <section className="card" aria-labelledby="reasons-title">
      <h2 id="reasons-title">Why this needs you</h2>
      <ul className="reasons" data-testid="reasons">
        {reasons.map((reason) => (
          <li key={reason.code} data-testid={`reason-${reason.code}`}>
            <span className="reason reason-other">{reasonLabel(reason.code)}</span> {reason.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
