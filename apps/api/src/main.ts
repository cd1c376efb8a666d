// Entry point: read the environment, migrate, load the reference data (regions, commissions) into an empty
// database — and the demo data only when asked (SEED_DEMO; never by default in production) — serve, and
// shut down cleanly on SIGTERM/SIGINT.
import 'reflect-metadata';
import { servesAdmin } from './admin-static.js';
import { ConfigError, loadConfig } from './config.js';
import { initOrm, migrate } from './db/orm.js';
import { demoLogins, seedDemo, seedReferenceData, DEMO_PASSWORD } from './db/seeders/demo-seeder.js';
import { User } from './users/user.entity.js';
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
    } else {
      // No accounts: a real installation gets its regions and commissions, and its first administrator
      // from the user:create-admin command.
      const loaded = await seedReferenceData(setup);
      if (loaded) logger.info(loaded, 'regions and commissions loaded into the empty database');
      if ((await setup.em.fork().count(User)) === 0) {
        logger.warn(
          'no user accounts yet: create the first national administrator with `pnpm --filter @etik/api user:create-admin -- --username <name>`',
        );
      }
    }
  } finally {
    await setup.close();
  }
  const server = await createServer(config, { logger });
  logger.info({ url: server.url, db: config.db.driver }, 'Etik API ready');
  // The demo logins and their published password, only when the demo was asked for: never a real account's.
  const users = config.seedDemo ? await demoLogins(server.orm) : [];
  // The log is for machines; people starting Etik by hand want the address (and a demo login) at a glance.
  const backOffice = servesAdmin(config.nodeEnv, config.adminDir)
    ? `Back office: ${new URL('/', server.url).href}\n`
    : '';
  if (users.length > 0) {
    logger.info(
      {
        logins: users.map((user) => `${user.username} (${user.role}, ${user.commissionId})`),
        password: DEMO_PASSWORD,
      },
      'demo logins (demo data: not for real use)',
    );
    process.stdout.write(
      `\nEtik is running: ${server.url}\n${backOffice}` +
        `Demo data: password ${DEMO_PASSWORD} — not for real use (start without SEED_DEMO for a real installation).\n` +
        `Demo logins:\n` +
        users.map((user) => `  ${user.username.padEnd(24)} ${user.role} — ${user.commissionId}`).join('\n') +
        '\n\n',
    );
  } else {
    process.stdout.write(`\nEtik is running: ${server.url}\n${backOffice}\n`);
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
