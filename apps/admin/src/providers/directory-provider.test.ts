import { describe, expect, it, vi } from 'vitest';
import { createDataProvider } from './data-provider';

interface Sent {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly query?: string;
  readonly variables?: Record<string, unknown>;
  readonly body?: unknown;
}

/** A fetch that records each request and answers from the given bodies in turn. */
function fakeFetch(...answers: readonly (object | { status: number; json: object })[]) {
  const sent: Sent[] = [];
  let index = 0;
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const isJson = typeof init?.body === 'string';
    const parsed = isJson ? (JSON.parse(String(init?.body)) as Partial<Sent>) : { body: init?.body };
    sent.push({ url: String(url), headers: init?.headers as Record<string, string>, ...parsed });
    const answer = answers[Math.min(index, answers.length - 1)]!;
    index += 1;
    const { status, json } = 'status' in answer ? answer : { status: 200, json: answer };
    return new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

const providerWith = (fetch: typeof globalThis.fetch) =>
  createDataProvider({ fetch, getToken: () => 'token-1', newIdempotencyKey: () => 'key-1' });

const member = (id: string) => ({
  id,
  bodyId: 'ppk-35.26.01',
  position: 'member',
  status: 'active',
  person: { id: `p-${id}`, name: `Siti ${id}`, personalDataMasked: false },
  body: { id: 'ppk-35.26.01', name: 'PPK Bangkalan', type: 'ppk', regionCode: '35.26.01', commissionId: 'k' },
});

describe('directory provider: members', () => {
  it('searches members on the server with filters and sort, walking the cursors to page 2', async () => {
    const { fetch, sent } = fakeFetch(
      { data: { members: { totalCount: 12, pageInfo: { hasNextPage: true, endCursor: 'c10' } } } },
      {
        data: {
          members: {
            totalCount: 12,
            pageInfo: { hasNextPage: false, endCursor: 'c12' },
            nodes: [member('m11'), member('m12')],
          },
        },
      },
    );
    const result = await providerWith(fetch).getList('members', {
      filter: { q: ' siti ', bodyTypes: ['ppk'], statuses: ['active'], commissionId: 'kpu-35.26' },
      sort: { field: 'name', order: 'DESC' },
      pagination: { page: 2, perPage: 10 },
    });
    expect(result.total).toBe(12);
    expect(result.data.map((row) => row.name)).toEqual(['Siti m11', 'Siti m12']);
    const filter = { text: 'siti', bodyTypes: ['ppk'], statuses: ['active'], commissionId: 'kpu-35.26' };
    expect(sent[0]!.query).not.toContain('nodes');
    expect(sent[0]!.variables).toEqual({ filter, sort: 'nameDesc', first: 10 });
    expect(sent[1]!.query).toContain('members(');
    expect(sent[1]!.variables).toEqual({ filter, sort: 'nameDesc', first: 10, after: 'c10' });
  });

  it("reads a member's page with the person's history in one request", async () => {
    const { fetch, sent } = fakeFetch({
      data: { membership: { ...member('m1'), person: { ...member('m1').person, memberships: [] } } },
    });
    const { data } = await providerWith(fetch).getOne('members', { id: 'm1' });
    expect(data.name).toBe('Siti m1');
    expect(sent[0]!.query).toContain('statusHistory');
    expect(sent[0]!.query).toContain('respondentCases');
    expect(sent[0]!.variables).toEqual({ id: 'm1' });
  });
});

describe('directory provider: users', () => {
  const user = { id: 'user-1', version: 2 };

  it('changes an account with the version last read, declared required', async () => {
    const { fetch, sent } = fakeFetch({ data: { updateUser: { ...user, version: 3 } } });
    await providerWith(fetch).update('users', {
      id: 'user-1',
      data: { displayName: 'Petugas Baru', active: false },
      previousData: { ...user, displayName: 'Petugas', active: true },
    });
    expect(sent[0]!.query).toContain('$expectedVersion: Int!');
    expect(sent[0]!.variables).toMatchObject({ id: 'user-1', expectedVersion: 2, active: false });
  });

  it('resets a password with the version last read, and passes on a weak password refusal', async () => {
    const { fetch, sent } = fakeFetch({
      errors: [{ message: 'weak', extensions: { code: 'WEAK_PASSWORD', reason: 'common' } }],
    });
    await expect(providerWith(fetch).resetUserPassword(user, 'password1234')).rejects.toMatchObject({
      code: 'WEAK_PASSWORD',
      message: 'errors.WEAK_PASSWORD',
      extensions: { reason: 'common' },
    });
    expect(sent[0]!.query).toContain('$expectedVersion: Int!');
    expect(sent[0]!.variables).toEqual({ id: 'user-1', expectedVersion: 2, newPassword: 'password1234' });
  });
});

describe('directory provider: declarations', () => {
  const declaration = { id: 'd1', version: 3 };

  it('publishes with the version last read and the public URL', async () => {
    const { fetch, sent } = fakeFetch({
      data: { publishConflictDeclaration: { ...declaration, version: 4, published: true } },
    });
    const result = await providerWith(fetch).publishDeclaration(declaration, true, ' https://kpu.go.id/a ');
    expect(result.version).toBe(4);
    expect(sent[0]!.variables).toEqual({
      id: 'd1',
      expectedVersion: 3,
      published: true,
      publishedUrl: 'https://kpu.go.id/a',
    });
    expect(sent[0]!.headers['Idempotency-Key']).toBe('key-1');
  });

  it('refuses a stale change with CONFLICT and the current version', async () => {
    const { fetch } = fakeFetch({
      errors: [{ message: 'stale', extensions: { code: 'CONFLICT', currentVersion: 5 } }],
    });
    await expect(providerWith(fetch).withdrawDeclaration(declaration, 'mundur')).rejects.toMatchObject({
      code: 'CONFLICT',
      isConflict: true,
      extensions: { currentVersion: 5 },
    });
  });

  it('sends an edit as changes with expectedVersion', async () => {
    const { fetch, sent } = fakeFetch({ data: { updateConflictDeclaration: { id: 'd1', version: 4 } } });
    await providerWith(fetch).update('declarations', {
      id: 'd1',
      data: { relation: 'spouse' },
      previousData: {
        id: 'd1',
        version: 3,
        membershipId: 'm1',
        relativeName: 'Karim',
        relation: 'sibling',
        relativeRole: 'campaignTeam',
        declaredAt: '2024-01-10T02:00:00.000Z',
      },
    });
    expect(sent[0]!.variables).toEqual({
      id: 'd1',
      expectedVersion: 3,
      changes: {
        relativeName: 'Karim',
        relativePersonId: null,
        relation: 'spouse',
        relativeRole: 'campaignTeam',
        declaredAt: '2024-01-10T02:00:00.000Z',
      },
    });
  });
});

describe('directory provider: member imports', () => {
  it('uploads the CSV as multipart with the token to /files/member-imports', async () => {
    const { fetch, sent } = fakeFetch({
      status: 202,
      json: { memberImport: { id: 'imp-1', status: 'queued' }, ignoredColumns: ['catatan'] },
    });
    const file = new File(['nik;nama\n'], 'anggota.csv', { type: 'text/csv' });
    const queued = await providerWith(fetch).uploadMemberImport('kpu-35.26', file);
    expect(queued).toEqual({ memberImport: { id: 'imp-1', status: 'queued' }, ignoredColumns: ['catatan'] });
    expect(sent[0]!.url).toBe('/files/member-imports?commissionId=kpu-35.26');
    expect(sent[0]!.headers.Authorization).toBe('Bearer token-1');
    expect((sent[0]!.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('uploads a CSV of ad hoc bodies to /files/body-imports', async () => {
    const { fetch, sent } = fakeFetch({
      status: 202,
      json: { memberImport: { id: 'imp-2', status: 'queued' }, ignoredColumns: [] },
    });
    const file = new File(['jenis_badan;kode_wilayah;nama\n'], 'badan.csv', { type: 'text/csv' });
    await providerWith(fetch).uploadMemberImport('kpu-35.26', file, 'bodies');
    expect(sent[0]!.url).toBe('/files/body-imports?commissionId=kpu-35.26');
  });

  it('turns a refused upload into the API error code and details', async () => {
    const { fetch } = fakeFetch({
      status: 400,
      json: {
        errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT', reason: 'MISSING_COLUMNS' } }],
      },
    });
    const file = new File(['x\n'], 'a.csv', { type: 'text/csv' });
    await expect(providerWith(fetch).uploadMemberImport('kpu-35.26', file)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { reason: 'MISSING_COLUMNS' },
    });
  });

  it('pages the refused lines by walking the cursors of the errors connection', async () => {
    const { fetch, sent } = fakeFetch(
      {
        data: {
          memberImport: { errors: { totalCount: 30, pageInfo: { hasNextPage: true, endCursor: 'e10' } } },
        },
      },
      {
        data: {
          memberImport: {
            errors: {
              totalCount: 30,
              pageInfo: { hasNextPage: true, endCursor: 'e20' },
              nodes: [{ line: 12, code: 'INVALID_NIK', field: 'nik', message: 'Invalid NIK' }],
            },
          },
        },
      },
    );
    const page = await providerWith(fetch).memberImportErrors('imp-1', 2, 10);
    expect(page.totalCount).toBe(30);
    expect(page.nodes[0]!.line).toBe(12);
    expect(sent[1]!.variables).toEqual({ id: 'imp-1', first: 10, after: 'e10' });
  });
});
