import { NavLink } from 'react-router-dom';
import type { SessionUser } from '@chartroom/api-contract';

interface Props {
  user: SessionUser;
  onSignOut: () => void;
}

function navFor(user: SessionUser): { to: string; label: string; testId: string }[] {
  const links: { to: string; label: string; testId: string }[] = [];
  if (user.roles.includes('clerk'))
    links.push({ to: '/review', label: 'Review queue', testId: 'nav-review' });
  // Clerks look up a chart too, to find a document filed to the wrong patient.
  if (user.roles.includes('clinician') || user.roles.includes('clerk'))
    links.push({ to: '/patients', label: 'Patients', testId: 'nav-patients' });
  if (user.crossPatientSearch)
    links.push({ to: '/search', label: 'Search all patients', testId: 'nav-search' });
  if (user.roles.includes('admin'))
    links.push({ to: '/admin/audit', label: 'Audit trail', testId: 'nav-audit' });
  if (user.roles.includes('station')) links.push({ to: '/station', label: 'Station', testId: 'nav-station' });
  return links;
}

export function Header({ user, onSignOut }: Props) {
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <NavLink to="/" className="brand" end>
        Chartroom
      </NavLink>
      <nav aria-label="Main">
        <ul>
          {navFor(user).map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} data-testid={link.testId}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="who" data-testid="header-user">
        <span className="who-name">{user.displayName}</span>
        <span className="who-roles">{user.roles.join(', ') || 'no roles'}</span>
      </div>
      <button type="button" onClick={onSignOut} data-testid="signout">
        Sign out
      </button>
    </header>
  );
}
