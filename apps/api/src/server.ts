// createServer(config) → a listening HTTP server with /graphql, /healthz and /readyz. No side effects on
// import; the caller owns the ORM's lifetime when it passes one in.
import { once } from 'node:events';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { defaultCalendar } from '@etik/domain';
import { idempotencyPlugin } from './audit/idempotency.plugin.js';
import { LoginRateLimiter } from './auth/login-rate-limiter.js';
import type { Config } from './config.js';
import { createContext, systemClock, type AppDeps, type Clock, type Context } from './context.js';
import { initOrm, migrate, type Orm } from './db/orm.js';
import { depthLimit } from './errors/depth-limit.js';
import { createFormatError } from './errors/format-error.js';
import { createLogger, type Logger } from './logger.js';
import { buildEtikSchema } from './schema.js';

export const MAX_QUERY_DEPTH = 8;
export const MAX_QUERY_TOKENS = 2000;

export interface ServerOptions {
  readonly orm?: Orm;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly loginLimiter?: LoginRateLimiter;
}

export interface EtikServer {
  readonly url: string;
  readonly orm: Orm;
  readonly apollo: ApolloServer<Context>;
  readonly deps: AppDeps;
  readonly httpServer: Server;
  stop(): Promise<void>;
}

export async function createServer(config: Config, options: ServerOptions = {}): Promise<EtikServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const ownsOrm = options.orm === undefined;
  const orm = options.orm ?? (await initOrm(config.db));
  if (ownsOrm) {
    const applied = await migrate(orm);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  }
  const deps: AppDeps = {
    orm,
    logger,
    clock: options.clock ?? systemClock,
    jwtSecret: config.jwtSecret,
    tokenTtlSeconds: config.tokenTtlSeconds,
    loginLimiter: options.loginLimiter ?? new LoginRateLimiter(),
    calendar: defaultCalendar,
  };

  const app = express();
  app.disable('x-powered-by');
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
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    formatError: createFormatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      idempotencyPlugin(orm),
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
  app.use(
    '/graphql',
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
  const onBodyError: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [{ message: 'Request body too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
      return;
    }
    if (error.status === 400) {
      res
        .status(400)
        .json({ errors: [{ message: 'Malformed request body.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  };
  app.use(onBodyError);

  httpServer.listen(config.port, config.host);
  await once(httpServer, 'listening');
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return {
    url: `http://${host}:${port}/graphql`,
    orm,
    apollo,
    deps,
    httpServer,
    async stop() {
      await apollo.stop();
      if (ownsOrm) await orm.close();
    },
  };
}
