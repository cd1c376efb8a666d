// The per-request context: one EntityManager fork, the verified caller, a request id and the clock.
import type { EntityManager } from '@mikro-orm/knex';
import type { WorkingDayCalendar } from '@etik/domain';
import type { CurrentUser } from './auth/current-user.js';
import type { LoginRateLimiter } from './auth/login-rate-limiter.js';
import type { SessionCache } from './auth/session.js';
import { verifyToken } from './auth/token.js';
import type { HolidayCalendarCache } from './holidays/holiday-calendar.js';
import { requestIdOf, type Logger } from './logger.js';
import type { Orm } from './db/orm.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Long-lived things every request shares. */
export interface AppDeps {
  readonly orm: Orm;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly jwtSecret: Uint8Array;
  readonly tokenTtlSeconds: number;
  readonly loginLimiter: LoginRateLimiter;
  /** Users' sessions read from their rows, kept per instance (auth/session.ts). */
  readonly sessions: SessionCache;
  /** The working-day calendar: built-in holidays with the national admin's corrections (holidays/). */
  readonly holidays: HolidayCalendarCache;
  /** How long an Idempotency-Key is kept (IDEMPOTENCY_TTL_HOURS). */
  readonly idempotencyTtlMs: number;
}

export interface IdempotencyRequest {
  readonly key: string;
  readonly operation: string;
  readonly requestHash: string;
  /** Set once the key's row is committed with the first mutation of the operation. */
  recorded?: boolean;
}

export interface Context {
  readonly em: EntityManager;
  readonly user?: CurrentUser;
  readonly requestId: string;
  readonly clientIp: string;
  readonly deps: AppDeps;
  readonly now: () => Date;
  /** Set by the idempotency plugin when a mutation carries an Idempotency-Key header. */
  idempotency?: IdempotencyRequest;
  /** Cases whose confidential identity this request has already logged as read. */
  readonly auditedReads: Set<string>;
}

export interface RequestFacts {
  readonly authorization?: string | undefined;
  readonly requestId?: string | undefined;
  readonly clientIp?: string | undefined;
}

export async function createContext(deps: AppDeps, facts: RequestFacts): Promise<Context> {
  const now = () => deps.clock.now();
  const bearer = facts.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  const claims = bearer ? await verifyToken(bearer, deps.jwtSecret, now()) : undefined;
  // Forked when first used: a request answered from memory (a cached session, `me`) needs none.
  let em: EntityManager | undefined;
  const emOf = () => (em ??= deps.orm.em.fork() as EntityManager);
  const user = claims ? await deps.sessions.currentUserOf(emOf, claims) : undefined;
  // Another instance's correction of the days off is seen within HOLIDAY_CALENDAR_MAX_AGE_MS.
  await deps.holidays.refreshIfStale(() => deps.orm.em.fork() as EntityManager);
  const requestId = requestIdOf(facts.requestId);
  return {
    get em() {
      return emOf();
    },
    ...(user ? { user } : {}),
    requestId,
    clientIp: facts.clientIp ?? 'unknown',
    deps,
    now,
    auditedReads: new Set(),
  };
}

export const calendarOf = (ctx: Context): WorkingDayCalendar => ctx.deps.holidays.current.calendar;
