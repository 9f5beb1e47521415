import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { ROLES, type Role, type SessionUser } from '@chartroom/api-contract';
import { z } from 'zod';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

const userSchema = z.object({
  username: z.string().regex(USERNAME_PATTERN, 'lower-case letters, digits, dot, dash, underscore'),
  displayName: z.string().min(1).max(100),
  roles: z.array(z.enum(ROLES as [Role, ...Role[]])).min(1),
  crossPatientSearch: z.boolean().default(false),
  /** scrypt hash (see password.ts); absent for a token-only service account. */
  passwordHash: z.string().optional(),
  /** sha256 (hex) of API tokens for scripts and the CLI: `Authorization: Bearer <token>`. */
  apiTokenHashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).default([]),
  disabled: z.boolean().default(false),
});
const usersFileSchema = z.object({ version: z.literal(1), users: z.array(userSchema) });

export type UserRecord = z.infer<typeof userSchema>;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export function sessionUserOf(user: UserRecord): SessionUser {
  return {
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    crossPatientSearch: user.crossPatientSearch,
  };
}

/**
 * The users who may sign in, read from a JSON file the operator manages with `chartroom users`.
 * Re-read when the file changes, so a role taken away applies to the next request.
 */
export class UsersFile {
  private cache: { mtimeMs: number; users: UserRecord[] } | null = null;

  constructor(readonly file: string) {}

  all(): UserRecord[] {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.file).mtimeMs;
    } catch {
      return [];
    }
    if (this.cache?.mtimeMs !== mtimeMs) {
      const parsed = usersFileSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (!parsed.success) throw new Error(`${this.file} is not a valid users file: ${parsed.error.message}`);
      this.cache = { mtimeMs, users: parsed.data.users };
    }
    return this.cache.users;
  }

  find(username: string): UserRecord | undefined {
    return this.all().find((user) => user.username === username && !user.disabled);
  }

  findByToken(token: string): UserRecord | undefined {
    const hash = sha256Hex(token);
    return this.all().find((user) => !user.disabled && user.apiTokenHashes.includes(hash));
  }

  /** Adds or replaces one user; written to a temporary file and renamed, so readers never see half a file. */
  save(user: UserRecord): void {
    const users = this.all().filter((existing) => existing.username !== user.username);
    users.push(userSchema.parse(user));
    this.write(users.sort((a, b) => a.username.localeCompare(b.username)));
  }

  remove(username: string): boolean {
    const users = this.all();
    const kept = users.filter((user) => user.username !== username);
    if (kept.length === users.length) return false;
    this.write(kept);
    return true;
  }

  private write(users: UserRecord[]): void {
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ version: 1, users }, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, this.file);
    this.cache = null;
  }
}
