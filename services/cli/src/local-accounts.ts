import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { ROLES } from '@chartroom/api-contract';
import { sha256Hex, UsersFile } from '@chartroom/adapters';
import { STATE_DIR } from './paths.ts';

/** The users file `up` gives the API, unless CHARTROOM_USERS_FILE names another. */
export const USERS_FILE = process.env.CHARTROOM_USERS_FILE
  ? path.resolve(process.env.CHARTROOM_USERS_FILE)
  : path.join(STATE_DIR, 'users.json');
/** The command line's own API token (readable by this OS user only). */
export const CLI_TOKEN_FILE = path.join(STATE_DIR, 'cli-token');

export function usersFile(): UsersFile {
  if (!existsSync(USERS_FILE)) {
    mkdirSync(path.dirname(USERS_FILE), { recursive: true });
    writeFileSync(USERS_FILE, `${JSON.stringify({ version: 1, users: [] }, null, 2)}\n`, { mode: 0o600 });
  }
  return new UsersFile(USERS_FILE);
}

export const newSecret = () => randomBytes(24).toString('base64url');

/**
 * The account the command line calls the API with: every role, named after the OS user, so the
 * audit trail says who ran `chartroom search` on this machine. Its token is kept in the state
 * directory; one that the users file no longer knows is replaced.
 */
export function ensureCliAccount(users: UsersFile): string {
  const osUser = userInfo()
    .username.toLowerCase()
    .replace(/[^a-z0-9._-]/g, '-');
  const username = `cli-${osUser}`.slice(0, 64);
  const existing = users.find(username);
  const saved = existsSync(CLI_TOKEN_FILE) ? readFileSync(CLI_TOKEN_FILE, 'utf8').trim() : '';
  if (existing && saved && existing.apiTokenHashes.includes(sha256Hex(saved))) return saved;
  const token = newSecret();
  users.save({
    username,
    displayName: `Command line (${osUser})`,
    roles: [...ROLES],
    crossPatientSearch: true,
    apiTokenHashes: [...(existing?.apiTokenHashes ?? []).slice(-4), sha256Hex(token)],
    disabled: false,
  });
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(CLI_TOKEN_FILE, `${token}\n`, { mode: 0o600 });
  return token;
}

/** The token CLI commands send: CHARTROOM_API_TOKEN, else the one `up` issued. */
export function cliToken(): string | null {
  if (process.env.CHARTROOM_API_TOKEN) return process.env.CHARTROOM_API_TOKEN;
  return existsSync(CLI_TOKEN_FILE) ? readFileSync(CLI_TOKEN_FILE, 'utf8').trim() : null;
}
