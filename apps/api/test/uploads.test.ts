// Broken transfers on both upload routes: a body that ends inside the form, a client that goes away, a
// client that stops sending. Each is answered (or dropped) without leaving a temporary file or an open file
// descriptor, and what a crash left in the temporary areas is swept when a server starts.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY, eventually, multipartBody, openFilesUnder, rawUpload, tempFilesIn } from './raw-upload.js';
import { bodiesOf, memberRow, toCsv } from './member-csv.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { startTestServer, testConfig, type TestServer } from './test-server.js';

const IDLE_TIMEOUT_MS = 600;
let t: TestServer;
let dataDir: string;
let base: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'etik-uploads-'));
  t = await startTestServer({ config: { dataDir, uploadIdleTimeoutMs: IDLE_TIMEOUT_MS } });
  base = t.url.replace(/\/graphql$/, '');
  const [body] = await bodiesOf(t, 'kpu-35.26');
  csv = Buffer.from(toCsv(Array.from({ length: 2000 }, (_, index) => memberRow(body!, index + 1))));
});
afterAll(async () => {
  await t?.stop();
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200_000, 0x41)]);
let csv: Buffer;

const ROUTES = [
  {
    route: 'evidence',
    path: '/files/evidence?caseId=case-demo-001',
    dir: () => join(dataDir, 'evidence'),
    body: multipartBody({
      fields: { kind: 'document' },
      fileName: 'kuitansi.pdf',
      mediaType: 'application/pdf',
      content: PDF,
    }),
  },
  {
    route: 'member-imports',
    path: '/files/member-imports?commissionId=kpu-35.26',
    dir: () => join(dataDir, 'member-imports'),
    get body() {
      return multipartBody({ fileName: 'anggota.csv', mediaType: 'text/csv', content: csv });
    },
  },
] as const;

const settledAndClean = async (dir: string) => {
  await eventually(() => tempFilesIn(dir).length === 0 && openFilesUnder(dir).length === 0);
  expect(tempFilesIn(dir)).toEqual([]);
  expect(openFilesUnder(dir)).toEqual([]);
};

describe.each(ROUTES)('an upload to /files/$route', (route) => {
  const { path, dir } = route;
  it.each([
    ['inside the file', (body: Buffer) => body.length - 1_000],
    ['inside a part header', (body: Buffer) => body.indexOf('filename=') + 3],
    [
      'right after the file, before the closing boundary',
      (body: Buffer) => body.length - `--${BOUNDARY}--\r\n`.length,
    ],
  ])('refuses a body that ends %s with 400 UPLOAD_INCOMPLETE, leaving nothing', async (_where, cut) => {
    const answer = await rawUpload({
      base,
      path,
      token: await t.login('officer.35.26'),
      body: route.body.subarray(0, cut(route.body)),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('UPLOAD_INCOMPLETE');
    await settledAndClean(dir());
  });

  it('drops an upload whose client goes away mid-file: no temporary file, no open descriptor', async () => {
    const body = route.body;
    const answer = await rawUpload({
      base,
      path,
      token: await t.login('officer.35.26'),
      body: body.subarray(0, body.length / 2),
      declaredLength: body.length,
      then: 'abort',
      // Gone once the server has started writing the file.
      abortWhen: () => tempFilesIn(dir()).length > 0,
    });
    expect(answer.status).toBeUndefined();
    await settledAndClean(dir());
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('cuts an upload that stops sending after the idle timeout: 408 UPLOAD_TIMEOUT, connection closed', async () => {
    const body = route.body;
    const answer = await rawUpload({
      base,
      path,
      token: await t.login('officer.35.26'),
      body: body.subarray(0, body.length / 2),
      declaredLength: body.length,
    });
    expect(answer.status).toBe(408);
    expect(answer.body.errors[0].extensions).toEqual({
      code: 'UPLOAD_TIMEOUT',
      idleTimeoutMs: IDLE_TIMEOUT_MS,
    });
    expect(answer.closedAfterMs).toBeGreaterThanOrEqual(IDLE_TIMEOUT_MS - 50);
    expect(answer.closedAfterMs).toBeLessThan(IDLE_TIMEOUT_MS + 5_000);
    await settledAndClean(dir());
  });

  it('still takes a complete upload sent slowly, each pause shorter than the idle timeout', async () => {
    const body = route.body;
    const half = Math.floor(body.length / 2);
    const answer = await rawUpload({
      base,
      path,
      token: await t.login('officer.35.26'),
      body: body.subarray(0, half),
      declaredLength: body.length,
      then: 'rest',
      rest: body.subarray(half),
      restAfterMs: IDLE_TIMEOUT_MS / 2,
    });
    expect(answer.status).toBeLessThan(300);
    await settledAndClean(dir());
  });
});

describe('starting a server', () => {
  it('removes temporary upload files a crash left, and keeps the ones being written', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'etik-orphans-'));
    const old = new Date(Date.now() - 3_600_000);
    const files = {
      evidenceOrphan: join(otherDir, 'evidence', 'tmp', 'a0c4d1e6-orphan'),
      importOrphan: join(otherDir, 'member-imports', 'tmp', 'b7e2f3a1-orphan'),
      live: join(otherDir, 'evidence', 'tmp', 'c9d8e7f6-live'),
      stored: join(otherDir, 'evidence', 'ab', 'ab'.padEnd(64, '0')),
    };
    for (const file of Object.values(files)) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, 'partial');
    }
    for (const file of [files.evidenceOrphan, files.importOrphan, files.stored]) utimesSync(file, old, old);
    // A second server on the same database: only its start matters here.
    const second = await createServer(
      testConfig({ driver: 'sqlite', path: ':memory:' }, { dataDir: otherDir }),
      {
        orm: t.orm,
        logger: createLogger('silent'),
      },
    );
    try {
      expect(existsSync(files.evidenceOrphan)).toBe(false);
      expect(existsSync(files.importOrphan)).toBe(false);
      expect(existsSync(files.live)).toBe(true);
      expect(existsSync(files.stored)).toBe(true);
    } finally {
      await second.stop();
    }
  });
});
