// Elections and their stages (tahapan): `elections`, `election(id)`, `createElection`, `updateElection`.
// The API lists every problem of a draft in `extensions.errors`; they are turned here into react-admin's
// field errors (`body.errors`, keyed like the form: `name`, `stages.1.endsOn`) so each shows at its field
// in the user's language (`errors.<CODE>`).
import type { Identifier } from 'react-admin';
import { ApiError, type GraphQLRequest } from './graphql-client';

export interface ElectionStageRecord {
  readonly id: string;
  readonly electionId?: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly ordinal?: number;
}

export interface ElectionRecord {
  readonly id: string;
  readonly version: number;
  readonly kind: 'general' | 'regional';
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly stages: readonly ElectionStageRecord[];
}

export const ELECTION_FIELDS =
  'id version kind name startsOn endsOn stages { id electionId name startsOn endsOn ordinal }';

interface DraftError {
  readonly code?: string;
  readonly stage?: number;
  readonly field?: string;
}

/** Where a draft's problem belongs in the form (`name`, `endsOn`, `stages.2.name`…). */
export function fieldOfElectionError(error: DraftError): string {
  const stage = typeof error.stage === 'number' ? `stages.${error.stage}.` : '';
  switch (error.code) {
    case 'ELECTION_NAME_REQUIRED':
      return 'name';
    case 'INVALID_ELECTION_DATE':
      return error.field === 'endsOn' ? 'endsOn' : 'startsOn';
    case 'ELECTION_ENDS_BEFORE_START':
      return 'endsOn';
    case 'STAGE_NAME_REQUIRED':
      return `${stage}name`;
    case 'INVALID_STAGE_DATE':
      return `${stage}${error.field === 'endsOn' ? 'endsOn' : 'startsOn'}`;
    case 'STAGE_ENDS_BEFORE_START':
      return `${stage}endsOn`;
    case 'STAGE_OUTSIDE_ELECTION':
      return `${stage}startsOn`;
    default:
      return 'stages';
  }
}

/** The API's refusal with its draft problems as field errors (the first per field), when it has any. */
export function withFieldErrors(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const listed = Array.isArray(error.extensions.errors)
    ? (error.extensions.errors as DraftError[])
    : [{ code: error.code, ...(error.extensions as DraftError) }];
  const fields: Record<string, string> = {};
  for (const problem of listed) {
    let field: string | undefined;
    // A stage a case refers to was removed: it is no longer in the form, so the list says it.
    if (problem.code === 'STAGE_IN_USE' || problem.code === 'STAGE_NOT_IN_ELECTION') field = 'stages';
    else if (problem.code && problem.code in FIELD_CODES) field = fieldOfElectionError(problem);
    if (field && !fields[field]) fields[field] = `errors.${problem.code}`;
  }
  if (Object.keys(fields).length === 0) return error;
  const body = (error.body ?? {}) as Record<string, unknown>;
  (error as { body: unknown }).body = { ...body, errors: fields };
  return error;
}

const FIELD_CODES = {
  ELECTION_NAME_REQUIRED: 1,
  INVALID_ELECTION_DATE: 1,
  ELECTION_ENDS_BEFORE_START: 1,
  STAGE_NAME_REQUIRED: 1,
  INVALID_STAGE_DATE: 1,
  STAGE_ENDS_BEFORE_START: 1,
  STAGE_OUTSIDE_ELECTION: 1,
} as const;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The form's values → the API's input: stages in the order shown, a kept stage naming its id. */
export function electionInput(data: Record<string, unknown>, withKind: boolean): Record<string, unknown> {
  const stages = Array.isArray(data.stages) ? (data.stages as Record<string, unknown>[]) : [];
  return {
    ...(withKind ? { kind: data.kind } : {}),
    name: text(data.name),
    startsOn: text(data.startsOn),
    endsOn: text(data.endsOn),
    stages: stages.map((stage) => ({
      ...(withKind || !text(stage.id) ? {} : { id: text(stage.id) }),
      name: text(stage.name),
      startsOn: text(stage.startsOn),
      endsOn: text(stage.endsOn),
    })),
  };
}

export function createElectionProvider(request: GraphQLRequest) {
  async function mutate(query: string, field: string, variables: Record<string, unknown>) {
    try {
      const answer = await request<Record<string, ElectionRecord>>(query, variables, { mutation: true });
      const result = answer[field];
      if (!result) throw new ApiError('BAD_RESPONSE');
      return result;
    } catch (error) {
      throw withFieldErrors(error);
    }
  }

  return {
    async list(): Promise<ElectionRecord[]> {
      const { elections } = await request<{ elections: ElectionRecord[] }>(
        `query Elections { elections { ${ELECTION_FIELDS} } }`,
      );
      return elections;
    },
    async one(id: Identifier): Promise<ElectionRecord> {
      const { election } = await request<{ election: ElectionRecord | null }>(
        `query Election($id: ID!) { election(id: $id) { ${ELECTION_FIELDS} } }`,
        { id: String(id) },
      );
      if (!election) throw new ApiError('NOT_FOUND', { id });
      return election;
    },
    async create(data: Record<string, unknown>): Promise<ElectionRecord> {
      return mutate(
        `mutation CreateElection($input: CreateElectionInput!) { createElection(input: $input) { ${ELECTION_FIELDS} } }`,
        'createElection',
        { input: electionInput(data, true) },
      );
    },
    /** `expectedVersion` is the version last read: a stale one is refused with CONFLICT. */
    async update(
      id: Identifier,
      data: Record<string, unknown>,
      previous: Record<string, unknown> | undefined,
    ): Promise<ElectionRecord> {
      return mutate(
        `mutation UpdateElection($id: ID!, $expectedVersion: Int!, $input: UpdateElectionInput!) {
          updateElection(id: $id, expectedVersion: $expectedVersion, input: $input) { ${ELECTION_FIELDS} } }`,
        'updateElection',
        {
          id: String(id),
          expectedVersion: Number(previous?.version ?? data.version),
          input: electionInput(data, false),
        },
      );
    },
  };
}
