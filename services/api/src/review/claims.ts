import type { Claim } from '@chartroom/api-contract';
import type { Redis } from 'ioredis';

// Claim or renew only when free or already ours; release only ours. One round trip each, atomic.
const CLAIM = `
local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return {ARGV[1], tonumber(ARGV[2])}
end
return {holder, redis.call('PTTL', KEYS[1])}
`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * A clerk's lease on a review item, in Redis: two clerks never work the same item, and a claim
 * left behind (a closed laptop) expires after the lease unless the page renews it.
 */
export class ReviewClaims {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly leaseMs: number,
  ) {}

  private key(documentId: string): string {
    return `${this.prefix}:review-claim:${documentId}`;
  }

  /** Takes or renews the claim; when another clerk holds it, their claim comes back with ok false. */
  async claim(
    documentId: string,
    username: string,
    now = Date.now(),
  ): Promise<{ ok: boolean; claim: Claim }> {
    const [holder, ttl] = (await this.redis.eval(CLAIM, 1, this.key(documentId), username, this.leaseMs)) as [
      string,
      number,
    ];
    return { ok: holder === username, claim: claimOf(documentId, holder, ttl, now) };
  }

  async release(documentId: string, username: string): Promise<boolean> {
    return (await this.redis.eval(RELEASE, 1, this.key(documentId), username)) === 1;
  }

  /** Ends a claim whoever holds it: the item was resolved. */
  async clear(documentId: string): Promise<void> {
    await this.redis.del(this.key(documentId));
  }

  async holderOf(documentId: string, now = Date.now()): Promise<Claim | null> {
    return (await this.holdersOf([documentId], now)).get(documentId) ?? null;
  }

  async holdersOf(documentIds: string[], now = Date.now()): Promise<Map<string, Claim>> {
    const claims = new Map<string, Claim>();
    if (documentIds.length === 0) return claims;
    const pipeline = this.redis.pipeline();
    for (const id of documentIds) pipeline.get(this.key(id)).pttl(this.key(id));
    const results = (await pipeline.exec()) ?? [];
    documentIds.forEach((id, i) => {
      const holder = results[2 * i]?.[1] as string | null;
      const ttl = results[2 * i + 1]?.[1] as number;
      if (holder && ttl > 0) claims.set(id, claimOf(id, holder, ttl, now));
    });
    return claims;
  }
}

function claimOf(documentId: string, by: string, ttlMs: number, now: number): Claim {
  return { documentId, by, expiresAt: new Date(now + Math.max(ttlMs, 0)).toISOString() };
}
