// `pnpm test`: the suite on SQLite, then the same suite on PostgreSQL. PostgreSQL is required in CI; on a
// machine without a server on 127.0.0.1:5432 that run is skipped, and the skip is said out loud.
import { spawnSync } from 'node:child_process';
import net from 'node:net';

const vitest = (env) =>
  spawnSync('vitest', ['run'], { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const postgresAnswers = () =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: 5432, timeout: 2_000 });
    const done = (answered) => {
      socket.destroy();
      resolve(answered);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });

console.log('\n@etik/api tests on SQLite');
const sqlite = vitest({ ETIK_TEST_DB: 'sqlite' });

let postgresql = 0;
if (process.env.CI || (await postgresAnswers())) {
  console.log('\n@etik/api tests on PostgreSQL');
  postgresql = vitest({ ETIK_TEST_DB: 'postgresql' });
} else {
  console.log('\n@etik/api: no PostgreSQL server on 127.0.0.1:5432, so the PostgreSQL run is SKIPPED');
}
process.exit(sqlite || postgresql);
