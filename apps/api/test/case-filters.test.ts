// The case filters on stored columns (next_due_at, a respondent's outcome): the columns stay what the
// domain computes after every kind of command, and each filter answers what the domain says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillParticipantOutcomes, recomputeNextDueAt } from '../src/db/backfill/case-filter-columns.js';
import { isPostgres } from '../src/db/dialect.js';
import { activeMember, command, FILE_CASE, personIdOf, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let admin: string;
let officer: string;
let commissioner: string;
const earlier = (hours: number) => new Date(TEST_NOW.getTime() - hours * 3_600_000).toISOString();
const PENDING = ['running', 'dueSoon', 'overdue'];

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('admin.ri');
  officer = await t.login('officer.35.26');
  commissioner = await t.login('commissioner.35.26');
});
afterAll(async () => {
  await t?.stop();
});

interface DomainCase {
  id: string;
  status: string;
  commission: { id: string };
  deadlines: { key: string; state: string; dueAt: string }[];
  decision: {
    decidedBy: string;
    outcomes: { membershipId: string; outcome: string; principlesViolated: string[] }[];
  } | null;
  respondents: { membershipId: string }[];
  milestones: { milestone: string; at: string }[];
}

/** Every case as the domain shows it (deadlines at server time), through GraphQL as KPU RI. */
async function domainCases(token = admin): Promise<DomainCase[]> {
  const all: DomainCase[] = [];
  let after: string | null = null;
  do {
    const page: Json = await t.gql(
      `query ($after: String) { cases(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id status commission { id } deadlines { key state dueAt } decision { decidedBy outcomes { membershipId outcome principlesViolated } } respondents { membershipId } milestones { milestone at } }
      } }`,
      { after },
      { token },
    );
    expect(page.errors, JSON.stringify(page.errors)).toBeUndefined();
    all.push(...page.data.cases.nodes);
    after = page.data.cases.pageInfo.hasNextPage ? page.data.cases.pageInfo.endCursor : null;
  } while (after);
  return all;
}

const nextDueOf = (c: DomainCase): number | null => {
  const pending = c.deadlines.filter((d) => PENDING.includes(d.state)).map((d) => Date.parse(d.dueAt));
  return pending.length === 0 ? null : Math.min(...pending);
};

async function storedColumns() {
  const connection = t.orm.em.getConnection();
  const pg = isPostgres(t.orm.em.fork() as never);
  const cases = await connection.execute<{ id: string; next_due_ms: string | number | null }[]>(
    pg
      ? 'select id, (extract(epoch from next_due_at) * 1000)::bigint as next_due_ms from ethics_case'
      : 'select id, next_due_at as next_due_ms from ethics_case',
  );
  const respondents = await connection.execute<
    { ethics_case_id: string; membership_id: string; outcome: string | null }[]
  >(`select ethics_case_id, membership_id, outcome from case_participant where role = 'respondent'`);
  // The reporting projection (case-projection.ts), as "case/membership/principle/decided by" and
  // "case/milestone" → ISO instant.
  const violations = await connection.execute<Record<string, string>[]>(
    'select ethics_case_id, membership_id, principle, decided_by from respondent_principle_violated',
  );
  const milestones = await connection.execute<{ ethics_case_id: string; kind: string; at: unknown }[]>(
    'select ethics_case_id, kind, at from case_milestone',
  );
  return {
    violations: violations
      .map(
        (row: Record<string, string>) =>
          `${row.ethics_case_id}/${row.membership_id}/${row.principle}/${row.decided_by}`,
      )
      .sort(),
    milestones: new Map(
      milestones.map((row: { ethics_case_id: string; kind: string; at: unknown }) => [
        `${row.ethics_case_id}/${row.kind}`,
        new Date(row.at as string | number | Date).toISOString(),
      ]),
    ),
    nextDue: new Map(
      cases.map((row: { id: string; next_due_ms: string | number | null }) => [
        row.id,
        row.next_due_ms === null ? null : Number(row.next_due_ms),
      ]),
    ),
    outcomes: new Map(
      respondents.map((row: { ethics_case_id: string; membership_id: string; outcome: string | null }) => [
        `${row.ethics_case_id}/${row.membership_id}`,
        row.outcome,
      ]),
    ),
  };
}

/** The stored columns of every case equal what the domain computes from the case. */
async function expectColumnsRight(context: string): Promise<DomainCase[]> {
  const cases = await domainCases();
  const stored = await storedColumns();
  expect(stored.nextDue.size, context).toBe(cases.length);
  for (const c of cases) {
    expect(stored.nextDue.get(c.id), `${context}: next_due_at of ${c.id} (${c.status})`).toBe(nextDueOf(c));
    for (const respondent of c.respondents) {
      const decided = c.decision?.outcomes.find((o) => o.membershipId === respondent.membershipId);
      expect(
        stored.outcomes.get(`${c.id}/${respondent.membershipId}`),
        `${context}: outcome in ${c.id}`,
      ).toBe(decided?.outcome ?? null);
    }
    for (const { milestone, at } of c.milestones) {
      expect(stored.milestones.get(`${c.id}/${milestone}`), `${context}: ${milestone} of ${c.id}`).toBe(at);
    }
  }
  expect(stored.milestones.size, `${context}: milestone rows`).toBe(
    cases.reduce((sum, c) => sum + c.milestones.length, 0),
  );
  const decided = cases.flatMap((c) =>
    (c.decision?.outcomes ?? []).flatMap((o) =>
      o.principlesViolated.map((p) => `${c.id}/${o.membershipId}/${p}/${c.decision!.decidedBy}`),
    ),
  );
  expect(stored.violations, `${context}: principles violated`).toEqual(decided.sort());
  return cases;
}

const idsOf = async (filter: Record<string, unknown>, token = admin, sort?: string): Promise<string[]> => {
  const result: Json = await t.gql(
    'query ($f: CaseFilter, $s: CaseSort) { cases(first: 100, filter: $f, sort: $s) { totalCount nodes { id } } }',
    { f: filter, s: sort },
    { token },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data.cases.totalCount).toBe(result.data.cases.nodes.length);
  return result.data.cases.nodes.map((node: Json) => node.id as string);
};
const sorted = (ids: string[]) => [...ids].sort();
const codeOf = (result: Json) => result.errors?.[0]?.extensions?.code;

describe('the filter columns', () => {
  it('match the domain for every demo case, in every status', async () => {
    const cases = await expectColumnsRight('demo seed');
    expect(cases.some((c) => nextDueOf(c) === null)).toBe(true);
    expect(cases.some((c) => nextDueOf(c) !== null)).toBe(true);
    expect(cases.some((c) => c.decision !== null)).toBe(true);
  });

  it('stay right after every kind of command', async () => {
    const examiner = await t.login('examiner1.35.26');
    const file = async (bodyId: string) => {
      const respondent = await activeMember(t, officer, bodyId);
      const filed = await t.gql(
        FILE_CASE,
        { input: publicComplaint(respondent, earlier(72)) },
        { token: officer },
      );
      expect(filed.errors).toBeUndefined();
      await expectColumnsRight('fileCase');
      return { respondent, ethicsCase: filed.data!.fileCase.ethicsCase as Json };
    };
    const stepper =
      (state: { ethicsCase: Json }) =>
      async (
        token: string,
        mutation: string,
        args: Record<string, unknown> = {},
        types: Record<string, string> = {},
      ) => {
        const result = await command(
          t,
          token,
          mutation,
          { caseId: state.ethicsCase.id, expectedVersion: state.ethicsCase.version, ...args },
          types,
        );
        expect(result.error, `${mutation}: ${JSON.stringify(result.error)}`).toBeUndefined();
        state.ethicsCase = result.ethicsCase;
        await expectColumnsRight(mutation);
      };

    // The whole KPU-internal track, with a dismissal and its replacement.
    const main = await file('ppk-35.26.03');
    const step = stepper(main);
    await step(officer, 'startScreening');
    await step(officer, 'registerCase');
    await step(officer, 'startClarification');
    const team = await Promise.all(
      ['examiner1.35.26', 'examiner2.35.26', 'examiner3.35.26'].map((u) => personIdOf(t, u)),
    );
    await step(
      commissioner,
      'formExaminationTeam',
      { chairPersonId: team[0], memberPersonIds: team.slice(1) },
      { chairPersonId: 'ID!', memberPersonIds: '[ID!]!' },
    );
    await step(examiner, 'submitExaminationReport', { summary: 'Terbukti.' }, { summary: 'String!' });
    await step(
      commissioner,
      'recordPlenaryDecision',
      {
        plenary: { heldAt: earlier(2), commissionersPresent: 5, commissionSize: 5 },
        outcomes: [
          {
            membershipId: main.respondent,
            finding: 'proven',
            outcome: 'permanentDismissal',
            principlesViolated: ['honest'],
          },
        ],
      },
      { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!' },
    );
    expect(await idsOf({ outcomes: ['permanentDismissal'], ids: [main.ethicsCase.id] })).toEqual([
      main.ethicsCase.id,
    ]);
    await step(
      commissioner,
      'issueDecree',
      { decreeNumber: 'SK-99/2024', signedAt: earlier(1) },
      { decreeNumber: 'String!', signedAt: 'DateTimeISO!' },
    );
    for (const recipient of ['respondent', 'complainant', 'provincialCommission']) {
      await step(
        officer,
        'recordDelivery',
        { recipient, deliveredAt: earlier(1), channel: 'Surat' },
        { recipient: 'DeliveryRecipient!', deliveredAt: 'DateTimeISO!', channel: 'String!' },
      );
    }
    await step(officer, 'startReplacement');
    const reserves: Json = await t.gql(
      'query ($b: ID!) { memberships(bodyId: $b) { id status } }',
      { b: 'ppk-35.26.03' },
      { token: officer },
    );
    const reserve = reserves.data.memberships.find((m: Json) => m.status === 'candidate').id;
    await step(
      officer,
      'completeReplacement',
      {
        vacatedMembershipId: main.respondent,
        replacementMembershipId: reserve,
        method: 'nextRank',
        swornAt: earlier(1),
      },
      {
        vacatedMembershipId: 'ID!',
        replacementMembershipId: 'ID',
        method: 'ReplacementMethod!',
        swornAt: 'DateTimeISO!',
      },
    );
    expect(main.ethicsCase.status).toBe('closed');

    // A correction round trip, then the ways a case ends early.
    const corrected = await file('ppk-35.26.02');
    const correct = stepper(corrected);
    await correct(officer, 'startScreening');
    await correct(
      officer,
      'requestCorrection',
      { deficiencies: ['EVIDENCE_INSUFFICIENT'] },
      { deficiencies: '[String!]!' },
    );
    await correct(
      officer,
      'submitCorrection',
      { complaint: publicComplaint('unused', earlier(72)).complaint },
      { complaint: 'ComplaintInput!' },
    );
    await correct(officer, 'rejectCase', { reason: 'Tidak memenuhi syarat' }, { reason: 'String!' });
    for (const [mutation, args, types, token] of [
      ['withdrawCase', { reason: 'Dicabut' }, { reason: 'String!' }, officer],
      [
        'referCase',
        { reason: 'Panwascam', referredTo: 'Bawaslu' },
        { reason: 'String!', referredTo: 'String!' },
        commissioner,
      ],
    ] as const) {
      const early = await file('ppk-35.26.02');
      const go = stepper(early);
      await go(officer, 'startScreening');
      await go(token, mutation, args, types);
    }
    const discontinued = await file('ppk-35.26.01');
    const stop = stepper(discontinued);
    await stop(officer, 'startScreening');
    await stop(officer, 'registerCase');
    await stop(officer, 'startClarification');
    await stop(commissioner, 'discontinueCase', { reason: 'Tidak terbukti' }, { reason: 'String!' });

    // The DKPP track: a verdict gives the outcome, then decree, delivery and closing.
    const respondent = await activeMember(t, officer, 'ppk-35.26.01');
    const filed = await t.gql(
      FILE_CASE,
      {
        input: {
          receivedAt: earlier(24),
          respondentMembershipIds: [respondent],
          complaint: {
            source: 'dkppVerdict',
            sourceReference: '46-PKE-DKPP/IV/2024',
            eventDate: '2024-03-01T03:00:00.000Z',
            eventPlace: 'Kantor PPK',
            chronology:
              'DKPP memutus teradu melanggar kode etik karena tidak netral dalam rekapitulasi suara.',
            evidence: [
              { kind: 'document', description: 'Salinan putusan DKPP' },
              { kind: 'document', description: 'Berita acara' },
            ],
          },
        },
      },
      { token: officer },
    );
    const dkpp = { ethicsCase: filed.data!.fileCase.ethicsCase as Json };
    const run = stepper(dkpp);
    await run(
      officer,
      'recordDkppVerdict',
      {
        dkppCaseNumber: '46-PKE-DKPP/IV/2024',
        readAt: earlier(30),
        outcomes: [{ membershipId: respondent, finding: 'proven', outcome: 'strongWarning' }],
      },
      { dkppCaseNumber: 'String!', readAt: 'DateTimeISO!', outcomes: '[OutcomeInput!]!' },
    );
    expect(await idsOf({ outcomes: ['strongWarning'], ids: [dkpp.ethicsCase.id] })).toEqual([
      dkpp.ethicsCase.id,
    ]);
    await run(
      commissioner,
      'issueDecree',
      { decreeNumber: 'SK-46/2024', signedAt: earlier(2) },
      { decreeNumber: 'String!', signedAt: 'DateTimeISO!' },
    );
    for (const recipient of ['respondent', 'provincialCommission']) {
      await run(
        officer,
        'recordDelivery',
        { recipient, deliveredAt: earlier(1), channel: 'Kurir' },
        { recipient: 'DeliveryRecipient!', deliveredAt: 'DateTimeISO!', channel: 'String!' },
      );
    }
    await run(officer, 'closeCase');
    expect(dkpp.ethicsCase.status).toBe('closed');
  });

  it('are filled for rows written before they existed (the migration’s backfill)', async () => {
    const before = await storedColumns();
    const connection = t.orm.em.getConnection();
    await connection.execute('update ethics_case set next_due_at = null');
    await connection.execute('update case_participant set outcome = null');
    const execute = (sql: string, params?: unknown[]) => connection.execute(sql, params ?? []);
    const dialect = isPostgres(t.orm.em.fork() as never) ? 'postgresql' : 'sqlite';
    await backfillParticipantOutcomes(execute, dialect);
    const changed = await recomputeNextDueAt(execute, dialect);
    expect(changed).toBe([...before.nextDue.values()].filter((value) => value !== null).length);
    expect(await storedColumns()).toEqual(before);
    expect(await recomputeNextDueAt(execute, dialect)).toBe(0);
  });
});

describe('case filters', () => {
  it('overdue: the cases with a deadline overdue at server time, and the others; it moves with the clock', async () => {
    for (const days of [0, 10, 400]) {
      t.clock.set(new Date(TEST_NOW.getTime() + days * 86_400_000));
      // A token signed at the moved clock (the cached ones expire an hour after TEST_NOW).
      const signedIn: Json = await t.gql(
        'mutation { login(username: "admin.ri", password: "etik-demo-2024") { token } }',
      );
      const token = signedIn.data.login.token as string;
      const cases = await domainCases(token);
      const overdue = cases.filter((c) => c.deadlines.some((d) => d.state === 'overdue')).map((c) => c.id);
      expect(sorted(await idsOf({ overdue: true }, token))).toEqual(sorted(overdue));
      expect(sorted(await idsOf({ overdue: false }, token))).toEqual(
        sorted(cases.map((c) => c.id).filter((id) => !overdue.includes(id))),
      );
      if (days === 0) expect(overdue.length).toBeGreaterThan(0);
    }
    t.clock.set(TEST_NOW);
  });

  it('dueBefore: the cases whose next pending deadline falls before the time', async () => {
    const cases = await domainCases();
    const times = cases
      .map(nextDueOf)
      .filter((value): value is number => value !== null)
      .sort((a, b) => a - b);
    expect(times.length).toBeGreaterThan(2);
    for (const limit of [times[0]!, times[1]! + 1, times.at(-1)! + 1, TEST_NOW.getTime() + 3 * 86_400_000]) {
      const expected = cases.filter((c) => (nextDueOf(c) ?? Infinity) < limit).map((c) => c.id);
      expect(sorted(await idsOf({ dueBefore: new Date(limit).toISOString() }))).toEqual(sorted(expected));
    }
    expect(await idsOf({ dueBefore: new Date(times[0]!).toISOString() })).toEqual([]);
    const refused = await t.gql(
      'query ($f: CaseFilter) { cases(filter: $f) { totalCount } }',
      { f: { dueBefore: 'tomorrow' } },
      { token: admin },
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });

  it('outcomes: the cases whose decision gave a respondent one of them', async () => {
    const cases = await domainCases();
    const given = new Set(cases.flatMap((c) => c.decision?.outcomes.map((o) => o.outcome) ?? []));
    expect(given.size).toBeGreaterThan(1);
    for (const outcomes of [[...given].slice(0, 1), [...given].slice(0, 2), ['removalFromChair']]) {
      const expected = cases
        .filter((c) => c.decision?.outcomes.some((o) => outcomes.includes(o.outcome)))
        .map((c) => c.id);
      expect(sorted(await idsOf({ outcomes }))).toEqual(sorted(expected));
    }
    expect((await idsOf({ outcomes: [] })).length).toBe(cases.length);
    const refused = await t.gql(
      'query ($f: CaseFilter) { cases(filter: $f) { totalCount } }',
      { f: { outcomes: ['banished'] } },
      { token: admin },
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });

  it('regionCode: cases handled in the province or regency, within the caller’s jurisdiction', async () => {
    const cases = await domainCases();
    const handledIn = (prefix: string) =>
      cases.filter((c) => c.commission.id.startsWith(prefix)).map((c) => c.id);
    expect(sorted(await idsOf({ regionCode: '35' }))).toEqual(sorted(handledIn('kpu-35.')));
    expect(sorted(await idsOf({ regionCode: '35.26' }))).toEqual(sorted(handledIn('kpu-35.26')));
    expect(sorted(await idsOf({ regionCode: '11.71' }))).toEqual(sorted(handledIn('kip-11.71')));
    expect(handledIn('kpu-35.26').length).toBeGreaterThan(0);
    expect(await idsOf({ regionCode: '99' })).toEqual([]);
    expect(await idsOf({ regionCode: '35.26' }, await t.login('officer.35.28'))).toEqual([]);
    expect(sorted(await idsOf({ regionCode: '35' }, await t.login('supervisor.35')))).toEqual(
      sorted(handledIn('kpu-35.')),
    );
    expect(sorted(await idsOf({ regionCode: '35.26', overdue: true }))).toEqual(
      sorted(
        cases
          .filter((c) => c.commission.id === 'kpu-35.26' && c.deadlines.some((d) => d.state === 'overdue'))
          .map((c) => c.id),
      ),
    );
    for (const code of ['3', '35.2', '35.26.01', 'kpu-35', '', '35%', '35.26 ']) {
      const refused = await t.gql(
        'query ($f: CaseFilter) { cases(filter: $f) { totalCount } }',
        { f: { regionCode: code } },
        { token: admin },
      );
      expect(refused.errors?.[0]?.extensions, code).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'regionCode',
      });
    }
  });

  it('sorts by nextDueAtAsc over pages: soonest first, cases without a pending deadline last', async () => {
    const cases = await domainCases();
    const expected = [...cases]
      .sort((a, b) => (nextDueOf(a) ?? Infinity) - (nextDueOf(b) ?? Infinity) || (a.id < b.id ? -1 : 1))
      .map((c) => c.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Json = await t.gql(
        'query ($after: String) { cases(first: 4, sort: nextDueAtAsc, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
        { after },
        { token: admin },
      );
      expect(page.data.cases.totalCount).toBe(cases.length);
      seen.push(...page.data.cases.nodes.map((n: Json) => n.id));
      after = page.data.cases.pageInfo.hasNextPage ? page.data.cases.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it('apply to caseStatistics and overdueCases, which share the filter', async () => {
    const cases = await domainCases();
    const overdue = cases.filter((c) => c.deadlines.some((d) => d.state === 'overdue'));
    const stats: Json = await t.gql(
      '{ caseStatistics(groupBy: [status], filter: { overdue: true }) { totalCount groups { status count } } }',
      {},
      { token: admin },
    );
    expect(stats.data.caseStatistics.totalCount).toBe(overdue.length);
    const byStatus = new Map<string, number>();
    for (const c of overdue) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
    expect(new Map(stats.data.caseStatistics.groups.map((g: Json) => [g.status, g.count]))).toEqual(byStatus);
    const inRegency: Json = await t.gql(
      '{ overdueCases(first: 100, filter: { regionCode: "35.26" }) { totalCount nodes { ethicsCase { id } } } }',
      {},
      { token: admin },
    );
    expect(sorted(inRegency.data.overdueCases.nodes.map((n: Json) => n.ethicsCase.id))).toEqual(
      sorted(overdue.filter((c) => c.commission.id === 'kpu-35.26').map((c) => c.id)),
    );
    const none: Json = await t.gql(
      '{ overdueCases(first: 10, filter: { overdue: false }) { totalCount } }',
      {},
      { token: admin },
    );
    expect(none.data.overdueCases.totalCount).toBe(0);
  });
});
