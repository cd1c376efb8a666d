import { describe, expect, it, vi } from 'vitest';
import { createFileClient, fileNameOf } from './file-client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const STORED = {
  id: 'ev-1',
  kind: 'document',
  description: 'Foto kuitansi',
  fileName: 'kuitansi.pdf',
  mediaType: 'application/pdf',
  size: 15,
  sha256: '76b4a08e9ce95dc471e5c8eff23d8b6a5a29c6cb2d9e6f471dbf9354740fbe31',
  uploadedBy: 'user-officer.35.26',
  uploadedAt: '2024-03-01T02:00:00.000Z',
  downloadPath: '/files/evidence/ev-1',
};

describe('file client', () => {
  it('posts the evidence as multipart with the bearer token and answers the stored file', async () => {
    const fetch = vi.fn(async () => json(201, { evidence: STORED }));
    const client = createFileClient({
      fetch: fetch as unknown as typeof globalThis.fetch,
      getToken: () => 't-1',
    });
    const file = new File(['%PDF-1.4\nhello\n'], 'kuitansi.pdf', { type: 'application/pdf' });
    const stored = await client.uploadEvidence('case 1', {
      kind: 'document',
      description: ' Foto kuitansi ',
      file,
    });
    expect(stored.sha256).toBe(STORED.sha256);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files/evidence?caseId=case%201');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer t-1');
    const form = init.body as FormData;
    expect(form.get('kind')).toBe('document');
    expect(form.get('description')).toBe('Foto kuitansi');
    expect((form.get('file') as File).name).toBe('kuitansi.pdf');
  });

  it('turns a refused upload into an ApiError with the code and details the API sent', async () => {
    const fetch = vi.fn(async () =>
      json(415, {
        errors: [
          {
            message: "The file's content is not image/png.",
            extensions: {
              code: 'UNSUPPORTED_MEDIA_TYPE',
              reason: 'CONTENT_MISMATCH',
              mediaType: 'image/png',
            },
          },
        ],
      }),
    );
    const client = createFileClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    const file = new File(['not a png'], 'a.png', { type: 'image/png' });
    await expect(client.uploadEvidence('c', { kind: 'document', file })).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
      message: 'errors.UNSUPPORTED_MEDIA_TYPE',
      extensions: { reason: 'CONTENT_MISMATCH', mediaType: 'image/png' },
    });
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const client = createFileClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await expect(client.download('/files/evidence/x')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('downloads with the bearer token and names the file as the server does', async () => {
    const fetch = vi.fn(
      async () =>
        new Response('%PDF-1.4', {
          status: 200,
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="kuitansi_.pdf"; filename*=UTF-8''kuitansi%E2%80%931.pdf`,
          },
        }),
    );
    const client = createFileClient({
      fetch: fetch as unknown as typeof globalThis.fetch,
      getToken: () => 't-2',
    });
    const { blob, fileName } = await client.download('/files/evidence/ev-1');
    expect(fileName).toBe('kuitansi–1.pdf');
    expect(await blob.text()).toBe('%PDF-1.4');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files/evidence/ev-1');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer t-2');
  });

  it('reads the plain file name when there is no extended one', () => {
    expect(fileNameOf('attachment; filename="a.txt"')).toBe('a.txt');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
