import { Forbidden as ForbiddenError, errorText } from '../api';
import { Forbidden } from './Forbidden';

/** An API failure as the user sees it: the forbidden panel for a 403, else the API's text. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ForbiddenError) return <Forbidden message={error.message} />;
  return (
    <div className="panel panel-error" role="alert" data-testid="error">
      <p>{errorText(error)}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
