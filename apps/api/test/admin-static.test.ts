// In production the API serves the admin's build at / with an SPA fallback, but never in place of its own
// paths; a fake build in a temporary directory stands in for apps/admin/dist.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type EtikServer } from '../src/server.js';
import { createLogger } from '../src/logger.js';
import { startTestServer, testConfig, type Json, type TestServer } from './test-server.js';

const INDEX =
  '<!doctype html><html><head><title>Etik Admin</title></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("etik admin");';

let t: TestServer;
let adminDir: string;
const extra: EtikServer[] = [];

/** Another server on the same ORM (so its `db` setting is unused), configured otherwise. */
async function serverWith(nodeEnv: 'production' | 'development', dir: string): Promise<string> {
  const server = await createServer(
    testConfig({ driver: 'sqlite', path: ':memory:' }, { nodeEnv, introspection: false, adminDir: dir }),
    { orm: t.orm, logger: createLogger('silent') },
  );
  extra.push(server);
  return server.url.replace(/\/graphql$/, '');
}

beforeAll(async () => {
  adminDir = mkdtempSync(join(tmpdir(), 'etik-admin-'));
  mkdirSync(join(adminDir, 'assets'));
  writeFileSync(join(adminDir, 'index.html'), INDEX);
  writeFileSync(join(adminDir, 'assets', 'index-3f9a1c.js'), SCRIPT);
  writeFileSync(join(adminDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await startTestServer({
    withCases: false,
    config: { nodeEnv: 'production', introspection: false, adminDir },
  });
});
afterAll(async () => {
  for (const server of extra) await server.stop();
  await t?.stop();
});

const base = () => t.url.replace(/\/graphql$/, '');

describe('serving the admin build in production', () => {
  it('serves index.html at / and for every admin route (SPA fallback)', async () => {
    for (const path of ['/', '/cases', '/cases/case-demo-001/show', '/login?next=%2Fcases']) {
      const response = await fetch(`${base()}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves the built files, hashed assets as immutable', async () => {
    const script = await fetch(`${base()}/assets/index-3f9a1c.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe(SCRIPT);
    const icon = await fetch(`${base()}/favicon.svg`);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing file with a JSON 404, not with index.html', async () => {
    const response = await fetch(`${base()}/assets/missing-123.js`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as Json).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('never falls back for /graphql, /files, /healthz or /readyz', async () => {
    const graphql = await fetch(`${base()}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphql.headers.get('content-type')).toMatch(/json/);
    expect(await graphql.text()).not.toContain('Etik Admin');
    const graphqlPost = await t.gql('{ labels(kind: "caseStatus") { code } }');
    expect(graphqlPost.data?.labels.length).toBeGreaterThan(0);
    for (const path of [
      '/files',
      '/files/evidence',
      '/files/anything/else',
      '/healthz/deep',
      '/readyz/x',
      '/graphql/x',
    ]) {
      const response = await fetch(`${base()}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(await response.text(), path).not.toContain('Etik Admin');
    }
    expect(await (await fetch(`${base()}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base()}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('does not answer other methods with the admin', async () => {
    const response = await fetch(`${base()}/cases`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(404);
  });

  it('serves nothing at / outside production, or when the build is missing', async () => {
    for (const [nodeEnv, dir] of [
      ['development', adminDir],
      ['production', mkdtempSync(join(tmpdir(), 'etik-admin-empty-'))],
    ] as const) {
      const url = await serverWith(nodeEnv, dir);
      const response = await fetch(`${url}/`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as Json).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});
