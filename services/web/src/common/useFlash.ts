import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/** A one-off message handed to the next page in the navigation state (`{ flash }`). */
export interface Flash {
  flash?: string;
}

/**
 * The message the previous page left, read once: it is then dropped from the history
 * entry, so a reload or Back does not show it again.
 */
export function useFlash(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => (location.state as Flash | null)?.flash ?? null);
  const hasState = location.state !== null && location.state !== undefined;
  useEffect(() => {
    if (hasState) void navigate(location.pathname + location.search, { replace: true, state: null });
  }, [hasState, navigate, location.pathname, location.search]);
  return flash;
}
