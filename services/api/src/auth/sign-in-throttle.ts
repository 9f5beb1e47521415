import type { Redis } from 'ioredis';

/**
 * Slows password guessing: after `maxFailures` failed sign-ins for one user name within the window,
 * that name is locked until the window passes. Counted in Redis so every API process agrees.
 */
export class SignInThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly maxFailures = 5,
    private readonly windowSeconds = 15 * 60,
  ) {}

  private key(username: string): string {
    return `${this.prefix}:sign-in-failures:${username}`;
  }

  async isLocked(username: string): Promise<boolean> {
    return Number((await this.redis.get(this.key(username))) ?? 0) >= this.maxFailures;
  }

  async recordFailure(username: string): Promise<void> {
    const key = this.key(username);
    const failures = await this.redis.incr(key);
    if (failures === 1) await this.redis.expire(key, this.windowSeconds);
  }

  async reset(username: string): Promise<void> {
    await this.redis.del(this.key(username));
  }
}
