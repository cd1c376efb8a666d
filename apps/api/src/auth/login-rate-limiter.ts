// Login attempts, counted in the database (table login_attempt) per client address and per username: the
// limit holds across API instances sharing the database, and across restarts. Every attempt is reserved
// BEFORE its password is checked, by one atomic upsert that increments the keys' counters and returns
// them, so parallel guesses cannot all read a count from before any of them was written. An attempt that
// makes a counter exceed `maxFailures` within the window is refused; a successful login deletes its keys'
// counters (as before: only failures are held against an address or a username). A window opens at the
// first attempt under a key and lasts `windowMs`; the next attempt after it starts a new one.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../db/dialect.js';
import { LoginAttempt } from './login-attempt.entity.js';

const keyHash = (kind: 'address' | 'username', value: string): string =>
  createHash('sha256').update(`${kind}:${value}`).digest('hex');

/** The keys an attempt counts under: its client address and the username as the login looks it up. */
export const loginKeys = (clientIp: string, username: string): readonly string[] => [
  keyHash('address', clientIp),
  keyHash('username', username.trim().toLowerCase()),
];

/** A datetime as a driver returns it: a Date (pg), epoch milliseconds (libsql), possibly as text. */
const dateOf = (value: Date | number | string): Date =>
  typeof value === 'string' && /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);

export class LoginRateLimiter {
  constructor(
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60_000,
  ) {}

  /**
   * Counts an attempt under these keys, atomically. Returns 0 when it may go on (and the attempt stays
   * counted until `recordSuccess`), else the milliseconds until a login under these keys may be tried
   * again. One statement: on PostgreSQL the conflicting rows are locked by the upsert, so several
   * instances count every attempt; SQLite has a single writer.
   */
  async reserve(em: EntityManager, keys: readonly string[], now: Date): Promise<number> {
    const postgres = isPostgres(em);
    // MikroORM keeps datetimes as epoch milliseconds on SQLite, as timestamptz on PostgreSQL.
    const at = (date: Date): Date | number => (postgres ? date : date.getTime());
    const expired = at(new Date(now.getTime() - this.windowMs));
    // Keys in a fixed order, so two upserts on PostgreSQL lock shared rows in the same order.
    const ordered = [...keys].sort();
    const rows = await em.execute<{ attempts: number | string; window_start: Date | number | string }[]>(
      `insert into login_attempt (key_hash, attempts, window_start) values ${ordered.map(() => '(?, 1, ?)').join(', ')}
       on conflict (key_hash) do update set
         attempts = case when login_attempt.window_start <= ? then 1 else login_attempt.attempts + 1 end,
         window_start = case when login_attempt.window_start <= ? then excluded.window_start else login_attempt.window_start end
       returning attempts, window_start`,
      [...ordered.flatMap((key) => [key, at(now)]), expired, expired],
    );
    let wait = 0;
    for (const row of rows) {
      if (Number(row.attempts) <= this.maxFailures) continue;
      const start = dateOf(row.window_start);
      wait = Math.max(wait, start.getTime() + this.windowMs - now.getTime(), 1);
    }
    return wait;
  }

  /** A successful login forgets the attempts under its keys. */
  async recordSuccess(em: EntityManager, keys: readonly string[]): Promise<void> {
    await em.nativeDelete(LoginAttempt, { keyHash: { $in: [...keys] } });
  }

  /** Deletes the counters whose window has passed; returns how many. */
  async purge(em: EntityManager, now: Date): Promise<number> {
    return em.nativeDelete(LoginAttempt, { windowStart: { $lte: new Date(now.getTime() - this.windowMs) } });
  }
}
