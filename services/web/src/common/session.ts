import { createContext, useContext } from 'react';
import type { Role, SessionUser } from '@chartroom/api-contract';

export interface SessionValue {
  user: SessionUser;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in user; only used below the signed-in layout. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in page');
  return value;
}

/** Where each role starts, most specific work first. */
export const HOME_BY_ROLE: [Role, string][] = [
  ['clerk', '/review'],
  ['clinician', '/patients'],
  ['admin', '/admin/audit'],
  ['station', '/station'],
];

/** An in-app path only (never another origin) for ?next=. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/signin')) return '/';
  return next;
}
