import type { ClaimState } from './useClaim';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatTime } from '../common/format';

/** Whether this clerk may act on the item: a quiet line when held, a banner when not. */
export function ClaimBanner({ state, onRetry }: { state: ClaimState; onRetry: () => void }) {
  switch (state.status) {
    case 'claiming':
      return (
        <p className="claim-line muted" role="status">
          Claiming…
        </p>
      );
    case 'held':
      return (
        <p className="claim-line muted" data-testid="claim-held">
          Yours until {formatTime(state.claim.expiresAt)} (renewed while this page is open).
        </p>
      );
    case 'taken':
      return (
        <div className="banner banner-warning" role="alert" data-testid="claim-banner">
          <strong>Read-only.</strong>{' '}
          {state.claim
            ? `Claimed by ${state.claim.by} until ${formatTime(state.claim.expiresAt)}.`
            : 'Another clerk is working on this item.'}
          {state.lost ? ' Your claim lapsed and was taken over.' : ''}{' '}
          <button type="button" onClick={onRetry} data-testid="claim-retry">
            Try to claim again
          </button>
        </div>
      );
    case 'error':
      return <ErrorMessage error={state.error} onRetry={onRetry} />;
  }
}
