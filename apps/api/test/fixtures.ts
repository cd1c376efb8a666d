// GraphQL documents and helpers shared by the API tests.
import type { Json, TestServer } from './test-server.js';

export const CASE_FIELDS = `id version status track source registerNumber confidential
  respondents { membershipId name bodyType position }
  availableCommands`;

export const FILE_CASE = `mutation ($input: FileCaseInput!) {
  fileCase(input: $input) { ethicsCase { ${CASE_FIELDS} } completeness { complete deficiencies { code } } }
}`;

/** A complete public complaint against one membership, received the day before `now`. */
export function publicComplaint(
  membershipId: string,
  receivedAt: string,
  options: { confidential?: boolean } = {},
) {
  return {
    receivedAt,
    respondentMembershipIds: [membershipId],
    complaint: {
      source: 'publicComplaint',
      complainant: {
        name: 'Rahmawati Sulistyo',
        idNumber: '3526014101900001',
        address: 'Jl. Trunojoyo 5, Bangkalan',
        phone: '081234567890',
        ...(options.confidential ? { confidential: true } : {}),
      },
      eventDate: '2024-04-10T03:00:00.000Z',
      knownAt: '2024-04-10T03:00:00.000Z',
      eventPlace: 'Kantor PPK',
      chronology:
        'Teradu menerima uang dari tim kampanye salah satu calon untuk mengubah hasil rekapitulasi suara.',
      evidence: [
        { kind: 'document', description: 'Foto kuitansi' },
        { kind: 'witnessStatement', description: 'Keterangan saksi' },
      ],
    },
    parties: [{ role: 'complainant', name: 'Rahmawati Sulistyo' }],
  };
}

/** Runs a command mutation; returns the case or the first error code. */
export async function command(
  t: TestServer,
  token: string,
  mutation: string,
  args: Record<string, unknown>,
  argTypes: Record<string, string> = {},
): Promise<{ ethicsCase?: Json; code?: string; error?: Json }> {
  const declared = Object.entries({ caseId: 'ID!', expectedVersion: 'Int!', ...argTypes })
    .map(([name, type]) => `$${name}: ${type}`)
    .join(', ');
  const passed = Object.keys({ caseId: 1, expectedVersion: 1, ...argTypes })
    .map((name) => `${name}: $${name}`)
    .join(', ');
  const result = await t.gql(`mutation (${declared}) { ${mutation}(${passed}) { ${CASE_FIELDS} } }`, args, {
    token,
  });
  if (result.errors) return { code: result.errors[0]?.extensions?.code, error: result.errors[0] };
  return { ethicsCase: result.data?.[mutation] };
}

export async function activeMember(t: TestServer, token: string, bodyId: string, skip = 0): Promise<string> {
  const result = await t.gql<{ memberships: { id: string; status: string; position: string }[] }>(
    'query ($b: ID!) { memberships(bodyId: $b) { id status position } }',
    { b: bodyId },
    { token },
  );
  const active = (result.data?.memberships ?? []).filter(
    (m) => m.status === 'active' && m.position === 'member',
  );
  const found = active[active.length - 1 - skip];
  if (!found) throw new Error(`no active member in ${bodyId}: ${JSON.stringify(result)}`);
  return found.id;
}

export async function personIdOf(t: TestServer, username: string): Promise<string> {
  const token = await t.login(username);
  const result = await t.gql<{ me: { personId: string } }>('{ me { personId } }', {}, { token });
  return result.data!.me.personId;
}

// ---- the case's records ----

export const RECORD_FIELDS = `id version status
  allegations { id respondentMembershipId category principle behaviour description finding findingNote
    legalReferences { instrument article letter confidence citation } }
  sessions { id kind scheduledAt place agenda outcomeNotes
    summons { party { role name membershipId identityMasked } sentAt method reference }
    attendance { party { role name identityMasked } status note }
    minutes { reference summary recordedAt } }
  externalProceedings { id forum kind externalNumber filedAt status result reason }
  availableRecordActions { action targetId sessionKind }
  allegationGuidance { code membershipId allegationId principle }`;

const ARG_TYPES: Record<string, string> = {
  allegation: 'AllegationInput!',
  allegationId: 'ID!',
  finding: 'Finding!',
  note: 'String',
  kind: 'SessionKind!',
  scheduledAt: 'DateTimeISO!',
  place: 'String',
  onlineLink: 'String',
  sessionId: 'ID!',
  party: 'SessionPartyInput!',
  sentAt: 'DateTimeISO!',
  method: 'SummonsMethod!',
  reference: 'String!',
  summary: 'String!',
  outcomeNotes: 'String',
  status: 'AttendanceStatus!',
  forum: 'ExternalForum!',
  proceedingKind: 'ExternalProceedingKind',
  filedAt: 'DateTimeISO!',
  proceedingStatus: 'ExternalProceedingStatus!',
  externalNumber: 'String',
  result: 'String',
  reason: 'String',
  proceedingId: 'ID!',
};
/** Arguments whose GraphQL name differs from their variable (the same word means two things). */
const RENAMED: Record<string, string> = { proceedingKind: 'kind', proceedingStatus: 'status' };

/** Runs a record mutation as `token`; returns the case, or the first error and its code. */
export async function recordAction(
  server: TestServer,
  token: string,
  mutation: string,
  args: Record<string, unknown>,
): Promise<{ ethicsCase?: Json; code?: string; error?: Json }> {
  const names = Object.keys(args);
  const declared = names
    .map(
      (name) =>
        `$${name}: ${name === 'caseId' ? 'ID!' : name === 'expectedVersion' ? 'Int!' : ARG_TYPES[name]}`,
    )
    .join(', ');
  const passed = names.map((name) => `${RENAMED[name] ?? name}: $${name}`).join(', ');
  const result = await server.gql(
    `mutation (${declared}) { ${mutation}(${passed}) { ${RECORD_FIELDS} } }`,
    args,
    { token },
  );
  if (result.errors) return { code: result.errors[0]?.extensions?.code, error: result.errors[0] };
  return { ethicsCase: result.data?.[mutation] };
}
