// Personal data and confidential identities: masked by role, and every unmasked confidential read audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

const COMPLAINANT = `query ($id: ID!) { case(id: $id) {
  confidential
  complaint { complainant { name idNumber address phone identityMasked personalDataMasked } }
  parties { role name identityMasked }
} }`;

const confidentialReads = async (caseId: string) => {
  const result = await t.gql<{ case: { timeline: { action: string; actorRole: string }[] } }>(
    'query ($id: ID!) { case(id: $id) { timeline { action actorRole } } }',
    { id: caseId },
    { token: await t.login('admin.ri') },
  );
  return result.data!.case.timeline.filter((entry) => entry.action === 'confidentialIdentityRead');
};

describe('personal data', () => {
  it.each([
    ['analyst.35', true],
    ['supervisor.35', true],
    ['officer.35.26', false],
    ['commissioner.35.26', false],
    ['admin.ri', false],
  ])('masks a complainant’s NIK, address and phone for %s: %s', async (username, masked) => {
    const result = await t.gql(COMPLAINANT, { id: 'case-demo-001' }, { token: await t.login(username) });
    const complainant = result.data!.case.complaint.complainant;
    expect(complainant.name).toEqual(expect.any(String));
    expect(complainant.personalDataMasked).toBe(masked);
    expect(complainant.idNumber === null).toBe(masked);
    expect(complainant.address === null).toBe(masked);
    expect(complainant.phone === null).toBe(masked);
  });

  it.each([
    ['analyst.35', true],
    ['officer.35.26', false],
  ])('masks members’ NIK for %s: %s', async (username, masked) => {
    const result = await t.gql<{ memberships: { person: { nik: string | null; name: string } }[] }>(
      '{ memberships(bodyId: "ppk-35.26.01") { person { name nik address phone } } }',
      {},
      { token: await t.login(username) },
    );
    expect(result.data!.memberships.length).toBeGreaterThan(0);
    for (const membership of result.data!.memberships) {
      expect(membership.person.name).toEqual(expect.any(String));
      expect(membership.person.nik === null).toBe(masked);
    }
  });
});

describe('a confidential complainant (case-demo-007, handled by kpu-35.26)', () => {
  it.each(['examiner1.35.26', 'supervisor.35', 'admin.ri', 'analyst.35'])(
    'hides the identity from %s and logs no read',
    async (username) => {
      const before = (await confidentialReads('case-demo-007')).length;
      const result = await t.gql(COMPLAINANT, { id: 'case-demo-007' }, { token: await t.login(username) });
      expect(result.errors).toBeUndefined();
      expect(result.data!.case.confidential).toBe(true);
      expect(result.data!.case.complaint.complainant).toMatchObject({
        name: null,
        idNumber: null,
        identityMasked: true,
      });
      const complainantParty = result.data!.case.parties.find(
        (party: { role: string }) => party.role === 'complainant',
      );
      expect(complainantParty).toMatchObject({ name: null, identityMasked: true });
      expect((await confidentialReads('case-demo-007')).length).toBe(before);
    },
  );

  it.each(['officer.35.26', 'commissioner.35.26'])(
    'shows the identity to %s and appends one audit row per request',
    async (username) => {
      const before = (await confidentialReads('case-demo-007')).length;
      const result = await t.gql(COMPLAINANT, { id: 'case-demo-007' }, { token: await t.login(username) });
      expect(result.data!.case.complaint.complainant).toMatchObject({
        name: expect.any(String),
        idNumber: expect.any(String),
        identityMasked: false,
      });
      const reads = await confidentialReads('case-demo-007');
      expect(reads.length).toBe(before + 1);
      expect(reads.at(-1)!.actorRole).toBe(username.split('.')[0]);
    },
  );
});
