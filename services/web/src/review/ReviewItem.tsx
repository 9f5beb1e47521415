import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { getReviewItem } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { HelpOverlay } from '../common/HelpOverlay';
import { Loading } from '../common/Loading';
import { useHotkeys } from '../common/useHotkeys';
import { useLoad } from '../common/useLoad';
import { ClaimBanner } from './ClaimBanner';
import { REVIEW_SHORTCUTS } from './reviewDialogs';
import { ReviewTitle } from './ReviewTitle';
import { ReviewWorkbench } from './ReviewWorkbench';
import { useClaim } from './useClaim';

/**
 * One review item, keyed by document id (all state starts afresh for the next item): the
 * claim is taken as the page opens, then the workbench shows once the item has loaded.
 */
export function ReviewItem({ documentId }: { documentId: string }) {
  const claim = useClaim(documentId);
  const item = useLoad(`review-item:${documentId}`, (signal) => getReviewItem(documentId, signal));
  const navigate = useNavigate();
  const [help, setHelp] = useState(false);

  // Until the workbench is up, Esc still goes back (and releases) and ? still helps.
  useHotkeys((event) => {
    if (event.key === 'Escape') void navigate('/review');
    else if (event.key === '?') setHelp(true);
  }, !item.data && !help);

  if (item.data) {
    return (
      <ReviewWorkbench
        documentId={documentId}
        detail={item.data}
        claim={claim}
        loading={item.loading}
        loadError={item.error}
        reload={item.reload}
      />
    );
  }
  return (
    <section className="page page-review">
      <ReviewTitle documentId={documentId} detail={undefined} onHelp={() => setHelp(true)} />
      <ClaimBanner state={claim.state} onRetry={claim.retry} />
      {item.error ? (
        <ErrorMessage error={item.error} onRetry={item.reload} />
      ) : (
        <Loading what="Loading the item" />
      )}
      {help ? <HelpOverlay shortcuts={REVIEW_SHORTCUTS} onClose={() => setHelp(false)} /> : null}
    </section>
  );
}
