// Entry point: read the environment, migrate, seed the demo data into an empty database, serve, and
// shut down cleanly on SIGTERM/SIGINT.
import 'reflect-metadata';
import { servesAdmin } from './admin-static.js';
import { ConfigError, loadConfig } from './config.js';
import { initOrm, migrate } from './db/orm.js';
import { seedDemo, DEMO_PASSWORD } from './db/seeders/demo-seeder.js';
import { createLogger } from './logger.js';
import { createServer } from './server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // Migrations and the demo seed run on a pool of their own, without the statement timeout (index builds
  // and backfills may take longer than a request should); the server then opens its pool with it.
  const setup = await initOrm(config.db, { sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs });
  try {
    const applied = await migrate(setup);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
    if (config.seedDemo) {
      const seeded = await seedDemo(setup, { onlyIfEmpty: true });
      if (seeded) {
        logger.info(
          { users: seeded.users.length, cases: seeded.cases },
          'demo data seeded into the empty database',
        );
      }
    }
  } finally {
    await setup.close();
  }
  const server = await createServer(config, { logger });
  logger.info({ url: server.url, db: config.db.driver }, 'Etik API ready');
  const users = await (await import('./db/seeders/demo-seeder.js')).demoLogins(server.orm);
  if (users.length > 0) {
    logger.info(
      {
        logins: users.map((user) => `${user.username} (${user.role}, ${user.commissionId})`),
        password: DEMO_PASSWORD,
      },
      'demo logins',
    );
    // The log is for machines; people starting Etik by hand want the address and a login at a glance.
    const backOffice = servesAdmin(config.nodeEnv, config.adminDir)
      ? `Back office: ${new URL('/', server.url).href}\n`
      : '';
    process.stdout.write(
      `\nEtik is running: ${server.url}\n${backOffice}Demo logins (password ${DEMO_PASSWORD}):\n` +
        users.map((user) => `  ${user.username.padEnd(24)} ${user.role} — ${user.commissionId}`).join('\n') +
        '\n\n',
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      // The server owns its pool and closes it.
      await server.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
