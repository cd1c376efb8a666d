// A general request rate limit on /graphql and /files, per client address and per signed-in user
// (rate-limiter-flexible, in memory): a budget of points per window, one point per HTTP request, shared by
// both routes. Over it, 429 with a Retry-After header and the code RATE_LIMITED: GraphQL-shaped errors on
// /graphql; on /files `{ code }` beside the same `errors` the other /files refusals carry. The counters
// live in each API instance, so N instances on one database allow up to N times the budget; the login
// limit, the one that guards passwords, is counted in the database (auth/login-rate-limiter.ts).
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { verifyToken } from './auth/token.js';
import type { Clock } from './context.js';

export interface RequestRateLimitOptions {
  /** Requests per window from one client address (0: no limit). */
  readonly perAddress: number;
  /** Requests per window with one user's token (0: no limit). */
  readonly perUser: number;
  readonly windowSeconds: number;
  readonly jwtSecret: Uint8Array;
  readonly clock: Clock;
}

export interface RequestRateLimit {
  readonly graphql: RequestHandler;
  readonly files: RequestHandler;
}

const MESSAGE = 'Too many requests; slow down and try again later.';

export function requestRateLimit(options: RequestRateLimitOptions): RequestRateLimit {
  const limiterOf = (points: number, keyPrefix: string) =>
    points > 0 ? new RateLimiterMemory({ points, duration: options.windowSeconds, keyPrefix }) : undefined;
  const byAddress = limiterOf(options.perAddress, 'address');
  const byUser = limiterOf(options.perUser, 'user');

  /** Milliseconds to wait, or 0 when the request may go on (and has been counted). */
  const consume = async (address: string, authorization: string | undefined): Promise<number> => {
    try {
      if (byAddress) await byAddress.consume(address);
      if (byUser) {
        // Only a verified token names a user: a forged one must not spend someone else's budget.
        const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
        const claims = bearer ? await verifyToken(bearer, options.jwtSecret, options.clock.now()) : undefined;
        if (claims) await byUser.consume(claims.userId);
      }
      return 0;
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return Math.max(refused.msBeforeNext, 1);
      throw refused;
    }
  };

  const handler =
    (route: 'graphql' | 'files'): RequestHandler =>
    (req, res, next) => {
      consume(req.socket.remoteAddress ?? 'unknown', req.headers.authorization).then((wait) => {
        if (wait === 0) {
          next();
          return;
        }
        const retryAfterSeconds = Math.ceil(wait / 1000);
        const errors = [{ message: MESSAGE, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }];
        res.setHeader('retry-after', String(retryAfterSeconds));
        res
          .status(429)
          .json(
            route === 'graphql'
              ? { errors }
              : { code: 'RATE_LIMITED', message: MESSAGE, retryAfterSeconds, errors },
          );
      }, next);
    };

  return { graphql: handler('graphql'), files: handler('files') };
}
