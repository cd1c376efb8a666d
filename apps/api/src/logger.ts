// Structured JSON logs (one object per line) through pino, and one line per HTTP request (pino-http)
// carrying the request id: the id of the response's X-Request-Id header and of the audit rows the request
// writes. Health checks log at debug level only. Request lines hold the method, the path without its
// query string, the status and the time: no headers (tokens, cookies), no bodies, no client address.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export type { Logger };

/** Paths never written, should an object holding them be logged anyway. */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.newPassword',
  '*.token',
];

export const createLogger = (level: string, destination?: DestinationStream): Logger =>
  pino(
    {
      level,
      base: { service: 'etik-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    destination,
  );

/** The caller's X-Request-Id when well-formed (letters, digits, `_ . -`, at most 64), else a new one. */
export const requestIdOf = (given: string | undefined): string =>
  given !== undefined && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();

const HEALTH_CHECKS = new Set(['/healthz', '/readyz']);
const pathOf = (url: string | undefined) => (url ?? '').split('?', 1)[0]!;

/**
 * Express middleware: gives the request its id (X-Request-Id, on the response too) and logs it once
 * answered. The header is rewritten to the id kept, so code reading it later sees the same one.
 */
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function httpLogger(logger: Logger): Middleware {
  const genReqId = (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers['x-request-id'];
    const id = requestIdOf(typeof header === 'string' ? header : undefined);
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    return id;
  };
  // LOG_LEVEL=silent writes nothing: the request keeps its id, without pino-http's loggers per request.
  if (logger.levelVal === Infinity)
    return (req, res, next) => {
      genReqId(req, res);
      next();
    };
  return pinoHttp({
    logger,
    genReqId,
    // Our serializer reads three fields: no need for pino's full copy of the request (headers included).
    wrapSerializers: false,
    customLogLevel: (req, res, error) => {
      if (HEALTH_CHECKS.has(pathOf(req.url))) return 'debug';
      if (error || res.statusCode >= 500) return 'error';
      return 'info';
    },
    serializers: {
      req: (req: IncomingMessage & { id?: unknown; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.originalUrl ?? req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessMessage: () => 'request answered',
    customErrorMessage: () => 'request failed',
  });
}
