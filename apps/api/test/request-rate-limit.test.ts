// The general request rate limit on /graphql and /files: per client address, per user, off at 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createServer, type EtikServer } from '../src/server.js';
import { startTestServer, testConfig, type TestServer } from './test-server.js';
import { send } from './loopback-client.js';

describe('the request rate limit', () => {
  let t: TestServer;
  const extra: EtikServer[] = [];
  beforeAll(async () => {
    t = await startTestServer({ withCases: false });
  });
  afterAll(async () => {
    for (const server of extra) await server.stop();
    await t?.stop();
  });

  /** Another instance on the test server's ORM, with its own limits (its `db` setting is unused). */
  async function limited(overrides: Partial<Config>): Promise<string> {
    const server = await createServer(testConfig({ driver: 'sqlite', path: ':memory:' }, overrides), {
      orm: t.orm,
      clock: t.clock,
      logger: createLogger('silent'),
    });
    extra.push(server);
    return server.url;
  }

  const ping = { query: '{ __typename }' };

  it('refuses the N+1th request from one address with 429 and RATE_LIMITED, on /graphql and /files', async () => {
    const url = await limited({ rateLimitPerAddress: 3, rateLimitPerUser: 0 });
    for (let index = 0; index < 3; index += 1) {
      expect((await send(url, { body: ping, from: '127.0.0.2' })).status).toBe(200);
    }
    const refused = await send(url, { body: ping, from: '127.0.0.2' });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    expect(refused.headers['retry-after']).toBe('60');
    const file = await send(url.replace(/\/graphql$/, '/files/evidence/nothing'), { from: '127.0.0.2' });
    expect(file.status).toBe(429);
    expect(file.body).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    expect(file.headers['retry-after']).toBe('60');
    // Another address has its own budget.
    expect((await send(url, { body: ping, from: '127.0.0.3' })).status).toBe(200);
  });

  it('refuses the N+1th request of one user with 429 and RATE_LIMITED, whatever the address', async () => {
    const url = await limited({ rateLimitPerAddress: 0, rateLimitPerUser: 3 });
    const token = await t.login('officer.35.26');
    const other = await t.login('commissioner.35.28');
    for (const from of ['127.0.0.4', '127.0.0.5', '127.0.0.6']) {
      expect((await send(url, { body: ping, token, from })).status).toBe(200);
    }
    const refused = await send(url, { body: ping, token, from: '127.0.0.7' });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another user, and a caller without a valid token, are not held to this user's budget.
    expect((await send(url, { body: ping, token: other, from: '127.0.0.7' })).status).toBe(200);
    expect((await send(url, { body: ping, token: `${token}x`, from: '127.0.0.7' })).status).toBe(200);
  });

  it('is off when the limits are 0', async () => {
    const url = await limited({ rateLimitPerAddress: 0, rateLimitPerUser: 0 });
    for (let index = 0; index < 10; index += 1) {
      expect((await send(url, { body: ping, from: '127.0.0.8' })).status).toBe(200);
    }
  });
});
