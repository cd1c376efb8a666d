// User accounts through GraphQL: only the national administrator manages them; roles sit at the
// commission level the domain allows; passwords meet the policy; changes name the version they were read at;
// a deactivated user cannot sign in and their tokens stop at the next request — on this instance at once, on
// the others when told (NOTIFY on PostgreSQL) or when their cached session expires (SQLite).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS, MESSAGE_LABELS, type WeakPasswordReason } from '@etik/domain';
import { LoginRateLimiter } from '../src/auth/login-rate-limiter.js';
import { SQLITE_SESSION_TTL_MS } from '../src/auth/session.js';
import { createLogger } from '../src/logger.js';
import { createServer, type EtikServer } from '../src/server.js';
import {
  startTestServer,
  TEST_NOW,
  testConfig,
  usesPostgres,
  type Json,
  type TestServer,
} from './test-server.js';

let t: TestServer;
let admin: string;
/** A second API instance over the same database: nothing about sessions may live in one process. */
let second: EtikServer;
beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('admin.ri');
  second = await createServer(testConfig(t.db), {
    orm: t.orm,
    clock: t.clock,
    logger: createLogger('silent'),
    loginLimiter: new LoginRateLimiter(1000, 60_000),
  });
});
afterAll(async () => {
  await second?.stop();
  await t?.stop();
});

const PASSWORD = 'a-long-enough-passphrase';
const USER_FIELDS =
  'id username displayName role commissionId personId active version commission { id level }';
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $role: Role, $commissionId: ID, $displayName: String, $active: Boolean) {
  updateUser(id: $id, expectedVersion: $v, role: $role, commissionId: $commissionId, displayName: $displayName, active: $active) { ${USER_FIELDS} } }`;
const RESET = `mutation ($id: ID!, $v: Int!, $password: String!) { resetUserPassword(id: $id, expectedVersion: $v, newPassword: $password) { id version } }`;
const USERS = `query ($filter: UserFilter, $sort: UserSort, $first: Int, $after: String) {
  users(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id username role active } } }`;

let created = 0;
async function createUser(overrides: Record<string, unknown> = {}) {
  created += 1;
  const result = await t.gql(
    CREATE,
    {
      input: {
        username: `staff.${created}`,
        displayName: `Staf ${created}`,
        role: 'analyst',
        commissionId: 'kpu-35',
        password: PASSWORD,
        ...overrides,
      },
    },
    { token: admin },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createUser;
}

const login = (username: string, password: string) =>
  t.gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: username,
    p: password,
  });

const tokenOf = async (username: string, password = PASSWORD) => {
  const result = await login(username, password);
  expect(result.errors).toBeUndefined();
  return result.data!.login.token as string;
};

/** What a token may do now: `me` on the main instance and on the second one. */
async function meWith(token: string) {
  const ask = async (url: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { username role commission { id } } }' }),
    });
    return (await response.json()) as Json;
  };
  return [await ask(t.url), await ask(second.url)];
}

/** Refused at once by the instance that made the change; by the second one once it knows. */
async function expectRefusedEverywhere(token: string) {
  expect((await meWith(token))[0].errors[0].extensions.code).toBe('UNAUTHENTICATED');
  if (!usesPostgres) t.clock.set(new Date(TEST_NOW.getTime() + SQLITE_SESSION_TTL_MS));
  await expect
    .poll(async () => (await meWith(token))[1].errors?.[0]?.extensions?.code, { timeout: 5_000 })
    .toBe('UNAUTHENTICATED');
  t.clock.set(TEST_NOW);
}

describe('who may manage users', () => {
  const operations: [string, string, Record<string, unknown>][] = [
    ['users', USERS, { first: 5 }],
    ['user', 'query { user(id: "user-officer.35.26") { id } }', {}],
    [
      'createUser',
      CREATE,
      {
        input: {
          username: 'not.made',
          displayName: 'X',
          role: 'analyst',
          commissionId: 'kpu-35',
          password: PASSWORD,
        },
      },
    ],
    ['updateUser', UPDATE, { id: 'user-officer.35.26', v: 1, displayName: 'Petugas' }],
    ['resetUserPassword', RESET, { id: 'user-officer.35.26', v: 1, password: PASSWORD }],
  ];
  it.each([
    'supervisor.35',
    'analyst.35',
    'officer.35.26',
    'commissioner.35.26',
    'examiner1.35.26',
    'officer.11.71',
  ])('refuses %s every operation with FORBIDDEN', async (username) => {
    const token = await t.login(username);
    for (const [name, query, variables] of operations) {
      const result = await t.gql(query, variables, { token });
      expect(result.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
    }
    expect((await login('officer.35.26', 'etik-demo-2024')).errors).toBeUndefined();
  });

  it('refuses them without a token as UNAUTHENTICATED', async () => {
    for (const [name, query, variables] of operations) {
      expect((await t.gql(query, variables)).errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
    }
  });
});

describe('the list of users', () => {
  it('filters by role, commission (with those under it), text and active, and pages with totalCount', async () => {
    const total = async (filter: Record<string, unknown>) =>
      (await t.gql(USERS, { filter, first: 1 }, { token: admin })).data!.users.totalCount as number;
    const all = await total({});
    expect(all).toBe(20); // the demo logins: admin.ri, 2 per province, 5 per regency
    expect(await total({ role: 'officer' })).toBe(3);
    expect(await total({ commissionId: 'kpu-35.26' })).toBe(5);
    expect(await total({ commissionId: 'kpu-35' })).toBe(2 + 5 + 5);
    expect(await total({ text: 'EXAMINER1' })).toBe(3);
    expect((await total({ active: true })) + (await total({ active: false }))).toBe(all);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = (
        await t.gql(USERS, { first: 4, sort: 'usernameDesc', ...(after ? { after } : {}) }, { token: admin })
      ).data!.users;
      seen.push(...page.nodes.map((node: Json) => node.username));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toHaveLength(all);
    expect(seen).toEqual([...seen].sort().reverse());
  });
});

describe('creating a user', () => {
  it('creates an account that signs in with its password, audited without the hash', async () => {
    const user = await createUser({ username: '  Analis.Jatim ', role: 'analyst', commissionId: 'kpu-35' });
    expect(user).toMatchObject({
      username: 'analis.jatim',
      role: 'analyst',
      active: true,
      version: 1,
      commission: { id: 'kpu-35', level: 'provincial' },
    });
    const [me] = await meWith(await tokenOf('analis.jatim'));
    expect(me.data.me).toEqual({ username: 'analis.jatim', role: 'analyst', commission: { id: 'kpu-35' } });
    const rows = await t.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; after: string }[]>(
        "select action, after from audit_event where entity_type = 'user' and entity_id = ?",
        [user.id],
      );
    expect(rows.map((row: { action: string }) => row.action)).toEqual(['userCreated']);
    expect(rows[0]!.after).not.toMatch(/scrypt|password/i);
  });

  it.each([
    [{ password: 'short-11-ch' }, 'PASSWORD_TOO_SHORT', { minLength: 12 }],
    [
      { role: 'nationalAdmin', commissionId: 'kpu-35' },
      'ROLE_NOT_AT_COMMISSION_LEVEL',
      { role: 'nationalAdmin', level: 'provincial', allowedLevels: ['national'] },
    ],
    [
      { role: 'provincialSupervisor', commissionId: 'kpu-35.26' },
      'ROLE_NOT_AT_COMMISSION_LEVEL',
      { allowedLevels: ['provincial'] },
    ],
    [
      { role: 'officer', commissionId: 'kpu-ri' },
      'ROLE_NOT_AT_COMMISSION_LEVEL',
      { level: 'national', allowedLevels: ['regency'] },
    ],
    [
      { role: 'examiner', commissionId: 'kip-11' },
      'ROLE_NOT_AT_COMMISSION_LEVEL',
      { allowedLevels: ['regency'] },
    ],
    [{ username: 'a b' }, 'USERNAME_INVALID', {}],
    [{ username: 'officer.35.26' }, 'USERNAME_TAKEN', {}],
    [{ commissionId: 'no-such-commission' }, 'NOT_FOUND', {}],
    [{ personId: 'no-such-person' }, 'BAD_USER_INPUT', { field: 'personId' }],
  ])('refuses %j with %s', async (overrides, code, details) => {
    const before = (await t.gql(USERS, { first: 1 }, { token: admin })).data!.users.totalCount;
    const result = await t.gql(
      CREATE,
      {
        input: {
          username: 'refused.user',
          displayName: 'X',
          role: 'analyst',
          commissionId: 'kpu-35',
          password: PASSWORD,
          ...overrides,
        },
      },
      { token: admin },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, ...details });
    expect((await t.gql(USERS, { first: 1 }, { token: admin })).data!.users.totalCount).toBe(before);
  });

  it.each([
    ['nationalAdmin', 'kpu-ri'],
    ['provincialSupervisor', 'kip-11'],
    ['commissioner', 'kpu-35.28'],
    ['officer', 'kip-11.71'],
    ['examiner', 'kpu-35.26'],
    ['analyst', 'kpu-ri'],
    ['analyst', 'kpu-35.26'],
  ])('lets a %s sit at %s', async (role, commissionId) => {
    expect(await createUser({ role, commissionId })).toMatchObject({ role, commissionId });
  });
});

describe('changing a user', () => {
  it('deactivates a user: no sign-in, and their tokens stop at the next request on every instance', async () => {
    const user = await createUser({ role: 'officer', commissionId: 'kpu-35.26' });
    const token = await tokenOf(user.username);
    expect((await meWith(token)).map((answer) => answer.data?.me?.username)).toEqual([
      user.username,
      user.username,
    ]);

    const result = await t.gql(UPDATE, { id: user.id, v: 1, active: false }, { token: admin });
    expect(result.data!.updateUser).toMatchObject({ active: false, version: 2 });
    await expectRefusedEverywhere(token);
    expect((await login(user.username, PASSWORD)).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');

    // Back on: a new sign-in works, the token from before the deactivation stays dead.
    await t.gql(UPDATE, { id: user.id, v: 2, active: true }, { token: admin });
    const fresh = await tokenOf(user.username);
    expect((await meWith(fresh))[1].data.me.username).toBe(user.username);
    expect((await meWith(token))[0].errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('applies a new role and commission to the tokens already issued', async () => {
    const user = await createUser({ role: 'analyst', commissionId: 'kpu-35' });
    const token = await tokenOf(user.username);
    const cases = async () =>
      (await t.gql('{ cases(first: 1) { totalCount } }', {}, { token })).data!.cases.totalCount as number;
    const jatim = await cases();
    const moved = await t.gql(
      UPDATE,
      { id: user.id, v: 1, commissionId: 'kip-11', role: 'provincialSupervisor' },
      { token: admin },
    );
    expect(moved.data!.updateUser).toMatchObject({
      role: 'provincialSupervisor',
      commissionId: 'kip-11',
      version: 2,
    });
    const [me] = await meWith(token);
    expect(me.data.me).toMatchObject({ role: 'provincialSupervisor', commission: { id: 'kip-11' } });
    expect(await cases()).toBe(21 - jatim);
  });

  it('refuses a role the new commission level does not allow, a blank name and a stale version', async () => {
    const user = await createUser({ role: 'officer', commissionId: 'kpu-35.26' });
    const level = await t.gql(UPDATE, { id: user.id, v: 1, commissionId: 'kpu-35' }, { token: admin });
    expect(level.errors?.[0]?.extensions).toMatchObject({
      code: 'ROLE_NOT_AT_COMMISSION_LEVEL',
      role: 'officer',
      level: 'provincial',
    });
    const blank = await t.gql(UPDATE, { id: user.id, v: 1, displayName: '  ' }, { token: admin });
    expect(blank.errors?.[0]?.extensions?.code).toBe('DISPLAY_NAME_MISSING');
    await t.gql(UPDATE, { id: user.id, v: 1, displayName: 'Petugas Baru' }, { token: admin });
    const stale = await t.gql(UPDATE, { id: user.id, v: 1, displayName: 'Lagi' }, { token: admin });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const unknown = await t.gql(UPDATE, { id: 'user-nobody', v: 1, displayName: 'X' }, { token: admin });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses the administrator deactivating or demoting themselves, but not another administrator', async () => {
    const self = await t.gql(UPDATE, { id: 'user-admin.ri', v: 1, active: false }, { token: admin });
    expect(self.errors?.[0]?.extensions?.code).toBe('SELF_DEACTIVATION_REFUSED');
    const demoted = await t.gql(UPDATE, { id: 'user-admin.ri', v: 1, role: 'analyst' }, { token: admin });
    expect(demoted.errors?.[0]?.extensions?.code).toBe('SELF_DEMOTION_REFUSED');
    const renamed = await t.gql(
      UPDATE,
      { id: 'user-admin.ri', v: 1, displayName: 'Admin KPU RI' },
      { token: admin },
    );
    expect(renamed.errors).toBeUndefined();
    const other = await createUser({ role: 'nationalAdmin', commissionId: 'kpu-ri' });
    const otherToken = await tokenOf(other.username);
    const byOther = await t.gql(
      UPDATE,
      { id: 'user-admin.ri', v: renamed.data!.updateUser.version, role: 'analyst' },
      { token: otherToken },
    );
    expect(byOther.data!.updateUser).toMatchObject({ role: 'analyst' });
    // Demoted: the very next request of admin.ri is an analyst's.
    expect((await t.gql(USERS, { first: 1 }, { token: admin })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    await t.gql(
      UPDATE,
      { id: 'user-admin.ri', v: byOther.data!.updateUser.version, role: 'nationalAdmin' },
      { token: otherToken },
    );
    expect((await t.gql(USERS, { first: 1 }, { token: admin })).errors).toBeUndefined();
  });
});

describe('the password policy', () => {
  it.each([
    ['staf.jatim-rahasia', 'containsUsername'],
    ['aaaaaaaaaaaaaaaa', 'repetitive'],
    ['123456789012', 'sequence'],
    ['qwertyuiopasdf', 'sequence'],
    ['iloveyou12345', 'common'],
    ['Password1234', 'common'],
    ['sunshine!!!!2024', 'common'],
  ])('refuses creating an account with %j (WEAK_PASSWORD, %s), labelled', async (password, reason) => {
    const result = await t.gql(
      CREATE,
      {
        input: {
          username: 'staf.jatim',
          displayName: 'X',
          role: 'analyst',
          commissionId: 'kpu-35',
          password,
        },
      },
      { token: admin },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'WEAK_PASSWORD', reason });
    expect(result.errors?.[0]?.message).toBe(MESSAGE_LABELS.WEAK_PASSWORD!.en);
    expect(LABELS.weakPasswordReason[reason as WeakPasswordReason].id).not.toBe('');
    expect((await login('staf.jatim', password)).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses resetting to a weak password, and keeps the old one working', async () => {
    const user = await createUser({ role: 'officer', commissionId: 'kpu-35.26' });
    for (const [password, reason] of [
      [`${user.username}-baru`, 'containsUsername'],
      ['football1234', 'common'],
      ['987654321098', 'sequence'],
    ] as const) {
      const refused = await t.gql(RESET, { id: user.id, v: 1, password }, { token: admin });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'WEAK_PASSWORD', reason });
    }
    expect((await login(user.username, PASSWORD)).errors).toBeUndefined();
  });
});

describe('resetting a password', () => {
  it('refuses a stale version with CONFLICT and leaves the password as it was', async () => {
    const user = await createUser({ role: 'officer', commissionId: 'kpu-35.26' });
    await t.gql(UPDATE, { id: user.id, v: 1, displayName: 'Petugas Sampang' }, { token: admin });
    const stale = await t.gql(
      RESET,
      { id: user.id, v: 1, password: 'another-long-passphrase' },
      { token: admin },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await login(user.username, PASSWORD)).errors).toBeUndefined();
    expect((await login(user.username, 'another-long-passphrase')).errors?.[0]?.extensions?.code).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('refuses a change or a reset that names no version', async () => {
    for (const document of [
      'mutation { updateUser(id: "user-officer.35.26", displayName: "X") { id } }',
      'mutation { resetUserPassword(id: "user-officer.35.26", newPassword: "another-long-passphrase") { id } }',
    ]) {
      const result = await t.gql(document, {}, { token: admin });
      expect(result.errors?.[0]?.extensions?.code, document).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('sets a new password and ends the sessions of the old one', async () => {
    const user = await createUser({ role: 'examiner', commissionId: 'kpu-35.26' });
    const token = await tokenOf(user.username);
    // Both instances have the session in hand before the reset.
    expect((await meWith(token)).map((answer) => answer.data?.me?.username)).toEqual([
      user.username,
      user.username,
    ]);
    const short = await t.gql(RESET, { id: user.id, v: 1, password: 'too-short' }, { token: admin });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'PASSWORD_TOO_SHORT', minLength: 12 });
    const reset = await t.gql(
      RESET,
      { id: user.id, v: 1, password: 'another-long-passphrase' },
      { token: admin },
    );
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetUserPassword.version).toBe(2);
    await expectRefusedEverywhere(token);
    expect((await login(user.username, PASSWORD)).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await meWith(await tokenOf(user.username, 'another-long-passphrase')))[0].data.me.username).toBe(
      user.username,
    );
  });
});
