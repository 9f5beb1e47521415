import { useCallback, useEffect, useRef, useState } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import type { SessionUser } from '@chartroom/api-contract';
import {
  Unauthorized,
  errorText,
  getSession,
  isAbort,
  setUnauthorizedHandler,
  signInPath,
  signOut,
} from './api';
import { AuditPage } from './admin/AuditPage';
import { Loading } from './common/Loading';
import { NotFound } from './common/NotFound';
import { RoleHome } from './common/RoleHome';
import { SignedInLayout } from './common/SignedInLayout';
import { ChartPage } from './patients/ChartPage';
import { PatientsPage } from './patients/PatientsPage';
import { ReviewItemPage } from './review/ReviewItemPage';
import { ReviewQueuePage } from './review/ReviewQueuePage';
import { SearchPage } from './search/SearchPage';
import { SignInPage } from './signin/SignInPage';
import { StationPage } from './station/StationPage';
import { DocumentViewerPage } from './viewer/DocumentViewerPage';

type SessionState =
  | { status: 'checking' }
  /** `byUser`: signed out on purpose (sign-in starts afresh, not at the last page). */
  | { status: 'signed-out'; byUser: boolean }
  | { status: 'signed-in'; user: SessionUser }
  | { status: 'error'; error: unknown };

export function App() {
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  useEffect(() => {
    locationRef.current = location;
  });
  const [session, setSession] = useState<SessionState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  // GET /v1/session decides whether we are signed in.
  useEffect(() => {
    const controller = new AbortController();
    getSession(controller.signal).then(
      (user) => setSession({ status: 'signed-in', user }),
      (error: unknown) => {
        if (isAbort(error)) return;
        setSession(
          error instanceof Unauthorized
            ? { status: 'signed-out', byUser: false }
            : { status: 'error', error },
        );
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // Any 401 later (the session expired): back to sign-in, then back here.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const here = locationRef.current;
      setSession({ status: 'signed-out', byUser: false });
      if (here.pathname !== '/signin')
        void navigate(signInPath(here.pathname + here.search), { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate]);

  const doSignOut = useCallback(async () => {
    try {
      await signOut();
    } catch {
      // Signed out here either way; the cookie expires on its own.
    }
    // The layout then sends the browser to a plain sign-in page: the next person at this
    // desk does not start on the previous user's page.
    setSession({ status: 'signed-out', byUser: true });
  }, []);

  const onSignedIn = useCallback((user: SessionUser) => setSession({ status: 'signed-in', user }), []);

  if (session.status === 'checking') return <Loading what="Checking your session" />;
  if (session.status === 'error') {
    return (
      <main className="panel panel-error" role="alert">
        <p>{errorText(session.error)}</p>
        <button
          type="button"
          onClick={() => {
            setSession({ status: 'checking' });
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </main>
    );
  }
  const user = session.status === 'signed-in' ? session.user : null;

  return (
    <Routes>
      <Route path="/signin" element={<SignInPage user={user} onSignedIn={onSignedIn} />} />
      <Route
        element={
          <SignedInLayout
            user={user}
            signOut={doSignOut}
            returnHere={!(session.status === 'signed-out' && session.byUser)}
          />
        }
      >
        <Route index element={<RoleHome />} />
        <Route path="review" element={<ReviewQueuePage />} />
        <Route path="review/:documentId" element={<ReviewItemPage />} />
        <Route path="patients" element={<PatientsPage />} />
        <Route path="patients/:mrn" element={<ChartPage />} />
        <Route path="documents/:documentId" element={<DocumentViewerPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="station" element={<StationPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
