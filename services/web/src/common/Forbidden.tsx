import { useSession } from './session';

/** What a 403 looks like: the page exists, this user's roles do not open it. */
export function Forbidden({ message }: { message?: string }) {
  const { user } = useSession();
  return (
    <section className="panel panel-forbidden" data-testid="forbidden" role="alert">
      <h2>Not allowed for your role</h2>
      <p>
        You are signed in as <strong>{user.displayName}</strong> ({user.roles.join(', ') || 'no roles'}). This
        page needs a role you do not have.
      </p>
      {message ? <p className="muted">The server said: {message}</p> : null}
      <p>If you need access, ask an administrator.</p>
    </section>
  );
}
