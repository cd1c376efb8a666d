// The demo data is dated back from the day it is seeded, so the dashboard makes sense on any day: a case due
// today, some this week, a few overdue by days (not years), some closed last month, and nothing in the future.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

// A Tuesday in December 2026, late in the morning in WIB.
const SEEDED_ON = new Date('2026-12-08T04:00:00.000Z');
const DAY = 86_400_000;

interface DemoCase {
  id: string;
  status: string;
  receivedAt: string;
  updatedAt: string;
  deadlines: { key: string; dueAt: string; state: string; metAt: string | null }[];
  election: { id: string } | null;
  stage: { name: string } | null;
}

let t: TestServer;
let cases: DemoCase[];
beforeAll(async () => {
  t = await startTestServer({ now: SEEDED_ON });
  const result = await t.gql<{ cases: { nodes: DemoCase[] } }>(
    '{ cases(first: 100) { nodes { id status receivedAt updatedAt deadlines { key dueAt state metAt } election { id } stage { name } } } }',
    {},
    { token: await t.login('admin.ri') },
  );
  expect(result.errors).toBeUndefined();
  cases = result.data!.cases.nodes;
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

const CLOSED = ['closed', 'rejected', 'referred', 'discontinued', 'withdrawn'];
const daysFromNow = (iso: string) => (Date.parse(iso) - SEEDED_ON.getTime()) / DAY;
/** The open deadlines of the open cases, in days from the seeding moment (negative: overdue). */
const openDeadlines = () =>
  cases
    .filter((c) => !CLOSED.includes(c.status))
    .flatMap((c) => c.deadlines.filter((d) => d.metAt == null).map((d) => daysFromNow(d.dueAt)));

describe('demo data seeded on any day', () => {
  it('dates every act of the demo on or before the seeding day', () => {
    expect(cases.length).toBeGreaterThan(15);
    for (const c of cases) {
      expect(Date.parse(c.receivedAt)).toBeLessThanOrEqual(SEEDED_ON.getTime());
      expect(Date.parse(c.updatedAt)).toBeLessThanOrEqual(SEEDED_ON.getTime());
    }
  });

  it('has a deadline due today, some due this week and a few overdue by days, not years', () => {
    const due = openDeadlines();
    expect(
      due.some((days) => days >= 0 && days < 1),
      `due: ${due.map((d) => d.toFixed(1))}`,
    ).toBe(true);
    expect(due.filter((days) => days >= 0 && days <= 7).length).toBeGreaterThanOrEqual(3);
    const overdue = due.filter((days) => days < 0);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    // The one demo case of 2019 (awaiting DKPP) aside, nothing has been overdue for more than a month.
    const recent = cases.filter((c) => c.receivedAt.slice(0, 4) !== '2019');
    const worst = Math.min(
      ...recent.flatMap((c) => c.deadlines.filter((d) => d.metAt == null).map((d) => daysFromNow(d.dueAt))),
    );
    expect(worst).toBeGreaterThan(-31);
  });

  it('has cases closed in the last two months', () => {
    const closed = cases.filter((c) => c.status === 'closed');
    expect(closed.length).toBeGreaterThanOrEqual(2);
    for (const c of closed) expect(daysFromNow(c.updatedAt)).toBeGreaterThan(-60);
  });

  it('files the cases in the stages of an election that is under way on that day', () => {
    const recent = cases.filter((c) => c.receivedAt.slice(0, 4) !== '2019');
    for (const c of recent) {
      expect(c.election?.id, c.id).toBe('election-demo');
      expect(c.stage?.name, c.id).toBeTruthy();
    }
  });
});
