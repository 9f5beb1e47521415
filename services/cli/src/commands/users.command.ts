import { ROLES, type Role } from '@chartroom/api-contract';
import { hashPassword, USERNAME_PATTERN, type UserRecord } from '@chartroom/adapters';
import { CliError } from '../cli-error.ts';
import { newSecret, usersFile, USERS_FILE } from '../local-accounts.ts';

export interface AddUserOptions {
  roles: string;
  displayName?: string | undefined;
  password?: string | undefined;
  crossPatientSearch: boolean;
}

/**
 * Adds a user (or changes an existing one's roles and password). Without a password one is made
 * up and shown once. The running API sees the change at the next request.
 */
export async function usersAddCommand(
  username: string,
  options: AddUserOptions,
): Promise<{ username: string; roles: Role[]; password: string | null; file: string }> {
  if (!USERNAME_PATTERN.test(username)) {
    throw new CliError('a user name is 2–64 lower-case letters, digits, dots, dashes or underscores');
  }
  const roles = options.roles.split(',').map((role) => role.trim());
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new CliError(`--role takes some of ${ROLES.join(', ')} (comma-separated)`);
  }
  if (options.password !== undefined && options.password.length < 12) {
    throw new CliError('a password has at least 12 characters');
  }
  const users = usersFile();
  const existing = users.all().find((user) => user.username === username);
  const generated = options.password === undefined ? newSecret() : null;
  const record: UserRecord = {
    username,
    displayName: options.displayName ?? existing?.displayName ?? username,
    roles: roles as Role[],
    crossPatientSearch: options.crossPatientSearch,
    passwordHash: await hashPassword(options.password ?? generated ?? ''),
    apiTokenHashes: existing?.apiTokenHashes ?? [],
    disabled: false,
  };
  users.save(record);
  return { username, roles: record.roles, password: generated, file: USERS_FILE };
}

export function usersListCommand(): {
  file: string;
  users: Omit<UserRecord, 'passwordHash' | 'apiTokenHashes'>[];
} {
  return {
    file: USERS_FILE,
    users: usersFile()
      .all()
      .map(({ passwordHash: _password, apiTokenHashes: _tokens, ...user }) => user),
  };
}

export function usersRemoveCommand(username: string): void {
  if (!usersFile().remove(username)) throw new CliError(`no user "${username}" in ${USERS_FILE}`);
}
