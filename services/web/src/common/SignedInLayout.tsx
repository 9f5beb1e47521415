import { useMemo } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { SessionUser } from '@chartroom/api-contract';
import { signInPath } from '../api';
import { Header } from './Header';
import { SessionContext } from './session';
import type { SessionValue } from './session';

interface Props {
  user: SessionUser | null;
  signOut: () => Promise<void>;
  /** When signed out: come back to this page after signing in (false after Sign out). */
  returnHere: boolean;
}

/** Every page but sign-in: the header and the page, or the sign-in page when signed out. */
export function SignedInLayout({ user, signOut, returnHere }: Props) {
  const location = useLocation();
  const value = useMemo<SessionValue | null>(() => (user ? { user, signOut } : null), [user, signOut]);
  if (!value) {
    return <Navigate to={returnHere ? signInPath(location.pathname + location.search) : '/signin'} replace />;
  }
  return (
    <SessionContext.Provider value={value}>
      <Header user={value.user} onSignOut={() => void signOut()} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </SessionContext.Provider>
  );
}
