// A production-configured server: no introspection, no field suggestions, login rate-limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../src/auth/login-rate-limiter.js';
import { startTestServer, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    withCases: false,
    config: { nodeEnv: 'production', introspection: false },
    loginLimiter: new LoginRateLimiter(3, 60_000),
  });
});
afterAll(async () => {
  await t?.stop();
});

describe('in production', () => {
  it('refuses introspection', async () => {
    const result = await t.gql('{ __schema { types { name } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names in errors', async () => {
    const result = await t.gql('{ casez(first: 1) { totalCount } }');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses logins from an address after three failures, even with the right password', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const failed = await t.gql(
        'mutation { login(username: "officer.35.26", password: "wrong") { token } }',
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await t.gql(
      'mutation { login(username: "officer.35.26", password: "etik-demo-2024") { token } }',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: expect.any(Number),
    });
  });
});
