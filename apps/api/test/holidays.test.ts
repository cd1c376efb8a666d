// The national administrator corrects a year's days off; the open deadlines follow, in the same
// transaction, and each moved case says so in its timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCalendar, formatLocalDate, parseLocalDate } from '@etik/domain';
import { FILE_CASE } from './fixtures.js';
import { startTestServer, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let admin: string;
let officer: string;

beforeAll(async () => {
  t = await startTestServer({ withCases: false });
  admin = await t.login('admin.ri');
  officer = await t.login('officer.35.26');
});
afterAll(async () => {
  await t?.stop();
});

const ADD = `mutation ($input: AddHolidayInput!) { addHoliday(input: $input) { date change recomputedCases } }`;
const RESTORE = `mutation ($date: String!) { restoreHoliday(date: $date) { date change recomputedCases } }`;
const REMOVE = `mutation ($date: String!) { removeHoliday(date: $date) { date change recomputedCases } }`;

/** A complaint received Monday 5 June 2023, 09:00 WIB, by KPU Kabupaten Bangkalan (WIB). */
async function file2023Case(): Promise<string> {
  const receivedAt = '2023-06-05T02:00:00.000Z';
  t.clock.set(new Date(receivedAt));
  const filed = await t.gql(
    FILE_CASE,
    {
      input: {
        receivedAt,
        complaint: {
          source: 'publicComplaint',
          complainant: { name: 'Siti Aminah', phone: '081234567890', address: 'Jl. Trunojoyo 3' },
          respondents: [{ name: 'Ahmad Fauzi', bodyType: 'pps', position: 'member' }],
          eventDate: '2023-06-01T03:00:00.000Z',
          knownAt: '2023-06-02T03:00:00.000Z',
          eventPlace: 'Kantor PPS',
          chronology: 'Teradu ikut berkampanye untuk salah satu calon di depan warga pada hari kerja.',
        },
      },
    },
    { token: officer },
  );
  expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
  return filed.data!.fileCase.ethicsCase.id;
}

const firstDueOf = async (id: string): Promise<string> =>
  (await t.gql('query ($id: ID!) { case(id: $id) { deadlines { key dueAt } } }', { id }, { token: officer }))
    .data!.case.deadlines[0].dueAt;

const timelineOf = async (id: string): Promise<Json[]> =>
  (
    await t.gql(
      'query ($id: ID!) { case(id: $id) { timeline { action fromStatus toStatus } } }',
      { id },
      {
        token: officer,
      },
    )
  ).data!.case.timeline;

const overdueIds = async (): Promise<string[]> =>
  (
    await t.gql(
      'query { cases(first: 100, filter: { overdue: true }) { nodes { id } } }',
      {},
      { token: officer },
    )
  ).data!.cases.nodes.map((node: Json) => node.id);

/** The WIB calendar date of an instant. */
const wibDate = (iso: string): string =>
  new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

describe('the national administrator corrects the days off of 2023', () => {
  it('a day off added in 2023 moves an open deadline by a working day and shows in the timeline', async () => {
    const id = await file2023Case();
    const before = await firstDueOf(id);
    // Tuesday 6 June 2023 is a working day in the built-in list, between receipt and the deadline.
    expect(wibDate(before) > '2023-06-06').toBe(true);
    expect(defaultCalendar.isWorkingDay(parseLocalDate('2023-06-06'))).toBe(true);

    const added = await t.gql(
      ADD,
      {
        input: { date: '2023-06-06', kind: 'cutiBersama', nameId: 'Cuti bersama uji', nameEn: 'Test leave' },
      },
      { token: admin },
    );
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
    expect(added.data!.addHoliday).toMatchObject({ date: '2023-06-06', change: 'added' });
    expect(added.data!.addHoliday.recomputedCases).toBeGreaterThanOrEqual(1);

    const after = await firstDueOf(id);
    expect(wibDate(after)).toBe(
      formatLocalDate(defaultCalendar.addWorkingDays(parseLocalDate(wibDate(before)), 1)),
    );
    expect(after).toMatch(/T16:59:59\.999Z$/);

    const timeline = await timelineOf(id);
    expect(timeline.at(-1)).toMatchObject({
      action: 'deadlinesRecomputed',
      fromStatus: 'received',
      toStatus: 'received',
    });

    // The stored next due time moved too: just after the old deadline the case is not overdue yet.
    t.clock.set(new Date(new Date(before).getTime() + 1));
    expect(await overdueIds()).not.toContain(id);
    t.clock.set(new Date(new Date(after).getTime() + 1));
    expect(await overdueIds()).toContain(id);

    // The catalogue serves the effective list, with each day's origin.
    const year = (
      await t.gql('query { holidays(year: 2023) { holidays { date kind origin } removedDates } }')
    ).data!.holidays[0];
    expect(year.holidays).toContainEqual({ date: '2023-06-06', kind: 'cutiBersama', origin: 'added' });
    expect(year.holidays).toContainEqual({ date: '2023-06-01', kind: 'nationalHoliday', origin: 'builtIn' });

    // Restoring the date gives the deadline back, with another timeline entry.
    const restored = await t.gql(RESTORE, { date: '2023-06-06' }, { token: admin });
    expect(restored.errors, JSON.stringify(restored.errors)).toBeUndefined();
    expect(await firstDueOf(id)).toBe(before);
    const actions = (await timelineOf(id)).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'deadlinesRecomputed')).toHaveLength(2);
  });

  it('a removed built-in day stops being a day off, and restoring it brings it back', async () => {
    const removed = await t.gql(REMOVE, { date: '2023-06-01' }, { token: admin });
    expect(removed.errors, JSON.stringify(removed.errors)).toBeUndefined();
    const year = async () =>
      (await t.gql('query { holidays(year: 2023) { holidays { date } removedDates } }')).data!.holidays[0];
    expect((await year()).removedDates).toEqual(['2023-06-01']);
    expect((await year()).holidays.map((h: Json) => h.date)).not.toContain('2023-06-01');
    const again = await t.gql(REMOVE, { date: '2023-06-01' }, { token: admin });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_A_HOLIDAY');
    expect((await t.gql(RESTORE, { date: '2023-06-01' }, { token: admin })).errors).toBeUndefined();
    expect((await year()).removedDates).toEqual([]);
    expect((await year()).holidays.map((h: Json) => h.date)).toContain('2023-06-01');
  });

  it('refuses anyone but the national administrator, and a year outside the calendar', async () => {
    const input = { date: '2023-06-07', kind: 'nationalHoliday', nameId: 'Libur', nameEn: 'Day off' };
    const refused = await t.gql(ADD, { input }, { token: officer });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.gql(REMOVE, { date: '2023-06-01' }, { token: officer })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const year = (await t.gql('query { holidays(year: 2023) { holidays { date } } }')).data!.holidays[0];
    expect(year.holidays.map((h: Json) => h.date)).not.toContain('2023-06-07');
    const outside = await t.gql(ADD, { input: { ...input, date: '2031-01-02' } }, { token: admin });
    expect(outside.errors?.[0]?.extensions?.code).toBe('HOLIDAY_YEAR_NOT_COVERED');
  });
});
