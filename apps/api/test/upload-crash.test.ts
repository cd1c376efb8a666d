// The server as operators start it (src/main.ts in a child process, NODE_ENV=production): truncated and
// aborted multipart bodies on both upload routes are answered, or dropped, and the process stays up. Such a
// body used to kill it ("Unhandled 'error' event … Unexpected end of form"), which an in-process test would
// only see as its own worker dying.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-seeder.js';
import { eventually, multipartBody, rawUpload, tempFilesIn } from './raw-upload.js';
import { createTestDatabase } from './test-server.js';

let child: ChildProcess;
let base: string;
let dataDir: string;
let drop: () => Promise<void>;
let output = '';
let token: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'etik-crash-'));
  const created = await createTestDatabase();
  drop = created.drop;
  const db: DbConfig =
    created.db.driver === 'sqlite' ? { driver: 'sqlite', path: join(dataDir, 'etik.db') } : created.db;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      ETIK_DATA_DIR: dataDir,
      ADMIN_DIST_DIR: join(dataDir, 'no-admin'),
      SEED_DEMO: 'true',
      UPLOAD_IDLE_TIMEOUT_MS: '2000',
      ...(db.driver === 'sqlite' ? { SQLITE_PATH: db.path, DATABASE_URL: '' } : { DATABASE_URL: db.url }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await eventually(() => /"Etik API ready"/.test(output) || child.exitCode !== null, 170_000);
  const ready = output.split('\n').find((line) => line.includes('"Etik API ready"'));
  if (!ready) throw new Error(`the server did not start:\n${output}`);
  base = (JSON.parse(ready) as { url: string }).url.replace(/\/graphql$/, '');
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($p: String!) { login(username: "officer.35.26", password: $p) { token } }',
      variables: { p: DEMO_PASSWORD },
    }),
  });
  token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  await drop?.();
});

const alive = async () => {
  expect(child.exitCode, output).toBeNull();
  const health = await fetch(`${base}/healthz`);
  expect(health.status).toBe(200);
};

const ROUTES = [
  {
    route: 'evidence',
    path: '/files/evidence?caseId=case-demo-001',
    dir: 'evidence',
    body: multipartBody({
      fields: { kind: 'document' },
      fileName: 'kuitansi.pdf',
      mediaType: 'application/pdf',
      content: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(50_000, 0x41)]),
    }),
  },
  {
    route: 'member-imports',
    path: '/files/member-imports?commissionId=kpu-35.26',
    dir: 'member-imports',
    body: multipartBody({
      fileName: 'anggota.csv',
      mediaType: 'text/csv',
      content: Buffer.from('nik;nama\n3526014508900003;Siti\n'.repeat(1_500)),
    }),
  },
] as const;

describe.each(ROUTES)('a production server receiving a broken upload on /files/$route', (route) => {
  it('answers bodies that end inside the form with 400 UPLOAD_INCOMPLETE, and stays up', async () => {
    const { body } = route;
    // Inside a part header, right at the file's start, inside it, just before the closing boundary.
    const cuts = [body.indexOf('filename=') + 3, body.indexOf('\r\n\r\n', 60) + 4, 20_000, body.length - 10];
    for (const cut of cuts) {
      const answer = await rawUpload({ base, path: route.path, token, body: body.subarray(0, cut) });
      expect(answer.status, `cut at ${cut}: ${output.slice(-2000)}`).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('UPLOAD_INCOMPLETE');
      await alive();
    }
    await eventually(() => tempFilesIn(join(dataDir, route.dir)).length === 0);
  });

  it('drops uploads whose client goes away, and stays up', async () => {
    const { body } = route;
    for (const cut of [200, 20_000, body.length - 10]) {
      const answer = await rawUpload({
        base,
        path: route.path,
        token,
        body: body.subarray(0, cut),
        declaredLength: body.length,
        then: 'abort',
        abortAfterMs: 50,
      });
      expect(answer.status).toBeUndefined();
      await alive();
    }
    await eventually(() => tempFilesIn(join(dataDir, route.dir)).length === 0);
  });
});
