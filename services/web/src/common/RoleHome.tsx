import { Navigate } from 'react-router-dom';
import { HOME_BY_ROLE, useSession } from './session';

/** `/`: each role's own start page. */
export function RoleHome() {
  const { user } = useSession();
  const home = HOME_BY_ROLE.find(([role]) => user.roles.includes(role));
  if (home) return <Navigate to={home[1]} replace />;
  return (
    <section className="panel" data-testid="no-role">
      <h2>No work assigned</h2>
      <p>Your account has no Chartroom role yet. Ask an administrator to give you one.</p>
    </section>
  );
}
