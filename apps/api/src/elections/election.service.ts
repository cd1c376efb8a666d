// Elections and their stages: national records that only the national administrator creates and changes,
// every signed-in user reads. The domain checks a draft (name, dates, stages within the election); each
// change is one transaction with its audit row on the national chain, and names the version it last read.
// A stage keeps its id across changes (cases refer to it), and one a case refers to cannot be removed.
import { randomUUID } from 'node:crypto';
import {
  checkElectionDraft,
  err,
  ok,
  type ElectionDraft,
  type ElectionDraftError,
  type Result,
} from '@etik/domain';
import { NATIONAL_CHAIN } from '../audit/audit-trail.js';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { runMutation } from '../db/transaction.js';
import { claimVersion, versionConflict } from '../directory/versioning.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
import { EthicsCaseRecord } from '../ethics-cases/ethics-case.entity.js';
import { Election, ElectionStage } from './election.entity.js';
import {
  ElectionType,
  type CreateElectionInput,
  type ElectionStageInput,
  type UpdateElectionInput,
} from './election.types.js';

/** FORBIDDEN unless the caller is the national administrator. */
function adminRefusal(ctx: Context): CodedError | undefined {
  const user = requireUser(ctx.user);
  return user.role === 'nationalAdmin' ? undefined : codedError('FORBIDDEN', { role: user.role });
}

/** Every problem of the draft: the first one's code is `extensions.code`, all are in `errors`. */
const invalid = (errors: readonly ElectionDraftError[]): Result<never, CodedError> =>
  err({ ...errors[0]!, errors });

const stageDraftOf = (stage: Pick<ElectionStageInput, 'name' | 'startsOn' | 'endsOn'>) => ({
  name: stage.name,
  startsOn: stage.startsOn,
  endsOn: stage.endsOn,
});

const snapshotOf = (election: Election) => ({
  kind: election.kind,
  name: election.name,
  startsOn: election.startsOn,
  endsOn: election.endsOn,
  version: election.version,
  stages: election.stages
    .getItems()
    .map(({ id, name, startsOn, endsOn, ordinal }) => ({ id, name, startsOn, endsOn, ordinal })),
});

/** Newest first: by start date, then by when they were recorded. */
export async function listElections(ctx: Context): Promise<ElectionType[]> {
  requireUser(ctx.user);
  const elections = await ctx.em.find(
    Election,
    {},
    { populate: ['stages'], orderBy: { startsOn: 'desc', createdAt: 'desc', id: 'desc' } },
  );
  return elections.map((election) => ElectionType.from(election));
}

export async function findElection(ctx: Context, id: string): Promise<ElectionType | null> {
  requireUser(ctx.user);
  const election = await ctx.em.findOne(Election, { id }, { populate: ['stages'] });
  return election ? ElectionType.from(election) : null;
}

export async function createElection(
  ctx: Context,
  input: CreateElectionInput,
): Promise<Result<ElectionType, CodedError>> {
  const refusal = adminRefusal(ctx);
  if (refusal) return err(refusal);
  const checked = checkElectionDraft({
    kind: input.kind,
    name: input.name,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    stages: (input.stages ?? []).map(stageDraftOf),
  });
  if (!checked.ok) return invalid(checked.error);
  const draft = checked.value;
  return runMutation<ElectionType, CodedError>(ctx, async (scope) => {
    const election = Object.assign(new Election(), {
      id: randomUUID(),
      kind: draft.kind,
      name: draft.name,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      version: 1,
      createdAt: scope.now,
    });
    draft.stages.forEach((stage, ordinal) =>
      election.stages.add(
        Object.assign(new ElectionStage(), { ...stage, id: randomUUID(), ordinal, election }),
      ),
    );
    scope.em.persist(election);
    scope.audit({
      chain: NATIONAL_CHAIN,
      action: 'electionCreated',
      entityType: 'election',
      entityId: election.id,
      after: snapshotOf(election),
    });
    return ok(ElectionType.from(election));
  });
}

/**
 * Which stored stage each entry of a new stage list keeps: the one it names by id (which must be this
 * election's), else an unclaimed one of the same name, else none (a new stage).
 */
function matchStages(
  election: Election,
  entries: readonly ElectionStageInput[],
): Result<(ElectionStage | undefined)[], CodedError> {
  const stored = election.stages.getItems();
  const claimed = new Set<string>();
  const byId: (ElectionStage | undefined)[] = [];
  for (const entry of entries) {
    if (!entry.id) {
      byId.push(undefined);
      continue;
    }
    const stage = stored.find((candidate) => candidate.id === entry.id);
    if (!stage) return err({ code: 'STAGE_NOT_IN_ELECTION', stageId: entry.id, electionId: election.id });
    if (claimed.has(stage.id))
      return err(codedError('BAD_USER_INPUT', { field: 'stages', reason: 'duplicate', stageId: stage.id }));
    claimed.add(stage.id);
    byId.push(stage);
  }
  return ok(
    entries.map((entry, index) => {
      if (entry.id) return byId[index];
      const sameName = stored.find(
        (candidate) => !claimed.has(candidate.id) && candidate.name === entry.name.trim(),
      );
      if (sameName) claimed.add(sameName.id);
      return sameName;
    }),
  );
}

export function updateElection(
  ctx: Context,
  id: string,
  expectedVersion: number,
  input: UpdateElectionInput,
): Promise<Result<ElectionType, CodedError>> {
  const refusal = adminRefusal(ctx);
  if (refusal) return Promise.resolve(err(refusal));
  return runMutation<ElectionType, CodedError>(ctx, async (scope) => {
    const { em } = scope;
    const election = await em.findOne(Election, { id }, { populate: ['stages'] });
    if (!election) return err(codedError('NOT_FOUND', { id }));
    // A stale version is refused first: the caller is told to reload before anything else.
    if (election.version !== expectedVersion) return err(versionConflict(election, expectedVersion));
    const entries: readonly ElectionStageInput[] =
      input.stages ??
      election.stages.getItems().map(({ id, name, startsOn, endsOn }) => ({ id, name, startsOn, endsOn }));
    const draft: ElectionDraft = {
      kind: election.kind,
      name: input.name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      stages: entries.map(stageDraftOf),
    };
    const checked = checkElectionDraft(draft);
    if (!checked.ok) return invalid(checked.error);
    const matched = matchStages(election, entries);
    if (!matched.ok) return matched;
    const kept = new Set(matched.value.flatMap((stage) => (stage ? [stage.id] : [])));
    const removed = election.stages.getItems().filter((stage) => !kept.has(stage.id));
    if (removed.length > 0) {
      const used = await em.findOne(
        EthicsCaseRecord,
        { electionStageId: { $in: removed.map((stage) => stage.id) } },
        { fields: ['id', 'electionStageId'] },
      );
      if (used) return err({ code: 'STAGE_IN_USE', stageId: used.electionStageId });
    }
    const before = snapshotOf(election);
    const claimed = await claimVersion(em, Election, election, expectedVersion);
    if (!claimed.ok) return claimed;
    const { name, startsOn, endsOn, stages } = checked.value;
    Object.assign(election, { name, startsOn, endsOn });
    for (const stage of removed) election.stages.remove(stage);
    stages.forEach((values, ordinal) => {
      const stage = matched.value[ordinal];
      if (stage) Object.assign(stage, values, { ordinal });
      else
        election.stages.add(
          Object.assign(new ElectionStage(), { ...values, id: randomUUID(), ordinal, election }),
        );
    });
    scope.audit({
      chain: NATIONAL_CHAIN,
      action: 'electionUpdated',
      entityType: 'election',
      entityId: election.id,
      before,
      after: snapshotOf(election),
    });
    return ok(ElectionType.from(election));
  });
}
