// Personal data and confidential identities: masked by role, and every unmasked confidential read audited.
// Evidence marked confidential is listed and downloaded only by those who see a confidential identity.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, FILE_CASE, personIdOf, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ config: { dataDir: mkdtempSync(join(tmpdir(), 'etik-masking-')) } });
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

const MASKED = ['supervisor.35', 'analyst.35', 'admin.ri', 'examiner1.35.26'];
const SEES_IDENTITY = ['officer.35.26', 'commissioner.35.26'];

async function upload(caseId: string, fileName: string, confidential?: string) {
  const form = new FormData();
  form.append('kind', 'document');
  if (confidential !== undefined) form.append('confidential', confidential);
  form.append(
    'file',
    new Blob([Buffer.from(`%PDF-1.7\n${fileName}`)], { type: 'application/pdf' }),
    fileName,
  );
  const response = await fetch(`${t.url.replace(/\/graphql$/, '')}/files/evidence?caseId=${caseId}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await t.login('officer.35.26')}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Json };
}

const listed = async (caseId: string, username: string): Promise<{ id: string; confidential: boolean }[]> => {
  const result = await t.gql<Json>(
    'query ($id: ID!) { case(id: $id) { evidence { id confidential } } }',
    { id: caseId },
    { token: await t.login(username) },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.case.evidence;
};

const download = async (id: string, username: string) =>
  fetch(`${t.url.replace(/\/graphql$/, '')}/files/evidence/${id}`, {
    headers: { authorization: `Bearer ${await t.login(username)}` },
  });

describe('evidence marked confidential', () => {
  let idCard: string;
  let shared: string;
  let ordinaryIdCard: string;

  beforeAll(async () => {
    const defaulted = await upload('case-demo-007', 'KTP pengadu.pdf');
    expect(defaulted.status).toBe(201);
    expect(defaulted.body.evidence.confidential).toBe(true);
    idCard = defaulted.body.evidence.id;
    const sharedUpload = await upload('case-demo-007', 'Kuitansi.pdf', 'false');
    expect(sharedUpload.body.evidence.confidential).toBe(false);
    shared = sharedUpload.body.evidence.id;
    const marked = await upload('case-demo-001', 'KTP saksi.pdf', 'true');
    expect(marked.body.evidence.confidential).toBe(true);
    ordinaryIdCard = marked.body.evidence.id;
  });

  it.each(MASKED)(
    'is left out of the list for %s, and its download refused with 403 FORBIDDEN',
    async (username) => {
      const ids = (await listed('case-demo-007', username)).map((file) => file.id);
      expect(ids).toContain(shared);
      expect(ids).not.toContain(idCard);
      const refused = await download(idCard, username);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as Json).errors[0].extensions).toEqual({
        code: 'FORBIDDEN',
        reason: 'CONFIDENTIAL_EVIDENCE',
        evidenceId: idCard,
      });
      expect((await download(shared, username)).status).toBe(200);
    },
  );

  it.each(['supervisor.35', 'analyst.35', 'admin.ri'])(
    'keeps an identity document marked at upload from %s on an ordinary case',
    async (username) => {
      expect((await listed('case-demo-001', username)).map((file) => file.id)).not.toContain(ordinaryIdCard);
      expect((await download(ordinaryIdCard, username)).status).toBe(403);
    },
  );

  it.each(SEES_IDENTITY)(
    'is listed and downloaded by %s, each read audited on the case',
    async (username) => {
      const before = (await confidentialReads('case-demo-007')).length;
      const files = await listed('case-demo-007', username);
      expect(files).toContainEqual({ id: idCard, confidential: true });
      expect((await confidentialReads('case-demo-007')).length).toBe(before + 1);
      const response = await download(idCard, username);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).toString()).toContain('KTP pengadu.pdf');
      const reads = await confidentialReads('case-demo-007');
      expect(reads.length).toBe(before + 2);
      expect(reads.at(-1)!.actorRole).toBe(username.split('.')[0]);
    },
  );

  it('logs no identity read for a list without a confidential file', async () => {
    const before = (await confidentialReads('case-demo-007')).length;
    await listed('case-demo-007', 'supervisor.35');
    expect((await confidentialReads('case-demo-007')).length).toBe(before);
  });

  it('refuses a confidential field other than true or false with 400 BAD_USER_INPUT', async () => {
    const { status, body } = await upload('case-demo-001', 'x.pdf', 'yes');
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confidential' });
  });
});

describe('examination-team candidates of a confidential complainant’s case', () => {
  const CANDIDATES = `query ($id: ID!) { examinationTeamCandidates(caseId: $id) {
    personId name conflicts { code role partyName relation identityMasked } } }`;
  let caseId: string;
  let examinerPersonId: string;

  beforeAll(async () => {
    // The complainant is an examiner of the commission: being them is the conflict.
    examinerPersonId = await personIdOf(t, 'examiner2.35.26');
    const officer = await t.login('officer.35.26');
    const input = publicComplaint(
      await activeMember(t, officer, 'ppk-35.26.01'),
      new Date(TEST_NOW.getTime() - 86_400_000).toISOString(),
      { confidential: true },
    );
    const filed = await t.gql<Json>(
      FILE_CASE,
      {
        input: {
          ...input,
          parties: [{ role: 'complainant', name: 'Rahmawati Sulistyo', personId: examinerPersonId }],
        },
      },
      { token: officer },
    );
    expect(filed.errors).toBeUndefined();
    caseId = filed.data!.fileCase.ethicsCase.id;
  });

  const conflictsOf = async (username: string) => {
    const result = await t.gql<Json>(CANDIDATES, { id: caseId }, { token: await t.login(username) });
    expect(result.errors).toBeUndefined();
    return {
      text: JSON.stringify(result.data),
      candidates: result.data!.examinationTeamCandidates as Json[],
    };
  };

  it.each(['supervisor.35', 'analyst.35', 'admin.ri'])(
    'flags the conflict to %s without saying it is the complainant, and logs no read',
    async (username) => {
      const before = (await confidentialReads(caseId)).length;
      const { text, candidates } = await conflictsOf(username);
      const candidate = candidates.find((found) => found.personId === examinerPersonId);
      expect(candidate.conflicts).toEqual([
        { code: 'TEAM_MEMBER_IS_PARTY', role: null, partyName: null, relation: null, identityMasked: true },
      ]);
      expect(text).not.toContain('complainant');
      expect(text).not.toContain('Rahmawati');
      expect((await confidentialReads(caseId)).length).toBe(before);
    },
  );

  it('tells the handling commission’s commissioner, with an audit row', async () => {
    const before = (await confidentialReads(caseId)).length;
    const { candidates } = await conflictsOf('commissioner.35.26');
    const candidate = candidates.find((found) => found.personId === examinerPersonId);
    expect(candidate.conflicts).toContainEqual(
      expect.objectContaining({ code: 'TEAM_MEMBER_IS_PARTY', role: 'complainant', identityMasked: false }),
    );
    expect((await confidentialReads(caseId)).length).toBe(before + 1);
  });
});
