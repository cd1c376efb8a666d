import { describe, expect, it } from 'vitest';
import { createGraphQLClient } from './graphql-client';
import { createRecordsProvider, recordMutation } from './records-provider';

interface Sent {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly operationName?: string;
  readonly idempotencyKey: string | null;
}

function providerAnswering(data: unknown) {
  const sent: Sent[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Omit<Sent, 'idempotencyKey'>;
    sent.push({ ...body, idempotencyKey: new Headers(init.headers).get('Idempotency-Key') });
    return new Response(JSON.stringify(typeof data === 'function' ? data(body) : data), { status: 200 });
  }) as typeof globalThis.fetch;
  return { provider: createRecordsProvider(createGraphQLClient({ fetch, getToken: () => 't' })), sent };
}

const RECORDS = {
  id: 'case-1',
  version: 5,
  allegations: [],
  sessions: [],
  externalProceedings: [],
  availableRecordActions: [],
};

describe('records provider', () => {
  it('reads the records of a case with their own query', async () => {
    const { provider, sent } = providerAnswering({ data: { case: RECORDS } });
    expect(await provider.caseRecords('case-1')).toEqual(RECORDS);
    expect(sent[0]).toMatchObject({ operationName: 'CaseRecords', variables: { id: 'case-1' } });
  });

  it('sends a record action with caseId, expectedVersion and an Idempotency-Key, leaving out empty texts', async () => {
    const { provider, sent } = providerAnswering({ data: { scheduleSession: RECORDS } });
    const records = await provider.recordCaseAction('scheduleSession', 'case-1', 4, {
      kind: 'clarification',
      scheduledAt: '2024-04-22T02:00:00.000Z',
      place: 'Ruang rapat',
      onlineLink: '',
    });
    expect(records.version).toBe(5);
    expect(sent[0]!.operationName).toBe('ScheduleSession');
    expect(sent[0]!.variables).toEqual({
      caseId: 'case-1',
      expectedVersion: 4,
      kind: 'clarification',
      scheduledAt: '2024-04-22T02:00:00.000Z',
      place: 'Ruang rapat',
    });
    expect(sent[0]!.idempotencyKey).toBeTruthy();
  });

  it("declares each mutation's arguments with the API's types", () => {
    expect(recordMutation('recordSummons')).toContain(
      'mutation RecordSummons($caseId: ID!, $expectedVersion: Int!, $sessionId: ID!, $party: SessionPartyInput!, $method: SummonsMethod!, $sentAt: DateTimeISO!, $reference: String, $occurredAt: DateTimeISO, $occurredAtReason: String)',
    );
  });

  it('turns a refusal into its code, with the details', async () => {
    const { provider } = providerAnswering({
      errors: [{ message: 'x', extensions: { code: 'SUMMONS_TOO_LATE', latestAt: '2024-04-17T02:00:00Z' } }],
    });
    await expect(
      provider.recordCaseAction('recordSummons', 'case-1', 4, {
        sessionId: 's-1',
        party: { role: 'complainant' },
        method: 'letter',
        sentAt: '2024-04-20T02:00:00Z',
      }),
    ).rejects.toMatchObject({ code: 'SUMMONS_TOO_LATE', extensions: { latestAt: '2024-04-17T02:00:00Z' } });
  });

  it('searches typical violations by keyword and locale', async () => {
    const { provider, sent } = providerAnswering({ data: { typicalViolations: [] } });
    await provider.typicalViolations(' kampanye ', 'id');
    expect(sent[0]!.variables).toEqual({ keyword: 'kampanye', locale: 'id' });
  });
});
