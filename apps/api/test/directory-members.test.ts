// The members directory through GraphQL: search, filters and paging with totalCount, jurisdiction,
// masking, and a person's history — status changes written by a case's dismissal, the replacement's
// links, the outcomes decided for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

const countOf = async (sql: string, params: unknown[] = []): Promise<number> => {
  const [row] = await t.orm.em.fork().getConnection().execute<{ n: number | string }[]>(sql, params);
  return Number(row!.n);
};

const MEMBERS = `query ($filter: MemberFilter, $sort: MemberSort, $first: Int, $after: String) {
  members(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor }
    nodes { id status position selectionRank person { id name nik address phone personalDataMasked }
      body { id type name regionCode commissionId } }
  }
}`;

async function members(username: string, variables: Record<string, unknown> = {}) {
  const result = await t.gql(MEMBERS, { first: 100, ...variables }, { token: await t.login(username) });
  expect(result.errors).toBeUndefined();
  return result.data!.members;
}

const totalOf = async (username: string, filter: Record<string, unknown>) =>
  (await members(username, { filter, first: 1 })).totalCount as number;

describe('members', () => {
  it('lists every membership of the bodies the caller’s commission formed, counted and paged without repeats', async () => {
    const expected = await countOf(
      "select count(*) as n from membership m join adhoc_body b on b.id = m.body_id where b.commission_id = 'kpu-35.26'",
    );
    expect(expected).toBeGreaterThan(50);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await members('officer.35.26', { first: 17, ...(after ? { after } : {}) });
      expect(page.totalCount).toBe(expected);
      expect(page.edges.at(-1)?.cursor ?? null).toBe(page.pageInfo.endCursor);
      seen.push(...page.nodes.map((node: Json) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      pages += 1;
    } while (after);
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
    expect(pages).toBe(Math.ceil(expected / 17));
  });

  it('sorts by name both ways, and by body then selection rank', async () => {
    const names = (page: Json) => page.nodes.map((node: Json) => node.person.name as string);
    const ascending = names(await members('officer.35.26', { filter: { bodyTypes: ['ppk'] } }));
    const descending = names(
      await members('officer.35.26', { filter: { bodyTypes: ['ppk'] }, sort: 'nameDesc' }),
    );
    expect(descending).toEqual([...ascending].reverse());
    expect(ascending).toEqual([...ascending].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byBody = (await members('officer.35.26', { filter: { bodyId: 'ppk-35.26.01' }, sort: 'bodyAsc' }))
      .nodes;
    expect(byBody.map((node: Json) => node.selectionRank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('filters by body type, body, status, position, and commission and region with everything under them', async () => {
    const ppk = await totalOf('admin.ri', { bodyTypes: ['ppk'] });
    expect(ppk).toBe(
      await countOf(
        "select count(*) as n from membership m join adhoc_body b on b.id = m.body_id where b.type = 'ppk'",
      ),
    );
    expect(await totalOf('admin.ri', { bodyId: 'ppk-35.26.01' })).toBe(7);
    expect(await totalOf('admin.ri', { bodyId: 'ppk-35.26.01', statuses: ['candidate'] })).toBe(2);
    expect(await totalOf('admin.ri', { bodyId: 'ppk-35.26.01', positions: ['chair'] })).toBe(1);
    const bangkalan = await totalOf('admin.ri', { commissionId: 'kpu-35.26' });
    const pamekasan = await totalOf('admin.ri', { commissionId: 'kpu-35.28' });
    expect(await totalOf('admin.ri', { commissionId: 'kpu-35' })).toBe(bangkalan + pamekasan);
    expect(await totalOf('admin.ri', { commissionId: 'no-such-commission' })).toBe(0);
    // A district: its PPK and the PPS and KPPS of its villages.
    const district = await totalOf('admin.ri', { regionCode: '35.26.01' });
    expect(district).toBe(
      await countOf(
        "select count(*) as n from membership m join adhoc_body b on b.id = m.body_id where b.region_code = '35.26.01' or b.region_code like '35.26.01.%'",
      ),
    );
    expect(await totalOf('admin.ri', { regionCode: '35.26' })).toBe(bangkalan);
    expect(await totalOf('admin.ri', { regionCode: '35' })).toBe(bangkalan + pamekasan);
    expect(await totalOf('admin.ri', { regionCode: '35.26.01', bodyTypes: ['ppk'] })).toBe(7);
  });

  it('finds people by part of their name in any case, and takes wildcards literally', async () => {
    const sample = (await members('officer.35.26', { first: 1 })).nodes[0].person.name as string;
    const part = sample.split(' ')[1]!.slice(1, 5);
    const found = await members('officer.35.26', { filter: { text: part.toUpperCase() } });
    expect(found.totalCount).toBeGreaterThan(0);
    for (const node of found.nodes) expect(node.person.name.toLowerCase()).toContain(part.toLowerCase());
    expect(await totalOf('officer.35.26', { text: '%' })).toBe(0);
    expect(await totalOf('officer.35.26', { text: '_' })).toBe(0);
  });

  it('finds a person by the start of their NIK only for roles that may see NIKs', async () => {
    const node = (await members('officer.35.26', { first: 1 })).nodes[0];
    const prefix = (node.person.nik as string).slice(0, 12);
    const expected = await countOf(
      "select count(*) as n from membership m join person p on p.id = m.person_id join adhoc_body b on b.id = m.body_id join commission c on c.id = b.commission_id where p.nik like ? and c.path like '/kpu-ri/kpu-35/%'",
      [`${prefix}%`],
    );
    expect(expected).toBeGreaterThan(0);
    expect(await totalOf('supervisor.35', { text: prefix })).toBe(0);
    expect(await totalOf('analyst.35', { text: prefix })).toBe(0);
    expect(await totalOf('admin.ri', { text: prefix, commissionId: 'kpu-35' })).toBe(expected);
    expect(
      (await members('officer.35.26', { filter: { text: node.person.nik } })).nodes.map((n: Json) => n.id),
    ).toContain(node.id);
  });

  it.each([
    ['analyst.35', true],
    ['supervisor.35', true],
    ['officer.35.26', false],
    ['commissioner.35.26', false],
    ['examiner1.35.26', false],
    ['admin.ri', false],
  ])('masks NIK, address and phone for %s: %s', async (username, masked) => {
    const page = await members(username, { filter: { bodyId: 'ppk-35.26.01' } });
    expect(page.nodes).toHaveLength(7);
    for (const node of page.nodes) {
      expect(node.person.name).toEqual(expect.any(String));
      expect(node.person.personalDataMasked).toBe(masked);
      expect(node.person.nik === null).toBe(masked);
      expect(node.person.address === null).toBe(masked);
      expect(node.person.phone === null).toBe(masked);
    }
  });

  it.each([
    ['officer.35.26', 'ppk-35.26.01', 7],
    ['officer.35.28', 'ppk-35.26.01', 0],
    ['supervisor.35', 'ppk-35.26.01', 7],
    ['supervisor.11', 'ppk-35.26.01', 0],
    ['analyst.11', 'ppk-35.26.01', 0],
    ['examiner1.35.26', 'ppk-35.26.01', 7],
  ])('gives %s the members of %s only inside their jurisdiction (%i)', async (username, bodyId, count) => {
    expect(await totalOf(username, { bodyId })).toBe(count);
  });

  it('refuses a page larger than 100 and a forged cursor', async () => {
    const token = await t.login('officer.35.26');
    const big = await t.gql(MEMBERS, { first: 101 }, { token });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    for (const after of [
      'nonsense',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('["a"]').toString('base64url'),
    ]) {
      const forged = await t.gql(MEMBERS, { after }, { token });
      expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('one membership and one person', () => {
  it('shows a membership and a person inside the jurisdiction, and null outside it', async () => {
    const node = (await members('officer.35.26', { filter: { bodyId: 'ppk-35.26.01' }, first: 1 })).nodes[0];
    const query = 'query ($m: ID!, $p: ID!) { membership(id: $m) { id } person(id: $p) { id name } }';
    for (const [username, visible] of [
      ['officer.35.26', true],
      ['supervisor.35', true],
      ['admin.ri', true],
      ['officer.35.28', false],
      ['supervisor.11', false],
    ] as const) {
      const result = await t.gql(
        query,
        { m: node.id, p: node.person.id },
        { token: await t.login(username) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.membership !== null, username).toBe(visible);
      expect(result.data!.person !== null, username).toBe(visible);
    }
  });

  it('shows an examiner’s person record to their commission, not to another', async () => {
    const me = await t.gql('{ me { personId } }', {}, { token: await t.login('examiner1.35.26') });
    const personId = me.data!.me.personId as string;
    const query = 'query ($p: ID!) { person(id: $p) { id memberships { id } } }';
    const own = await t.gql(query, { p: personId }, { token: await t.login('officer.35.26') });
    expect(own.data!.person).toEqual({ id: personId, memberships: [] });
    const other = await t.gql(query, { p: personId }, { token: await t.login('officer.35.28') });
    expect(other.data!.person).toBeNull();
  });
});

const HISTORY = `query ($id: ID!) { person(id: $id) {
  name nik personalDataMasked
  memberships { id status body { id }
    statusHistory { at reason fromStatus toStatus reference caseId }
    replaces { id } replacedBy { id status } }
  respondentCases { membershipId ethicsCase { id status } outcome { outcome finding } decidedAt decidedBy }
} }`;

describe('a member’s history', () => {
  it('records the suspension on the plenary decision and the dismissal on the decree, with the case, and shows the outcome', async () => {
    const commissioner = await t.login('commissioner.35.28');
    const read = await t.gql(
      '{ case(id: "case-demo-008") { status version respondents { membershipId personId bodyId } } }',
      {},
      { token: commissioner },
    );
    const ethicsCase = read.data!.case;
    expect(ethicsCase.status).toBe('awaitingPlenary');
    const respondent = ethicsCase.respondents[0];
    const before = await countOf('select count(*) as n from membership_status_change where case_id = ?', [
      'case-demo-008',
    ]);
    expect(before).toBe(0);

    const decided = await command(
      t,
      commissioner,
      'recordPlenaryDecision',
      {
        caseId: 'case-demo-008',
        expectedVersion: ethicsCase.version,
        plenary: { heldAt: '2024-04-14T01:00:00.000Z', commissionersPresent: 5, commissionSize: 5 },
        outcomes: [
          {
            membershipId: respondent.membershipId,
            finding: 'proven',
            outcome: 'permanentDismissal',
            principlesViolated: ['honest'],
          },
        ],
      },
      { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!' },
    );
    expect(decided.error).toBeUndefined();
    const decree = await command(
      t,
      commissioner,
      'issueDecree',
      {
        caseId: 'case-demo-008',
        expectedVersion: decided.ethicsCase.version,
        decreeNumber: 'SK-08/2024',
        signedAt: '2024-04-14T05:00:00.000Z',
      },
      { decreeNumber: 'String!', signedAt: 'DateTimeISO!' },
    );
    expect(decree.error).toBeUndefined();

    const history = await t.gql(
      HISTORY,
      { id: respondent.personId },
      { token: await t.login('officer.35.28') },
    );
    expect(history.errors).toBeUndefined();
    const membership = history.data!.person.memberships.find((m: Json) => m.id === respondent.membershipId);
    expect(membership.status).toBe('dismissed');
    expect(membership.statusHistory).toEqual([
      expect.objectContaining({
        reason: 'appoint',
        fromStatus: 'candidate',
        toStatus: 'active',
        caseId: null,
      }),
      {
        at: TEST_NOW.toISOString(),
        reason: 'suspend',
        fromStatus: 'active',
        toStatus: 'temporarilyDismissed',
        reference: 'case:case-demo-008',
        caseId: 'case-demo-008',
      },
      {
        at: TEST_NOW.toISOString(),
        reason: 'dismiss',
        fromStatus: 'temporarilyDismissed',
        toStatus: 'dismissed',
        reference: 'case:case-demo-008',
        caseId: 'case-demo-008',
      },
    ]);
    expect(history.data!.person.respondentCases).toContainEqual({
      membershipId: respondent.membershipId,
      ethicsCase: { id: 'case-demo-008', status: 'decreeIssued' },
      outcome: { outcome: 'permanentDismissal', finding: 'proven' },
      decidedAt: TEST_NOW.toISOString(),
      decidedBy: 'commission',
    });
    // The vacated seat counts until a replacement fills it.
    const body = await t.gql(
      'query ($id: ID!) { adhocBody(id: $id) { vacancies memberCounts { status count } } }',
      { id: respondent.bodyId },
      { token: await t.login('officer.35.28') },
    );
    expect(body.data!.adhocBody.vacancies).toBe(1);
    expect(body.data!.adhocBody.memberCounts).toContainEqual({ status: 'dismissed', count: 1 });
  });

  it('links a replacement and the seat it filled, with the appointment in the new member’s history', async () => {
    // case-demo-014 closed on a permanent dismissal, its seat filled by the next-ranked candidate.
    const admin = await t.login('admin.ri');
    const read = await t.gql(
      '{ case(id: "case-demo-014") { status replacements { vacatedMembershipId replacementMembershipId } } }',
      {},
      { token: admin },
    );
    const [replacement] = read.data!.case.replacements;
    expect(read.data!.case.status).toBe('closed');
    const query = `query ($id: ID!) { membership(id: $id) { id status replacedBy { id status replaces { id }
      statusHistory { reason fromStatus toStatus caseId } } } }`;
    const vacated = await t.gql(query, { id: replacement.vacatedMembershipId }, { token: admin });
    expect(vacated.data!.membership).toMatchObject({
      status: 'dismissed',
      replacedBy: {
        id: replacement.replacementMembershipId,
        status: 'active',
        replaces: { id: replacement.vacatedMembershipId },
        statusHistory: [
          { reason: 'appoint', fromStatus: 'candidate', toStatus: 'active', caseId: 'case-demo-014' },
        ],
      },
    });
    const body = await t.gql(
      'query ($id: ID!) { membership(id: $id) { body { vacancies } } }',
      { id: replacement.vacatedMembershipId },
      { token: admin },
    );
    expect(body.data!.membership.body.vacancies).toBe(0);
  });

  it('masks the person for a provincial supervisor, and lists only the cases the caller may see', async () => {
    // The demo files case-demo-004 (awaiting correction), -010 (decree issued) and -016 (rejected) against
    // the same member of a kpu-35.26 PPK; only -010 reached an examination team.
    const admin = await t.login('admin.ri');
    const read = await t.gql(
      '{ case(id: "case-demo-010") { respondents { personId membershipId } } }',
      {},
      { token: admin },
    );
    const { personId, membershipId } = read.data!.case.respondents[0];
    const idsOf = (result: Json) => result.data!.person.respondentCases.map((c: Json) => c.ethicsCase.id);

    const supervisor = await t.gql(HISTORY, { id: personId }, { token: await t.login('supervisor.35') });
    expect(supervisor.data!.person).toMatchObject({ nik: null, personalDataMasked: true });
    expect(idsOf(supervisor)).toEqual(['case-demo-010', 'case-demo-004', 'case-demo-016']);
    expect(supervisor.data!.person.respondentCases).toEqual([
      {
        membershipId,
        ethicsCase: { id: 'case-demo-010', status: 'decreeIssued' },
        outcome: { outcome: 'finalStrongWarning', finding: 'proven' },
        decidedAt: expect.any(String),
        decidedBy: 'commission',
      },
      {
        membershipId,
        ethicsCase: { id: 'case-demo-004', status: 'awaitingCorrection' },
        outcome: null,
        decidedAt: null,
        decidedBy: null,
      },
      {
        membershipId,
        ethicsCase: { id: 'case-demo-016', status: 'rejected' },
        outcome: null,
        decidedAt: null,
        decidedBy: null,
      },
    ]);
    const officer = await t.gql(HISTORY, { id: personId }, { token: await t.login('officer.35.26') });
    expect(officer.data!.person).toMatchObject({ nik: expect.any(String), personalDataMasked: false });
    // An examiner sees only the cases whose examination team they sit on.
    expect(
      idsOf(await t.gql(HISTORY, { id: personId }, { token: await t.login('examiner1.35.26') })),
    ).toEqual(['case-demo-010']);
    expect(
      (await t.gql(HISTORY, { id: personId }, { token: await t.login('supervisor.11') })).data!.person,
    ).toBeNull();
  });
});
