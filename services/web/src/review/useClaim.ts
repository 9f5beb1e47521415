import { useCallback, useEffect, useRef, useState } from 'react';
import type { Claim } from '@chartroom/api-contract';
import { Conflict, claimReviewItem, releaseReviewItem } from '../api';

export type ClaimState =
  | { status: 'claiming' }
  | { status: 'held'; claim: Claim }
  /** Another clerk holds it (or took it over after ours lapsed): read-only. */
  | { status: 'taken'; claim: Claim | null; lost: boolean }
  | { status: 'error'; error: unknown };

const RENEW_MS = 60_000;

// Claims and releases run one after another, in order: leaving one item and opening the
// next (or React's development double-mount) must never release a claim just taken.
let chain: Promise<unknown> = Promise.resolve();
function inOrder<T>(operation: () => Promise<T>): Promise<T> {
  const run = chain.then(operation, operation);
  chain = run.catch(() => undefined);
  return run;
}

/**
 * Holds the review claim on `documentId` while the page is open: takes it, renews it every
 * 60 s, releases it on leaving unless the item was resolved (markResolved) first.
 */
export function useClaim(documentId: string): {
  state: ClaimState;
  retry: () => void;
  markResolved: () => void;
} {
  const [state, setState] = useState<ClaimState>({ status: 'claiming' });
  const [attempt, setAttempt] = useState(0);
  const resolvedRef = useRef<string | null>(null);

  useEffect(() => {
    let active = true;
    let held = false;
    setState({ status: 'claiming' });

    const take = (renewal: boolean): void => {
      inOrder(async () => {
        const claim = await claimReviewItem(documentId);
        held = true;
        return claim;
      }).then(
        (claim) => {
          if (active) setState({ status: 'held', claim });
        },
        (error: unknown) => {
          if (error instanceof Conflict) {
            held = false;
            if (active) setState({ status: 'taken', claim: error.claim, lost: renewal });
          } else if (active && !renewal) {
            setState({ status: 'error', error });
          }
          // A failed renewal that is not a conflict (network): keep going, the next one may work.
        },
      );
    };

    take(false);
    const timer = window.setInterval(() => {
      if (held) take(true);
    }, RENEW_MS);

    // Closing the tab: let the next clerk have it without waiting for the claim to expire.
    const onPageHide = (): void => {
      if (held && resolvedRef.current !== documentId) {
        releaseReviewItem(documentId, { keepalive: true }).catch(() => undefined);
      }
    };
    window.addEventListener('pagehide', onPageHide);

    return () => {
      active = false;
      window.clearInterval(timer);
      window.removeEventListener('pagehide', onPageHide);
      inOrder(async () => {
        if (!held || resolvedRef.current === documentId) return;
        held = false;
        await releaseReviewItem(documentId);
      }).catch(() => undefined);
    };
  }, [documentId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const markResolved = useCallback(() => {
    resolvedRef.current = documentId;
  }, [documentId]);
  return { state, retry, markResolved };
}
