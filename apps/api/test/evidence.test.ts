// Evidence files over HTTP: multipart upload into the content-addressed store, with its audit row in the
// same transaction; limits on size and media type; jurisdiction on upload and download.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { verifyAuditChain } from '../src/audit/audit-trail.js';
import { eventually } from './raw-upload.js';
import { startTestServer, type Json, type TestServer } from './test-server.js';

const MAX_UPLOAD_BYTES = 200_000;
let t: TestServer;
let dataDir: string;
let base: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'etik-evidence-'));
  t = await startTestServer({ config: { dataDir, maxUploadBytes: MAX_UPLOAD_BYTES } });
  base = t.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await t?.stop();
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Kuitansi penerimaan uang. '.repeat(40))]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface UploadOptions {
  readonly username?: string | undefined;
  readonly caseId?: string;
  readonly kind?: string;
  readonly description?: string;
  readonly bytes?: Buffer;
  readonly mediaType?: string;
  readonly fileName?: string;
}

async function upload(options: UploadOptions = {}): Promise<{ status: number; body: Json }> {
  const form = new FormData();
  form.append('kind', options.kind ?? 'document');
  if (options.description) form.append('description', options.description);
  const bytes = options.bytes ?? PDF;
  form.append(
    'file',
    new Blob([new Uint8Array(bytes)], { type: options.mediaType ?? 'application/pdf' }),
    options.fileName ?? 'kuitansi.pdf',
  );
  const username = 'username' in options ? options.username : 'officer.35.26';
  const response = await fetch(
    `${base}/files/evidence?caseId=${encodeURIComponent(options.caseId ?? 'case-demo-001')}`,
    {
      method: 'POST',
      headers: username ? { authorization: `Bearer ${await t.login(username)}` } : {},
      body: form,
    },
  );
  return { status: response.status, body: await response.json() };
}

async function download(id: string, username?: string): Promise<Response> {
  return fetch(`${base}/files/evidence/${id}`, {
    headers: username ? { authorization: `Bearer ${await t.login(username)}` } : {},
  });
}

const evidenceCount = async () =>
  Number(
    (
      await (t.orm.em.fork() as unknown as EntityManager).execute<{ n: number }[]>(
        'select count(*) as n from evidence',
      )
    )[0]!.n,
  );
const tempFiles = () => {
  const dir = join(dataDir, 'evidence', 'tmp');
  return existsSync(dir) ? readdirSync(dir) : [];
};

describe('uploading evidence', () => {
  it('stores the file under its SHA-256, records it with its audit row, and lists it on the case', async () => {
    const { status, body } = await upload({ description: 'Foto kuitansi dari pengadu' });
    expect(status).toBe(201);
    expect(body.evidence).toMatchObject({
      caseId: 'case-demo-001',
      kind: 'document',
      description: 'Foto kuitansi dari pengadu',
      fileName: 'kuitansi.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
      sha256: sha256(PDF),
      uploadedBy: 'user-officer.35.26',
    });
    const stored = join(dataDir, 'evidence', sha256(PDF).slice(0, 2), sha256(PDF));
    expect(readFileSync(stored).equals(PDF)).toBe(true);
    expect(tempFiles()).toEqual([]);

    const read = await t.gql(
      `{ case(id: "case-demo-001") {
          evidence { id kind fileName mediaType size sha256 uploadedBy uploadedByRole uploadedAt downloadPath }
          timeline { action actorRole } } }`,
      {},
      { token: await t.login('officer.35.26') },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.case.evidence).toContainEqual(
      expect.objectContaining({
        id: body.evidence.id,
        sha256: sha256(PDF),
        uploadedByRole: 'officer',
        downloadPath: `/files/evidence/${body.evidence.id}`,
      }),
    );
    expect(read.data!.case.timeline.at(-1)).toEqual({ action: 'evidenceUploaded', actorRole: 'officer' });
    expect((await verifyAuditChain(t.orm.em.fork() as unknown as EntityManager)).ok).toBe(true);
  });

  it('lets an examiner on the case’s team add evidence', async () => {
    const { status, body } = await upload({
      username: 'examiner1.35.26',
      caseId: 'case-demo-007',
      kind: 'witnessStatement',
      bytes: Buffer.from('Keterangan saksi: teradu hadir di TPS 003 pukul 07.00.\n'),
      mediaType: 'text/plain',
      fileName: 'saksi.txt',
    });
    expect(status).toBe(201);
    expect(body.evidence).toMatchObject({ kind: 'witnessStatement', mediaType: 'text/plain' });
  });

  it('stores the same bytes once, however often they are uploaded', async () => {
    const bytes = Buffer.concat([PNG, Buffer.from('same image')]);
    const first = await upload({ bytes, mediaType: 'image/png', fileName: 'foto.png' });
    const second = await upload({
      bytes,
      mediaType: 'image/png',
      fileName: 'foto-lagi.png',
      caseId: 'case-demo-004',
    });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.evidence.id).not.toBe(second.body.evidence.id);
    expect(readdirSync(join(dataDir, 'evidence', sha256(bytes).slice(0, 2)))).toContain(sha256(bytes));
  });

  it('keeps only the base name of the uploaded file', async () => {
    for (const fileName of ['../../etc/Bukti Rapat — Ñ.pdf', 'C:\\Users\\ppk\\Bukti Rapat — Ñ.pdf']) {
      const { body } = await upload({ fileName });
      expect(body.evidence.fileName).toBe('Bukti Rapat — Ñ.pdf');
    }
  });
});

describe('refusing evidence', () => {
  it('refuses a file over the size limit with 413 PAYLOAD_TOO_LARGE, leaving nothing behind', async () => {
    const before = await evidenceCount();
    for (const size of [MAX_UPLOAD_BYTES + 1, MAX_UPLOAD_BYTES * 3]) {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x41)]);
      const { status, body } = await upload({ bytes });
      expect(status).toBe(413);
      expect(body.errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_UPLOAD_BYTES });
    }
    expect(await evidenceCount()).toBe(before);
    expect(tempFiles()).toEqual([]);
  });

  it('refuses a media type outside the allow-list, and content that is not what it claims, with 415', async () => {
    const zip = await upload({ bytes: Buffer.from('PK\u0003\u0004'), mediaType: 'application/zip' });
    expect(zip.status).toBe(415);
    expect(zip.body.errors[0].extensions).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      mediaType: 'application/zip',
    });
    const disguised = await upload({ bytes: PDF, mediaType: 'image/png', fileName: 'foto.png' });
    expect(disguised.status).toBe(415);
    expect(disguised.body.errors[0].extensions).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      reason: 'CONTENT_MISMATCH',
    });
    const notMultipart = await fetch(`${base}/files/evidence?caseId=case-demo-001`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await t.login('officer.35.26')}`,
        'content-type': 'application/pdf',
      },
      body: PDF,
    });
    expect(notMultipart.status).toBe(415);
    expect(tempFiles()).toEqual([]);
  });

  it('refuses an unknown kind, a missing file, and an empty one with 400 BAD_USER_INPUT', async () => {
    const kind = await upload({ kind: 'rumour' });
    expect([kind.status, kind.body.errors[0].extensions.field]).toEqual([400, 'kind']);
    const empty = await upload({ bytes: Buffer.alloc(0) });
    expect([empty.status, empty.body.errors[0].extensions.field]).toEqual([400, 'file']);
    const form = new FormData();
    form.append('kind', 'document');
    const missing = await fetch(`${base}/files/evidence?caseId=case-demo-001`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.login('officer.35.26')}` },
      body: form,
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as Json).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a description over 2,000 characters as GraphQL refuses text: BAD_USER_INPUT with maxLength', async () => {
    const before = await evidenceCount();
    // 7,999 characters used to pass (the multipart field limit was 8,000 bytes); 2,001 is already too many.
    for (const description of ['x'.repeat(2_001), 'é'.repeat(2_001), 'x'.repeat(7_999), 'x'.repeat(9_000)]) {
      const { status, body } = await upload({ description });
      expect(status).toBe(400);
      expect(body.errors[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'description',
        maxLength: 2_000,
      });
    }
    expect(await evidenceCount()).toBe(before);
    // The temporary file is removed just after the answer.
    await eventually(() => tempFiles().length === 0);
    const longest = await upload({ description: 'é'.repeat(2_000) });
    expect(longest.status).toBe(201);
    expect(longest.body.evidence.description).toHaveLength(2_000);
  });

  it.each([
    [undefined, 'case-demo-001', 401, 'UNAUTHENTICATED'],
    ['officer.35.28', 'case-demo-001', 404, 'NOT_FOUND'],
    ['officer.11.71', 'case-demo-001', 404, 'NOT_FOUND'],
    ['examiner1.35.26', 'case-demo-001', 404, 'NOT_FOUND'],
    ['supervisor.35', 'case-demo-001', 403, 'FORBIDDEN'],
    ['admin.ri', 'case-demo-001', 403, 'FORBIDDEN'],
    ['analyst.35', 'case-demo-001', 403, 'FORBIDDEN'],
    ['officer.35.26', 'no-such-case', 404, 'NOT_FOUND'],
  ])('refuses %s uploading to %s with %i %s', async (username, caseId, status, code) => {
    const before = await evidenceCount();
    const result = await upload({ username, caseId });
    expect(result.status).toBe(status);
    expect(result.body.errors[0].extensions.code).toBe(code);
    expect(await evidenceCount()).toBe(before);
  });
});

describe('downloading evidence', () => {
  let id: string;
  const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('Berita acara klarifikasi.')]);

  beforeAll(async () => {
    id = (await upload({ bytes, fileName: 'Berita acara — klarifikasi.pdf' })).body.evidence.id;
  });

  it('gives the bytes to the handling commission and the province above it', async () => {
    for (const username of ['officer.35.26', 'supervisor.35', 'admin.ri']) {
      const response = await download(id, username);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Berita acara _ klarifikasi.pdf"; filename*=UTF-8''${encodeURIComponent('Berita acara — klarifikasi.pdf')}`,
      );
    }
  });

  it('refuses another regency, another province and an examiner not on the team as NOT_FOUND', async () => {
    for (const username of ['officer.35.28', 'supervisor.11', 'examiner1.35.26']) {
      const response = await download(id, username);
      expect(response.status).toBe(404);
      expect(((await response.json()) as Json).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a download without a token, and answers unknown ids as NOT_FOUND', async () => {
    const anonymous = await download(id);
    expect(anonymous.status).toBe(401);
    expect((await download('no-such-evidence', 'officer.35.26')).status).toBe(404);
  });

  it('records each download in the audit trail', async () => {
    const em = t.orm.em.fork() as unknown as EntityManager;
    const count = async () =>
      Number(
        (
          await em.execute<{ n: number }[]>(
            `select count(*) as n from audit_event where action = 'evidenceDownloaded' and entity_id = ?`,
            [id],
          )
        )[0]!.n,
      );
    const before = await count();
    await (await download(id, 'officer.35.26')).arrayBuffer();
    expect(await count()).toBe(before + 1);
  });
});
