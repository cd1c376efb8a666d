// Conflict-of-interest declarations through GraphQL: validated by the domain (its codes in
// extensions.code), versioned, published and withdrawn by the officers of the forming commission,
// listed with filters inside the jurisdiction, and counted by the examination-team check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, command, personIdOf } from './fixtures.js';
import { startTestServer, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let membershipId: string;
let declarerId: string;
beforeAll(async () => {
  t = await startTestServer();
  membershipId = await activeMember(t, await t.login('officer.35.26'), 'ppk-35.26.02');
  const read = await t.gql(
    'query ($id: ID!) { membership(id: $id) { person { id } } }',
    { id: membershipId },
    { token: await t.login('officer.35.26') },
  );
  declarerId = read.data!.membership.person.id;
});
afterAll(async () => {
  await t?.stop();
});

const FIELDS = `id version membershipId relativeName relativePersonId relation relativeRole declaredAt published
  publishedUrl withdrawn withdrawnAt withdrawalReason person { id nik personalDataMasked } membership { id body { id } }`;
const DECLARE = `mutation ($input: DeclareConflictInput!) { declareConflict(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $changes: ConflictDeclarationChanges!) {
  updateConflictDeclaration(id: $id, expectedVersion: $v, changes: $changes) { ${FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!, $v: Int!, $published: Boolean!, $url: String) {
  publishConflictDeclaration(id: $id, expectedVersion: $v, published: $published, publishedUrl: $url) { ${FIELDS} } }`;
const PUBLISH_KEEPING_URL = `mutation ($id: ID!, $v: Int!, $published: Boolean!) {
  publishConflictDeclaration(id: $id, expectedVersion: $v, published: $published) { ${FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!, $v: Int!, $reason: String!) {
  withdrawConflictDeclaration(id: $id, expectedVersion: $v, reason: $reason) { ${FIELDS} } }`;
const LIST = `query ($filter: ConflictDeclarationFilter, $sort: DeclarationSort, $first: Int, $after: String) {
  conflictDeclarations(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id declaredAt published withdrawn person { nik } } } }`;

const declaration = (overrides: Record<string, unknown> = {}) => ({
  membershipId,
  relativeName: 'H. Abdul Karim',
  relation: 'sibling',
  relativeRole: 'regencyDprdCandidate',
  declaredAt: '2024-01-10T02:00:00.000Z',
  ...overrides,
});

async function as(username: string, query: string, variables: Record<string, unknown>) {
  return t.gql(query, variables, { token: await t.login(username) });
}

async function declare(overrides: Record<string, unknown> = {}, username = 'officer.35.26') {
  const result = await as(username, DECLARE, { input: declaration(overrides) });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.declareConflict;
}

const storedDeclarations = async () => {
  const [row] = await t.orm.em
    .fork()
    .getConnection()
    .execute<{ n: number | string }[]>('select count(*) as n from conflict_declaration');
  return Number(row!.n);
};

const auditActions = async (id: string) =>
  (
    await t.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string }[]>(
        "select action from audit_event where entity_type = 'conflictDeclaration' and entity_id = ? order by seq",
        [id],
      )
  ).map((row: { action: string }) => row.action);

describe('declaring', () => {
  it('records a declaration with its audit row, at version 1, unpublished', async () => {
    const declared = await declare({ relativeName: '  H. Abdul Karim  ' });
    expect(declared).toMatchObject({
      version: 1,
      membershipId,
      relativeName: 'H. Abdul Karim',
      relation: 'sibling',
      relativeRole: 'regencyDprdCandidate',
      published: false,
      publishedUrl: null,
      withdrawn: false,
      person: { id: declarerId, personalDataMasked: false },
      membership: { id: membershipId, body: { id: 'ppk-35.26.02' } },
    });
    expect(await auditActions(declared.id)).toEqual(['conflictDeclared']);
  });

  it.each([
    [{ relativeName: '   ' }, 'RELATIVE_NAME_MISSING', ['RELATIVE_NAME_MISSING']],
    [{ published: true }, 'PUBLISHED_URL_MISSING', ['PUBLISHED_URL_MISSING']],
    [{ publishedUrl: 'kpu bangkalan' }, 'PUBLISHED_URL_INVALID', ['PUBLISHED_URL_INVALID']],
    [
      { relativeName: '', published: true, publishedUrl: 'ftp://x' },
      'RELATIVE_NAME_MISSING',
      ['RELATIVE_NAME_MISSING', 'PUBLISHED_URL_INVALID'],
    ],
  ])('refuses %j with %s, listing every error, and stores nothing', async (overrides, code, codes) => {
    const before = await storedDeclarations();
    const result = await as('officer.35.26', DECLARE, { input: declaration(overrides) });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors![0]!.extensions!.errors.map((error: Json) => error.code)).toEqual(codes);
    expect(await storedDeclarations()).toBe(before);
  });

  it('links the relative’s person record when given, and unlinks it on request', async () => {
    const relative = await activeMember(t, await t.login('officer.35.26'), 'ppk-35.26.01');
    const read = await as('officer.35.26', 'query ($id: ID!) { membership(id: $id) { person { id } } }', {
      id: relative,
    });
    const relativePersonId = read.data!.membership.person.id;
    const declared = await declare({ relativePersonId });
    expect(declared.relativePersonId).toBe(relativePersonId);
    const unlinked = await as('officer.35.26', UPDATE, {
      id: declared.id,
      v: 1,
      changes: { relativePersonId: null },
    });
    expect(unlinked.data!.updateConflictDeclaration).toMatchObject({ version: 2, relativePersonId: null });
  });

  it('refuses a declarer named as their own relative with RELATIVE_IS_DECLARER', async () => {
    const result = await as('officer.35.26', DECLARE, {
      input: declaration({ relativePersonId: declarerId }),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('RELATIVE_IS_DECLARER');
  });

  it('refuses an unknown relative person and an unknown relation', async () => {
    const unknown = await as('officer.35.26', DECLARE, {
      input: declaration({ relativePersonId: 'no-such-person' }),
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'relativePersonId',
    });
    const relation = await as('officer.35.26', DECLARE, { input: declaration({ relation: 'cousin' }) });
    expect(relation.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('publishing, changing and withdrawing', () => {
  it('toggles publication with a link, and refuses a stale version with CONFLICT', async () => {
    const declared = await declare();
    const url = 'https://kab-bangkalan.kpu.go.id/pengumuman/hubungan-keluarga';
    const missing = await as('officer.35.26', PUBLISH, { id: declared.id, v: 1, published: true });
    expect(missing.errors?.[0]?.extensions?.code).toBe('PUBLISHED_URL_MISSING');
    const published = (await as('officer.35.26', PUBLISH, { id: declared.id, v: 1, published: true, url }))
      .data!.publishConflictDeclaration;
    expect(published).toMatchObject({ version: 2, published: true, publishedUrl: url });
    const stale = await as('officer.35.26', PUBLISH, { id: declared.id, v: 1, published: false });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const hidden = (
      await as('officer.35.26', PUBLISH_KEEPING_URL, { id: declared.id, v: 2, published: false })
    ).data!.publishConflictDeclaration;
    expect(hidden).toMatchObject({ version: 3, published: false, publishedUrl: url });
    const again = (await as('officer.35.26', PUBLISH_KEEPING_URL, { id: declared.id, v: 3, published: true }))
      .data!.publishConflictDeclaration;
    expect(again).toMatchObject({ version: 4, published: true, publishedUrl: url });
    const cleared = await as('officer.35.26', PUBLISH, { id: declared.id, v: 4, published: true, url: null });
    expect(cleared.errors?.[0]?.extensions?.code).toBe('PUBLISHED_URL_MISSING');
    expect(await auditActions(declared.id)).toEqual([
      'conflictDeclared',
      'conflictDeclarationPublished',
      'conflictDeclarationUnpublished',
      'conflictDeclarationPublished',
    ]);
  });

  it('lets only one of two concurrent changes of the same version through', async () => {
    const declared = await declare();
    const url = 'https://kab-bangkalan.kpu.go.id/pengumuman';
    const results = await Promise.all([
      as('officer.35.26', PUBLISH, { id: declared.id, v: 1, published: true, url }),
      as('admin.ri', UPDATE, { id: declared.id, v: 1, changes: { relation: 'child' } }),
    ]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? null).sort();
    expect(codes).toEqual(['CONFLICT', null]);
    const current = await as('admin.ri', 'query ($id: ID!) { conflictDeclaration(id: $id) { version } }', {
      id: declared.id,
    });
    expect(current.data!.conflictDeclaration.version).toBe(2);
    expect(await auditActions(declared.id)).toHaveLength(2);
  });

  it('changes a declaration through the domain’s validation', async () => {
    const declared = await declare();
    const changed = await as('officer.35.26', UPDATE, {
      id: declared.id,
      v: 1,
      changes: { relation: 'spouse', relativeRole: 'campaignTeam' },
    });
    expect(changed.data!.updateConflictDeclaration).toMatchObject({
      version: 2,
      relation: 'spouse',
      relativeRole: 'campaignTeam',
      relativeName: 'H. Abdul Karim',
    });
    const blank = await as('officer.35.26', UPDATE, {
      id: declared.id,
      v: 2,
      changes: { relativeName: ' ' },
    });
    expect(blank.errors?.[0]?.extensions?.code).toBe('RELATIVE_NAME_MISSING');
    const stale = await as('officer.35.26', UPDATE, {
      id: declared.id,
      v: 1,
      changes: { relation: 'child' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('withdraws with a reason, keeps it on record, and refuses further changes with DECLARATION_WITHDRAWN', async () => {
    const declared = await declare();
    const noReason = await as('officer.35.26', WITHDRAW, { id: declared.id, v: 1, reason: '  ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const withdrawn = (
      await as('officer.35.26', WITHDRAW, { id: declared.id, v: 1, reason: 'Kerabat mundur dari pencalonan' })
    ).data!.withdrawConflictDeclaration;
    expect(withdrawn).toMatchObject({
      version: 2,
      withdrawn: true,
      withdrawnAt: expect.any(String),
      withdrawalReason: 'Kerabat mundur dari pencalonan',
    });
    for (const [query, variables] of [
      [UPDATE, { changes: { relation: 'child' } }],
      [PUBLISH, { published: true, url: 'https://kpu.go.id/x' }],
      [WITHDRAW, { reason: 'lagi' }],
    ] as const) {
      const refused = await as('officer.35.26', query, { id: declared.id, v: 2, ...variables });
      expect(refused.errors?.[0]?.extensions?.code).toBe('DECLARATION_WITHDRAWN');
    }
  });
});

describe('who may change and see declarations', () => {
  it.each([
    ['officer.35.26', null],
    ['admin.ri', null],
    ['commissioner.35.26', 'FORBIDDEN'],
    ['examiner1.35.26', 'FORBIDDEN'],
    ['supervisor.35', 'FORBIDDEN'],
    ['analyst.35', 'FORBIDDEN'],
    ['officer.35.28', 'NOT_FOUND'],
    ['officer.11.71', 'NOT_FOUND'],
  ])('declareConflict on a kpu-35.26 member as %s: %s', async (username, code) => {
    const result = await as(username, DECLARE, { input: declaration() });
    expect(result.errors?.[0]?.extensions?.code ?? null).toBe(code);
  });

  it.each([
    ['officer.35.26', null],
    ['admin.ri', null],
    ['commissioner.35.26', 'FORBIDDEN'],
    ['supervisor.35', 'FORBIDDEN'],
    ['analyst.35', 'FORBIDDEN'],
    ['officer.35.28', 'NOT_FOUND'],
    ['supervisor.11', 'FORBIDDEN'],
  ])('update, publish and withdraw as %s: %s', async (username, code) => {
    const declared = await declare();
    const results = [
      await as(username, UPDATE, { id: declared.id, v: 1, changes: { relation: 'parent' } }),
      await as(username, PUBLISH, {
        id: declared.id,
        v: code ? 1 : 2,
        published: true,
        url: 'https://kpu.go.id/a',
      }),
      await as(username, WITHDRAW, { id: declared.id, v: code ? 1 : 3, reason: 'Keliru dicatat' }),
    ];
    for (const result of results) expect(result.errors?.[0]?.extensions?.code ?? null).toBe(code);
  });

  it.each([
    ['officer.35.26', true, false],
    ['commissioner.35.26', true, false],
    ['supervisor.35', true, true],
    ['analyst.35', true, true],
    ['admin.ri', true, false],
    ['officer.35.28', false, false],
    ['supervisor.11', false, false],
  ])('lists them to %s: %s (NIK masked: %s)', async (username, visible, masked) => {
    const result = await as(username, LIST, { filter: { membershipId }, first: 100 });
    expect(result.errors).toBeUndefined();
    const list = result.data!.conflictDeclarations;
    expect(list.totalCount > 0).toBe(visible);
    for (const node of list.nodes) expect(node.person.nik === null).toBe(masked);
    const one = await as(username, 'query ($id: ID!) { conflictDeclaration(id: $id) { id } }', {
      id: (await declare()).id,
    });
    expect(one.data!.conflictDeclaration !== null).toBe(visible);
  });
});

describe('the list', () => {
  it('filters, counts and pages newest first without repeats', async () => {
    const other = await activeMember(t, await t.login('officer.35.26'), 'ppk-35.26.03');
    await declare({
      membershipId: other,
      relation: 'parent',
      relativeRole: 'dprCandidate',
      declaredAt: '2023-06-01T00:00:00.000Z',
    });
    const total = async (filter: Record<string, unknown>) =>
      (await as('admin.ri', LIST, { filter, first: 1 })).data!.conflictDeclarations.totalCount as number;
    const all = await total({});
    expect(all).toBe(await storedDeclarations());
    expect(await total({ membershipId: other })).toBe(1);
    expect(await total({ bodyId: 'ppk-35.26.03' })).toBe(1);
    expect(await total({ relation: 'parent', relativeRole: 'dprCandidate' })).toBeGreaterThanOrEqual(1);
    expect(await total({ personId: declarerId })).toBe(await total({ membershipId }));
    expect(await total({ commissionId: 'kpu-35' })).toBe(all);
    expect(await total({ commissionId: 'kip-11' })).toBe(0);
    expect((await total({ published: true })) + (await total({ published: false }))).toBe(all);
    expect((await total({ withdrawn: true })) + (await total({ withdrawn: false }))).toBe(all);
    expect(await total({ withdrawn: true })).toBeGreaterThan(0);

    const seen: Json[] = [];
    let after: string | undefined;
    do {
      const page = (await as('admin.ri', LIST, { first: 3, ...(after ? { after } : {}) })).data!
        .conflictDeclarations;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(new Set(seen.map((node) => node.id)).size).toBe(all);
    const times = seen.map((node) => Date.parse(node.declaredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const oldest = (await as('admin.ri', LIST, { first: 1, sort: 'declaredAtAsc' })).data!
      .conflictDeclarations.nodes[0];
    expect(oldest.declaredAt).toBe('2023-06-01T00:00:00.000Z');
  });
});

describe('the examination-team check', () => {
  it('refuses an examiner who declared a respondent as a relative, and lets the team form once the declaration is withdrawn', async () => {
    // case-demo-006 is in clarification at kip-11.71; the proposed chair is a member of another body there.
    const officer = await t.login('officer.11.71');
    const commissioner = await t.login('commissioner.11.71');
    const read = await t.gql(
      '{ case(id: "case-demo-006") { status version respondents { name bodyId } } }',
      {},
      { token: officer },
    );
    const ethicsCase = read.data!.case;
    expect(ethicsCase.status).toBe('clarification');
    const bodies = await t.gql(
      '{ bodies(first: 100, filter: { types: [ppk] }) { nodes { id } } }',
      {},
      { token: officer },
    );
    const otherBody = bodies
      .data!.bodies.nodes.map((node: Json) => node.id)
      .find((id: string) => id !== ethicsCase.respondents[0].bodyId);
    const chairMembership = await activeMember(t, officer, otherBody);
    const chair = await t.gql(
      'query ($id: ID!) { membership(id: $id) { person { id } } }',
      { id: chairMembership },
      { token: officer },
    );
    const chairPersonId = chair.data!.membership.person.id;
    const memberPersonIds = await Promise.all(
      ['examiner2.11.71', 'examiner3.11.71'].map((u) => personIdOf(t, u)),
    );

    const declared = await as('officer.11.71', DECLARE, {
      input: declaration({
        membershipId: chairMembership,
        relativeName: ethicsCase.respondents[0].name,
        relativeRole: 'campaignTeam',
      }),
    });
    expect(declared.errors).toBeUndefined();
    const form = (version: number) =>
      command(
        t,
        commissioner,
        'formExaminationTeam',
        { caseId: 'case-demo-006', expectedVersion: version, chairPersonId, memberPersonIds },
        { chairPersonId: 'ID!', memberPersonIds: '[ID!]!' },
      );
    const refused = await form(ethicsCase.version);
    expect(refused.code).toBe('CONFLICT_OF_INTEREST');
    expect(refused.error.extensions.violations).toContainEqual(
      expect.objectContaining({
        code: 'TEAM_MEMBER_RELATED_TO_PARTY',
        personId: chairPersonId,
        relation: 'sibling',
      }),
    );

    const withdrawn = await as('officer.11.71', WITHDRAW, {
      id: declared.data!.declareConflict.id,
      v: 1,
      reason: 'Bukan kerabat: salah orang',
    });
    expect(withdrawn.errors).toBeUndefined();
    const formed = await form(ethicsCase.version);
    expect(formed.error).toBeUndefined();
    expect(formed.ethicsCase.status).toBe('examination');
  });
});
