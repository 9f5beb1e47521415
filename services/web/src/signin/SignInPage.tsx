import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import type { SessionUser } from '@chartroom/api-contract';
import { Unauthorized, errorText, signIn } from '../api';
import { safeNext } from '../common/session';

interface Props {
  user: SessionUser | null;
  onSignedIn: (user: SessionUser) => void;
}

export function SignInPage({ user, onSignedIn }: Props) {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);

  useEffect(() => usernameRef.current?.focus(), []);

  if (user && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(username.trim(), password);
      onSignedIn(signedIn);
      void navigate(next, { replace: true });
    } catch (failure) {
      setPassword('');
      setError(
        failure instanceof Unauthorized
          ? failure.message || 'Wrong user name or password.'
          : errorText(failure),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="signin">
      <form
        className="panel signin-form"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="signin-title"
      >
        <h1 id="signin-title">Chartroom</h1>
        <p className="muted">Sign in with your hospital account.</p>
        <div className="field">
          <label htmlFor="signin-username">User name</label>
          <input
            id="signin-username"
            ref={usernameRef}
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            data-testid="signin-username"
          />
        </div>
        <div className="field">
          <label htmlFor="signin-password">Password</label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="signin-password"
          />
        </div>
        {error ? (
          <p className="form-error" role="alert" data-testid="signin-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy} data-testid="signin-submit">
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
