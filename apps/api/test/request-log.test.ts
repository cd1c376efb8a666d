// Request logs: one line per request, carrying the id the response's X-Request-Id header gives (the one the
// request's audit rows carry); a caller's well-formed X-Request-Id is kept, any other replaced. Health
// checks stay below info; no tokens, cookies, query strings or client addresses are written.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../src/auth/login-rate-limiter.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { DEMO_PASSWORD, seedDemo } from '../src/db/seeders/demo-seeder.js';
import { createLogger, httpLogger } from '../src/logger.js';
import { createServer, type EtikServer } from '../src/server.js';
import { createTestDatabase, TEST_NOW, TestClock, testConfig, type Json } from './test-server.js';

const lines: Json[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
    done();
  },
});

let server: EtikServer;
let orm: Orm;
let drop: () => Promise<void>;
let token: string;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  orm = await initOrm(database.db);
  await migrate(orm);
  await seedDemo(orm, { withCases: true, today: TEST_NOW });
  server = await createServer(testConfig(database.db, { logLevel: 'info' }), {
    orm,
    clock: new TestClock(TEST_NOW),
    logger: createLogger('info', sink),
    loginLimiter: new LoginRateLimiter(1000, 60_000),
  });
  const login = await post(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'officer.35.26', p: DEMO_PASSWORD },
  );
  token = login.body.data?.login?.token;
});
afterAll(async () => {
  await server?.stop();
  await orm?.close();
  await drop?.();
});

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { headers: response.headers, body: (await response.json()) as Json };
}

/** The request log line of a request id, once written (pino-http writes it when the response finishes). */
async function lineOf(id: string): Promise<Json> {
  await expect.poll(() => lines.some((line) => line.req?.id === id)).toBe(true);
  return lines.find((line) => line.req?.id === id);
}

describe('request logs', () => {
  it('carry the id of the X-Request-Id response header, and keep a well-formed one the caller sent', async () => {
    expect(token).toBeTypeOf('string');
    const sent = await post(
      '{ me { username } }',
      {},
      {
        authorization: `Bearer ${token}`,
        cookie: 'session=secret-cookie',
        'x-request-id': 'trace-0042.a_b',
      },
    );
    expect(sent.body.data.me.username).toBe('officer.35.26');
    expect(sent.headers.get('x-request-id')).toBe('trace-0042.a_b');
    const line = await lineOf('trace-0042.a_b');
    expect(line).toMatchObject({
      level: 30,
      req: { id: 'trace-0042.a_b', method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(line.responseTime).toBeTypeOf('number');
    // Nothing of the caller's credentials or address.
    const written = JSON.stringify(lines);
    expect(written).not.toContain(token);
    expect(written).not.toContain('secret-cookie');
    expect(written).not.toContain('127.0.0.1');
  });

  it('replaces a malformed X-Request-Id with one of its own, and logs under that one', async () => {
    const sent = await post('{ me { username } }', {}, { 'x-request-id': 'bad id\twith "quotes"' });
    expect(sent.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const id = sent.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await lineOf(id)).res.statusCode).toBe(200);
    expect(JSON.stringify(lines)).not.toContain('bad id');
  });

  it('writes the request id of a command into its audit rows', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const read = await post('{ case(id: "case-demo-001") { version } }', {}, auth);
    const sent = await post(
      'mutation ($id: ID!, $v: Int!) { startScreening(caseId: $id, expectedVersion: $v) { status } }',
      { id: 'case-demo-001', v: read.body.data.case.version },
      { ...auth, 'x-request-id': 'audit-trace-1' },
    );
    expect(sent.body.errors, JSON.stringify(sent.body.errors)).toBeUndefined();
    await lineOf('audit-trace-1');
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ n: number | string }[]>(
        "select count(*) as n from audit_event where request_id = 'audit-trace-1'",
      );
    expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(1);
  });

  it('still gives every request its id when LOG_LEVEL is silent', () => {
    const headers: Record<string, string> = {};
    const req = { headers: { 'x-request-id': 'not ok!' } } as never;
    const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as never;
    let passed = false;
    httpLogger(createLogger('silent'))(req, res, () => (passed = true));
    expect(passed).toBe(true);
    expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((req as { headers: Record<string, string> }).headers['x-request-id']).toBe(
      headers['x-request-id'],
    );
  });

  it('keeps health checks below info, and leaves query strings out', async () => {
    const health = await fetch(new URL('/healthz', server.url), { headers: { 'x-request-id': 'health-1' } });
    expect(health.headers.get('x-request-id')).toBe('health-1');
    const missing = await fetch(new URL('/files/evidence?caseId=secret-query', server.url), {
      headers: { 'x-request-id': 'query-1' },
    });
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect((await lineOf('query-1')).req.path).toBe('/files/evidence');
    expect(lines.some((line) => line.req?.id === 'health-1')).toBe(false);
    expect(JSON.stringify(lines)).not.toContain('secret-query');
  });
});
