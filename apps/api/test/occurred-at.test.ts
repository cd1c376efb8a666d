// Offices record acts days after they happen: a command or record action may carry the time of the act
// (occurredAt), bounded, and deadlines count from it while the audit trail keeps both times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-seeder.js';
import { FILE_CASE } from './fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;

// February 2025 has no day off after the 1st; 09:00 WIB is 02:00 UTC.
const wib = (day: string, hour = 9) =>
  new Date(`2025-02-${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);

beforeAll(async () => {
  t = await startTestServer({ withCases: false });
});

/** Sets the server's clock and signs the officer in at that time (a token lives for hours, not days). */
async function clockAt(now: Date): Promise<void> {
  t.clock.set(now);
  const signedIn = await t.gql<{ login: { token: string } }>(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'officer.35.26', p: DEMO_PASSWORD },
  );
  officer = signedIn.data!.login.token;
}
afterAll(async () => {
  await t?.stop();
});

async function fileCase(): Promise<{ id: string; version: number }> {
  const filed = await t.gql(
    FILE_CASE,
    {
      input: {
        receivedAt: wib('03').toISOString(),
        complaint: {
          source: 'publicComplaint',
          complainant: { name: 'Siti Aminah', phone: '081234567890', address: 'Jl. Trunojoyo 3' },
          respondents: [{ name: 'Ahmad Fauzi', bodyType: 'pps', position: 'member' }],
          eventDate: wib('01').toISOString(),
          knownAt: wib('01').toISOString(),
          eventPlace: 'Kantor PPS',
          chronology: 'Teradu ikut berkampanye untuk salah satu calon di depan warga pada hari kerja.',
        },
      },
    },
    { token: officer },
  );
  expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
  return filed.data!.fileCase.ethicsCase;
}

const START_SCREENING = `mutation ($id: ID!, $v: Int!, $at: DateTimeISO, $why: String) {
  startScreening(caseId: $id, expectedVersion: $v, occurredAt: $at, occurredAtReason: $why) {
    version
    milestones { milestone at }
    deadlines { key startedAt dueAt }
    timeline { at action occurredAt }
  }
}`;

const screen = (ethicsCase: { id: string; version: number }, at: Date, why?: string) =>
  t.gql(
    START_SCREENING,
    { id: ethicsCase.id, v: ethicsCase.version, at: at.toISOString(), why },
    { token: officer },
  );

describe('the time of an act (occurredAt)', () => {
  it('dates the step and its deadlines from the act, and the timeline keeps both times', async () => {
    await clockAt(wib('13', 10));
    const ethicsCase = await fileCase();
    const screened = await screen(ethicsCase, wib('12'));
    expect(screened.errors, JSON.stringify(screened.errors)).toBeUndefined();
    const answer = screened.data!.startScreening;
    expect(answer.milestones).toContainEqual({ milestone: 'screeningStarted', at: wib('12').toISOString() });
    const last = answer.timeline.at(-1);
    expect(last).toMatchObject({ action: 'screeningStarted', occurredAt: wib('12').toISOString() });
    expect(last.at).toBe(wib('13', 10).toISOString());
    // A correction requested on the 12th at 15:00: its deadline counts from then, not from the recording.
    const requested = await t.gql(
      `mutation ($id: ID!, $v: Int!, $at: DateTimeISO) {
        requestCorrection(caseId: $id, expectedVersion: $v, deficiencies: ["EVIDENCE_INSUFFICIENT"], occurredAt: $at) {
          deadlines { key startedAt }
        }
      }`,
      { id: ethicsCase.id, v: answer.version, at: wib('12', 15).toISOString() },
      { token: officer },
    );
    expect(requested.errors, JSON.stringify(requested.errors)).toBeUndefined();
    expect(requested.data!.requestCorrection.deadlines).toContainEqual(
      expect.objectContaining({ startedAt: wib('12', 15).toISOString() }),
    );
    // Without occurredAt, the act is now.
    const later = await fileCase();
    const now = await screen(later, wib('13', 10));
    expect(now.data!.startScreening.milestones).toContainEqual({
      milestone: 'screeningStarted',
      at: wib('13', 10).toISOString(),
    });
  });

  it('refuses an act in the future or before the step it follows', async () => {
    await clockAt(wib('13', 10));
    const ethicsCase = await fileCase();
    const future = await screen(ethicsCase, wib('14'));
    expect(future.errors?.[0]?.extensions?.code).toBe('OCCURRED_IN_FUTURE');
    const early = await screen(ethicsCase, wib('02'));
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'OCCURRED_BEFORE_PREVIOUS_STEP',
      previousStepAt: wib('03').toISOString(),
    });
  });

  it('asks why an act is recorded beyond the rule set’s limit, and keeps the reason', async () => {
    await clockAt(wib('17', 10));
    const ethicsCase = await fileCase();
    // Five working days from Friday 7 February ended on Friday 14: too far back without a reason.
    const unexplained = await screen(ethicsCase, wib('07'));
    expect(unexplained.errors?.[0]?.extensions?.code).toBe('BACKDATING_REASON_REQUIRED');
    expect(unexplained.errors?.[0]?.message).toMatch(/reason|alasan/i);
    const explained = await screen(ethicsCase, wib('07'), 'Berkas baru diserahkan PPK hari ini');
    expect(explained.errors, JSON.stringify(explained.errors)).toBeUndefined();
    const [row] = await t.orm.em
      .fork()
      .getConnection()
      .execute<{ after: string }[]>(
        "select after from audit_event where entity_id = ? and action = 'screeningStarted'",
        [ethicsCase.id],
      );
    expect(JSON.parse(row!.after)).toMatchObject({
      occurredAt: wib('07').toISOString(),
      occurredAtReason: 'Berkas baru diserahkan PPK hari ini',
    });
  });
});
