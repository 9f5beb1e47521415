import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { sha256Hex } from '@chartroom/adapters';

interface StoredSession {
  username: string;
  createdAt: number;
}

/**
 * Signed-in sessions in Redis, shared by every API process. The cookie holds a random token;
 * Redis holds only its hash, so a Redis dump cannot be replayed as sessions. A session ends after
 * `idleMs` without a request, and at `maxMs` after sign-in whatever happens.
 */
export class SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly idleMs: number,
    private readonly maxMs: number,
  ) {}

  private key(token: string): string {
    return `${this.prefix}:session:${sha256Hex(token)}`;
  }

  async create(username: string, now = Date.now()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const session: StoredSession = { username, createdAt: now };
    await this.redis.set(this.key(token), JSON.stringify(session), 'PX', this.idleMs);
    return token;
  }

  /** The session's user name, and the idle timer restarted; null when unknown or expired. */
  async touch(token: string, now = Date.now()): Promise<string | null> {
    const key = this.key(token);
    const stored = await this.redis.get(key);
    if (!stored) return null;
    const session = JSON.parse(stored) as StoredSession;
    const left = session.createdAt + this.maxMs - now;
    if (left <= 0) {
      await this.redis.del(key);
      return null;
    }
    await this.redis.pexpire(key, Math.min(this.idleMs, left));
    return session.username;
  }

  async destroy(token: string): Promise<void> {
    await this.redis.del(this.key(token));
  }
}
