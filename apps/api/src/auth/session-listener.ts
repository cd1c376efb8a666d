// LISTEN on the session channel, on a PostgreSQL connection of its own (outside the pool): every instance
// forgets a user whose row another instance changed. While the connection is down this instance caches
// nothing (it reads the row at every request, as without a cache); once it is back (reconnecting with a
// growing delay, up to 30 s) it starts from an empty cache, since notifications sent meanwhile are lost.
// A ping every 30 s (unanswered within 30 s: down) finds a connection that died without saying so.
// The same connection listens for changes of the holiday corrections (holidays/holiday-calendar.ts):
// a notification marks the working-day calendar stale; while down, the calendar is reloaded by age.
import pg from 'pg';
import { HOLIDAY_CHANNEL, type HolidayCalendarCache } from '../holidays/holiday-calendar.js';
import type { Logger } from '../logger.js';
import { NOTIFIED_SESSION_TTL_MS, SESSION_CHANNEL, type SessionCache } from './session.js';

const PING_MS = 30_000;
const MAX_RETRY_MS = 30_000;

export interface SessionListener {
  /** Resolves when LISTEN is in place (or at once when it could not be: then it retries). */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

export function listenForSessionChanges(
  url: string,
  sessions: SessionCache,
  logger: Logger,
  holidays?: HolidayCalendarCache,
): SessionListener {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = 250;
  let retryTimer: NodeJS.Timeout | undefined;
  let pingTimer: NodeJS.Timeout | undefined;

  const down = (reason: unknown) => {
    // Nothing tells this instance about changes now: no caching until LISTEN is back.
    sessions.reset(0);
    holidays?.listening(false);
    clearInterval(pingTimer);
    const lost = client;
    client = undefined;
    lost?.removeAllListeners();
    lost?.on('error', () => {});
    void lost?.end().catch(() => {});
    if (stopped) return;
    logger.warn({ err: reason, retryInMs: retryMs }, 'session listener down; sessions read at every request');
    retryTimer = setTimeout(() => void connect(), retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, keepAlive: true, application_name: 'etik-sessions' });
    next.on('error', (error) => {
      if (client === next) down(error);
    });
    next.on('end', () => {
      if (client === next) down(new Error('connection ended'));
    });
    next.on('notification', (message) => {
      if (message.channel === SESSION_CHANNEL && message.payload) sessions.forget(message.payload);
      if (message.channel === HOLIDAY_CHANNEL) holidays?.markStale();
    });
    client = next;
    try {
      await next.connect();
      await next.query(`listen ${SESSION_CHANNEL}`);
      if (holidays) await next.query(`listen ${HOLIDAY_CHANNEL}`);
    } catch (error) {
      if (client === next) down(error);
      return;
    }
    if (stopped || client !== next) return;
    retryMs = 250;
    // Whatever was cached before LISTEN was in place may have missed a notification.
    sessions.reset(NOTIFIED_SESSION_TTL_MS);
    holidays?.listening(true);
    pingTimer = setInterval(() => {
      // A connection whose peer vanished may never answer: unanswered by the next ping is down too.
      const silent = setTimeout(() => {
        if (client === next) down(new Error('ping unanswered'));
      }, PING_MS);
      silent.unref();
      next.query('select 1').then(
        () => clearTimeout(silent),
        (error: unknown) => {
          clearTimeout(silent);
          if (client === next) down(error);
        },
      );
    }, PING_MS);
    pingTimer.unref();
  };

  const ready = connect();
  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      const last = client;
      client = undefined;
      sessions.reset(0);
      holidays?.listening(false);
      await last?.end().catch(() => {});
    },
  };
}
