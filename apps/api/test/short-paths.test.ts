// The ways a case ends early, and the correction round trip, through GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, command, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;
let commissioner: string;
const receivedAt = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();

beforeAll(async () => {
  t = await startTestServer({ withCases: false });
  officer = await t.login('officer.35.26');
  commissioner = await t.login('commissioner.35.26');
});
afterAll(async () => {
  await t?.stop();
});

async function screenedCase(): Promise<{ id: string; version: number }> {
  const membership = await activeMember(t, officer, 'ppk-35.26.02');
  const filed = await t.gql(
    FILE_CASE,
    { input: publicComplaint(membership, receivedAt) },
    { token: officer },
  );
  const started = await command(t, officer, 'startScreening', {
    caseId: filed.data!.fileCase.ethicsCase.id,
    expectedVersion: 1,
  });
  return started.ethicsCase;
}

const REASON = { reason: 'String!' };

describe('ending a case early', () => {
  it('rejects a screened complaint', async () => {
    const ethicsCase = await screenedCase();
    const result = await command(
      t,
      officer,
      'rejectCase',
      { caseId: ethicsCase.id, expectedVersion: 2, reason: 'Terlambat' },
      REASON,
    );
    expect(result.ethicsCase.status).toBe('rejected');
  });

  it('refers a complaint outside the commission’s jurisdiction, by plenary (commissioner)', async () => {
    const ethicsCase = await screenedCase();
    const result = await command(
      t,
      commissioner,
      'referCase',
      {
        caseId: ethicsCase.id,
        expectedVersion: 2,
        reason: 'Teradu anggota Panwascam',
        referredTo: 'Bawaslu Kabupaten Bangkalan',
      },
      { reason: 'String!', referredTo: 'String!' },
    );
    expect(result.ethicsCase.status).toBe('referred');
  });

  it('records a withdrawal', async () => {
    const ethicsCase = await screenedCase();
    const result = await command(
      t,
      officer,
      'withdrawCase',
      { caseId: ethicsCase.id, expectedVersion: 2, reason: 'Dicabut pengadu' },
      REASON,
    );
    expect(result.ethicsCase.status).toBe('withdrawn');
  });

  it('discontinues after clarification finds nothing, and refuses a blank reason', async () => {
    let ethicsCase = await screenedCase();
    ethicsCase = (await command(t, officer, 'registerCase', { caseId: ethicsCase.id, expectedVersion: 2 }))
      .ethicsCase;
    ethicsCase = (
      await command(t, officer, 'startClarification', { caseId: ethicsCase.id, expectedVersion: 3 })
    ).ethicsCase;
    const blank = await command(
      t,
      commissioner,
      'discontinueCase',
      { caseId: ethicsCase.id, expectedVersion: 4, reason: '  ' },
      REASON,
    );
    expect(blank.code).toBe('INVALID_INPUT');
    expect(blank.error.extensions).toMatchObject({ field: 'reason', reason: 'required' });
    const result = await command(
      t,
      commissioner,
      'discontinueCase',
      { caseId: ethicsCase.id, expectedVersion: 4, reason: 'Tidak terbukti' },
      REASON,
    );
    expect(result.ethicsCase.status).toBe('discontinued');
  });
});

describe('a correction', () => {
  it('goes back to screening with the corrected complaint, then registers', async () => {
    const ethicsCase = await screenedCase();
    const requested = await command(
      t,
      officer,
      'requestCorrection',
      { caseId: ethicsCase.id, expectedVersion: 2, deficiencies: ['EVIDENCE_INSUFFICIENT'] },
      { deficiencies: '[String!]!' },
    );
    expect(requested.ethicsCase.status).toBe('awaitingCorrection');
    const corrected = await command(
      t,
      officer,
      'submitCorrection',
      {
        caseId: ethicsCase.id,
        expectedVersion: 3,
        complaint: {
          ...publicComplaint('unused', receivedAt).complaint,
          evidence: [
            { kind: 'document', description: 'Foto kuitansi' },
            { kind: 'witnessStatement', description: 'Keterangan saksi' },
            { kind: 'electronicData', description: 'Rekaman' },
          ],
        },
      },
      { complaint: 'ComplaintInput!' },
    );
    expect(corrected.error).toBeUndefined();
    expect(corrected.ethicsCase.status).toBe('screening');
    const detail = await t.gql(
      'query ($id: ID!) { case(id: $id) { complaint { evidence { kind } respondents { membershipId } } } }',
      { id: ethicsCase.id },
      { token: officer },
    );
    expect(detail.data!.case.complaint.evidence).toHaveLength(3);
    expect(detail.data!.case.complaint.respondents).toHaveLength(1);
    const registered = await command(t, officer, 'registerCase', {
      caseId: ethicsCase.id,
      expectedVersion: 4,
    });
    expect(registered.ethicsCase.status).toBe('registered');
  });
});
