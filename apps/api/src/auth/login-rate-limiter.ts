// Failed logins, counted in the database (table login_failure) per client address and per username: the
// limit holds across API instances sharing the database, and across restarts. After `maxFailures`
// failures within `windowMs` under either key, logins under it are refused until the window has passed.
// Concurrent failures may each pass the check before either is counted, so a burst can get a few more
// tries than the limit; the next attempt after it is refused.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { LoginFailure } from './login-failure.entity.js';

const keyHash = (kind: 'address' | 'username', value: string): string =>
  createHash('sha256').update(`${kind}:${value}`).digest('hex');

/** The keys an attempt counts under: its client address and the username as the login looks it up. */
export const loginKeys = (clientIp: string, username: string): readonly string[] => [
  keyHash('address', clientIp),
  keyHash('username', username.trim().toLowerCase()),
];

export class LoginRateLimiter {
  constructor(
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60_000,
  ) {}

  /** Milliseconds until a login under these keys may be tried again, or 0 when it may be tried now. */
  async retryAfter(em: EntityManager, keys: readonly string[], now: Date): Promise<number> {
    const since = new Date(now.getTime() - this.windowMs);
    let wait = 0;
    for (const key of keys) {
      const recent = await em.find(
        LoginFailure,
        { keyHash: key, failedAt: { $gt: since } },
        { fields: ['failedAt'], orderBy: { failedAt: 'desc' }, limit: this.maxFailures },
      );
      if (recent.length < this.maxFailures) continue;
      // The oldest of the last `maxFailures` leaves the window first.
      const oldest = recent[recent.length - 1]!.failedAt.getTime();
      wait = Math.max(wait, this.windowMs - (now.getTime() - oldest));
    }
    return wait;
  }

  async recordFailure(em: EntityManager, keys: readonly string[], now: Date): Promise<void> {
    await em.insertMany(
      LoginFailure,
      keys.map((key) => ({ keyHash: key, failedAt: now })),
    );
  }

  /** A successful login forgets the failures under its keys. */
  async recordSuccess(em: EntityManager, keys: readonly string[]): Promise<void> {
    await em.nativeDelete(LoginFailure, { keyHash: { $in: [...keys] } });
  }

  /** Deletes the failures that have left the window; returns how many. */
  async purge(em: EntityManager, now: Date): Promise<number> {
    return em.nativeDelete(LoginFailure, { failedAt: { $lte: new Date(now.getTime() - this.windowMs) } });
  }
}
