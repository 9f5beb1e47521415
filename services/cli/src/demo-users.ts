import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '@chartroom/api-contract';
import { hashPassword } from '@chartroom/adapters';
import { newSecret, usersFile } from './local-accounts.ts';
import { STATE_DIR } from './paths.ts';

export interface DemoUser {
  username: string;
  password: string;
  roles: Role[];
  displayName: string;
}

const DEMO_USERS: Omit<DemoUser, 'password'>[] = [
  { username: 'clerk', roles: ['clerk'], displayName: 'Casey Clerk (HIM)' },
  { username: 'clinician', roles: ['clinician'], displayName: 'Dr. Morgan Lee' },
  { username: 'admin', roles: ['admin'], displayName: 'Alex Admin (privacy office)' },
  { username: 'station', roles: ['station'], displayName: 'Scanning station 1' },
];
const DEMO_FILE = path.join(STATE_DIR, 'demo-users.json');

/**
 * One demo user per role, with passwords made up on the first demo run and kept (readable by this
 * OS user only) so later runs print the same ones. Never fixed passwords: a demo left running on a
 * network must not open with a known password.
 */
export async function ensureDemoUsers(): Promise<DemoUser[]> {
  const saved = existsSync(DEMO_FILE) ? (JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as DemoUser[]) : [];
  const users = usersFile();
  const result: DemoUser[] = [];
  for (const template of DEMO_USERS) {
    const known = saved.find((user) => user.username === template.username);
    const user = { ...template, password: known?.password ?? newSecret().slice(0, 16) };
    if (!known || !users.find(user.username)) {
      users.save({
        ...template,
        crossPatientSearch: template.roles.includes('clinician'),
        passwordHash: await hashPassword(user.password),
        apiTokenHashes: [],
        disabled: false,
      });
    }
    result.push(user);
  }
  writeFileSync(DEMO_FILE, `${JSON.stringify(result, null, 2)}\n`, { mode: 0o600 });
  return result;
}
