// createServer(config) → a listening HTTP server with /graphql, /healthz and /readyz. No side effects on
// import; the caller owns the ORM's lifetime when it passes one in.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/knex';
import express, { type ErrorRequestHandler } from 'express';
import { idempotencyPlugin } from './audit/idempotency.plugin.js';
import { LoginRateLimiter } from './auth/login-rate-limiter.js';
import { SessionCache, SQLITE_SESSION_TTL_MS } from './auth/session.js';
import { listenForSessionChanges } from './auth/session-listener.js';
import { adminStatic, servesAdmin } from './admin-static.js';
import type { Config } from './config.js';
import { createContext, systemClock, type AppDeps, type Clock, type Context } from './context.js';
import { initOrm, migrate, type Orm } from './db/orm.js';
import { depthLimit } from './errors/depth-limit.js';
import { aliasLimit, costLimit, directiveLimit, noSubscriptions } from './errors/operation-limits.js';
import { MAX_PAGE_SIZE } from './shared/paging.js';
import { createFormatError } from './errors/format-error.js';
import { inputGuardPlugin } from './errors/input-guard.plugin.js';
import { EvidenceStore } from './evidence/evidence-store.js';
import { evidenceRouter } from './evidence/evidence.routes.js';
import { HolidayCalendarCache } from './holidays/holiday-calendar.js';
import { createLogger, httpLogger, type Logger } from './logger.js';
import { importFileStore } from './member-imports/import-file.js';
import { memberImportRouter } from './member-imports/member-import.routes.js';
import { MemberImportWorker, type WorkerOptions } from './member-imports/member-import.worker.js';
import { startMaintenance, type Maintenance } from './maintenance.js';
import { requestRateLimit } from './request-rate-limit.js';
import { buildEtikSchema } from './schema.js';
import { sweepUploadOrphans } from './uploads/orphans.js';

export const MAX_QUERY_DEPTH = 8;
export const MAX_QUERY_TOKENS = 2000;
export const MAX_ALIASES = 15;
export const MAX_DIRECTIVES = 50;
export const MAX_QUERY_COST = 5000;

interface HttpError {
  readonly status?: number;
  readonly type?: string;
}

/** HTTP refusals outside GraphQL (body parsing, static files): status → [code, message]. Other 4xx are BAD_REQUEST. */
const HTTP_REFUSALS: Partial<Record<number, readonly [string, string]>> = {
  400: ['BAD_REQUEST', 'Malformed request body.'],
  404: ['NOT_FOUND', 'No such resource.'],
  413: ['PAYLOAD_TOO_LARGE', 'Request body too large.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Unsupported content type, charset or encoding.'],
};

export interface ServerOptions {
  readonly orm?: Orm;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly loginLimiter?: LoginRateLimiter;
  /** Member-import worker settings beyond the configuration's (tests: owner, fault hooks). */
  readonly importWorker?: Partial<Pick<WorkerOptions, 'owner' | 'beforeCommit' | 'onProgress'>>;
  /** How often expired idempotency keys and failed logins are purged (default every 15 minutes). */
  readonly maintenanceIntervalMs?: number;
}

export interface EtikServer {
  readonly url: string;
  readonly orm: Orm;
  readonly apollo: ApolloServer<Context>;
  readonly deps: AppDeps;
  readonly httpServer: Server;
  /** The member-import worker: polling when `config.importWorker`, else driven by its caller. */
  readonly memberImports: MemberImportWorker;
  readonly maintenance: Maintenance;
  stop(): Promise<void>;
}

export async function createServer(config: Config, options: ServerOptions = {}): Promise<EtikServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const ownsOrm = options.orm === undefined;
  const orm =
    options.orm ??
    (await initOrm(config.db, {
      statementTimeoutMs: config.statementTimeoutMs,
      sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs,
    }));
  if (ownsOrm) {
    const applied = await migrate(orm);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  }
  const clock = options.clock ?? systemClock;
  // The days off with the national admin's corrections; PostgreSQL: reloaded on NOTIFY (holidays/).
  const holidays = new HolidayCalendarCache();
  // PostgreSQL: cached sessions once LISTEN is in place (other instances' changes come by NOTIFY).
  const sessions = new SessionCache(clock, config.db.driver === 'postgresql' ? 0 : SQLITE_SESSION_TTL_MS);
  const sessionListener =
    config.db.driver === 'postgresql'
      ? listenForSessionChanges(config.db.url, sessions, logger, holidays)
      : undefined;
  await sessionListener?.ready;
  await holidays.load(() => orm.em.fork() as EntityManager);
  const deps: AppDeps = {
    orm,
    logger,
    clock,
    jwtSecret: config.jwtSecret,
    tokenTtlSeconds: config.tokenTtlSeconds,
    loginLimiter:
      options.loginLimiter ?? new LoginRateLimiter(config.loginMaxFailures, config.loginWindowSeconds * 1000),
    sessions,
    holidays,
    idempotencyTtlMs: config.idempotencyTtlHours * 3_600_000,
  };
  const maintenance = startMaintenance(deps, options.maintenanceIntervalMs ?? 15 * 60_000);

  const app = express();
  app.disable('x-powered-by');
  app.use(httpLogger(logger));
  const httpServer = createHttpServer(app);
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<Context>({
    schema: await buildEtikSchema(),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: production || !config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT: it stops the server, then closes the database.
    stopOnTerminationSignals: false,
    persistedQueries: false,
    validationRules: [
      noSubscriptions(),
      depthLimit(MAX_QUERY_DEPTH),
      aliasLimit(MAX_ALIASES),
      directiveLimit(MAX_DIRECTIVES),
      costLimit({ maxCost: MAX_QUERY_COST, maxPageSize: MAX_PAGE_SIZE }),
    ],
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    formatError: createFormatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      inputGuardPlugin(),
      idempotencyPlugin(orm, deps.idempotencyTtlMs),
      // Nothing here is cacheable over HTTP (every answer depends on the caller); the default cache-control
      // plugin would still hook every resolved field (≈ 5 % of a 7,847-group statistics answer).
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  const rateLimit = requestRateLimit({
    perAddress: config.rateLimitPerAddress,
    perUser: config.rateLimitPerUser,
    windowSeconds: config.rateLimitWindowSeconds,
    jwtSecret: config.jwtSecret,
    clock: deps.clock,
  });
  app.use(
    '/graphql',
    rateLimit.graphql,
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await createContext(deps, {
          authorization: req.headers.authorization,
          requestId: req.header('x-request-id'),
          clientIp: req.socket.remoteAddress,
        });
        res.setHeader('x-request-id', context.requestId);
        return context;
      },
    }),
  );
  const importStore = importFileStore(join(config.dataDir, 'member-imports'));
  const evidenceStore = new EvidenceStore(join(config.dataDir, 'evidence'));
  await sweepUploadOrphans([evidenceStore, importStore], config.uploadIdleTimeoutMs, logger);
  const memberImports = new MemberImportWorker({
    orm,
    store: importStore,
    clock: deps.clock,
    logger,
    pollMs: config.importPollMs,
    leaseMs: config.importLeaseSeconds * 1000,
    ...options.importWorker,
  });
  app.use('/files', rateLimit.files);
  app.use(
    '/files',
    memberImportRouter(deps, {
      store: importStore,
      maxImportBytes: config.maxImportBytes,
      batchSize: config.importBatchSize,
      idleTimeoutMs: config.uploadIdleTimeoutMs,
      onQueued: () => memberImports.poke(),
    }),
  );
  app.use(
    '/files',
    evidenceRouter(deps, {
      store: evidenceStore,
      maxUploadBytes: config.maxUploadBytes,
      idleTimeoutMs: config.uploadIdleTimeoutMs,
    }),
  );
  if (servesAdmin(config.nodeEnv, config.adminDir)) {
    app.use(adminStatic(config.adminDir));
    logger.info({ adminDir: config.adminDir }, 'serving the admin build at /');
  }
  // Body-parser refusals (and anything else thrown before Apollo answers) as GraphQL-shaped JSON with a code.
  const onHttpError: ErrorRequestHandler = (error: HttpError, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = typeof error.status === 'number' ? error.status : 500;
    if (status >= 400 && status < 500) {
      const [code, message] = HTTP_REFUSALS[status] ?? ['BAD_REQUEST', 'Bad request.'];
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
      return;
    }
    // The request's own id (given by httpLogger), so the error and the request's log line meet.
    const correlationId = req.header('x-request-id') ?? randomUUID();
    logger.error({ err: error, correlationId }, 'unexpected error');
    res.status(500).json({
      errors: [
        { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } },
      ],
    });
  };
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'No such resource.', extensions: { code: 'NOT_FOUND' } }] });
  });
  app.use(onHttpError);

  httpServer.listen(config.port, config.host);
  await once(httpServer, 'listening');
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  if (config.importWorker) memberImports.start();

  return {
    url: `http://${host}:${port}/graphql`,
    orm,
    apollo,
    deps,
    httpServer,
    memberImports,
    maintenance,
    async stop() {
      maintenance.stop();
      // The import under way stops after its batch and gives its lease up, before the database closes.
      await memberImports.stop();
      await apollo.stop();
      await sessionListener?.stop();
      if (ownsOrm) await orm.close();
    },
  };
}
