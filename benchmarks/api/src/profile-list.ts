// Not part of `pnpm bench`: a CPU profile of the cases list through GraphQL on an already seeded database,
// to see where the API's fixed cost per page goes. `ETIK_PROFILE_SQLITE=<file> node --cpu-prof --import tsx
// src/profile-list.ts` (or ETIK_PROFILE_PG=<url>); prints the median per request.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { join } from 'node:path';
import { LoginRateLimiter } from '@etik/api/dist/auth/login-rate-limiter.js';
import { loadConfig } from '@etik/api/dist/config.js';
import { initOrm } from '@etik/api/dist/db/orm.js';
import { DEMO_PASSWORD } from '@etik/api/dist/db/seeders/demo-seeder.js';
import { createLogger } from '@etik/api/dist/logger.js';
import { createServer } from '@etik/api/dist/server.js';
import { LIST_QUERY, listVariables } from './queries.js';

const sqlite = process.env.ETIK_PROFILE_SQLITE;
const pg = process.env.ETIK_PROFILE_PG;
const rounds = Number(process.env.ETIK_PROFILE_ROUNDS ?? 200);
const config = loadConfig({
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'false',
  IMPORT_WORKER: 'false',
  RATE_LIMIT_PER_ADDRESS: '0',
  RATE_LIMIT_PER_USER: '0',
  JWT_SECRET: randomBytes(32).toString('hex'),
  ETIK_DATA_DIR: os.tmpdir(),
  ADMIN_DIST_DIR: join(os.tmpdir(), 'etik-bench-no-admin'),
  ...(pg ? { DATABASE_URL: pg } : { SQLITE_PATH: sqlite ?? '' }),
});
const orm = await initOrm(config.db);
const server = await createServer(config, {
  orm,
  logger: createLogger('silent'),
  loginLimiter: new LoginRateLimiter(1000, 60_000),
});
const post = async (body: unknown, token?: string) => {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
};
const login = await post({
  query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
  variables: { u: 'admin.ri', p: DEMO_PASSWORD },
});
const token = (login.data?.login as { token: string }).token;
const query = process.env.ETIK_PROFILE_QUERY ?? LIST_QUERY;
const variables =
  query === LIST_QUERY
    ? listVariables({
        name: 'regency',
        commissionId: 'kpu-35.26',
        commissionPath: '/kpu-ri/kpu-35/kpu-35.26/',
        statuses: ['closed', 'discontinued'],
        receivedFrom: '2024-01-01T00:00:00.000Z',
        receivedTo: '2025-01-01T00:00:00.000Z',
        sort: 'receivedAtDesc',
      })
    : {};
const times: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  const started = performance.now();
  const result = await post({ query, variables }, token);
  times.push(performance.now() - started);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms over ${rounds} requests`);
await server.stop();
await orm.close();
