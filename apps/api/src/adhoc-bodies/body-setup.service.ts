// A KPU Kabupaten/Kota forms, renames and dissolves its ad hoc bodies. Only the forming commission's
// officers and commissioners (and the national administrator) may; the domain checks the draft (type ↔
// region level, TPS number, the region inside the commission's regency) and the dissolution. Every change
// is one transaction with its audit row on the commission's chain, and names the version it last read.
import {
  bodyIdOf,
  checkBodyDraft,
  checkDissolution,
  err,
  ok,
  type BodyDraftError,
  type MembershipStatus,
  type Result,
  type Role,
  tryParseLocalDate,
} from '@etik/domain';
import { descendantsPattern, requireUser } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import { Commission } from '../commissions/commission.entity.js';
import type { Context } from '../context.js';
import { runMutation, type MutationScope } from '../db/transaction.js';
import { claimVersion, versionConflict } from '../directory/versioning.js';
import { Election } from '../elections/election.entity.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
import { Region } from '../regions/region.entity.js';
import { AdhocBody, Membership } from './adhoc-body.entity.js';
import { AdhocBodyType } from './adhoc-body.types.js';
import type {
  CreateAdhocBodyInput,
  DissolveAdhocBodyArgs,
  UpdateAdhocBodyArgs,
} from './body-setup.inputs.js';

/** Roles that form bodies: the regency's officers and commissioners; the national administrator for any. */
const BODY_KEEPERS: readonly Role[] = ['officer', 'commissioner', 'nationalAdmin'];

/** Members who still hold a seat: a body with any cannot be dissolved. */
const SEAT_HOLDING: readonly MembershipStatus[] = ['active', 'temporarilyDismissed'];

/** FORBIDDEN unless the caller keeps the bodies of `commissionId` (their members too). */
export function keeperRefusal(user: CurrentUser, commissionId: string): CodedError | undefined {
  if (!BODY_KEEPERS.includes(user.role)) return codedError('FORBIDDEN', { role: user.role });
  if (user.role !== 'nationalAdmin' && user.commissionId !== commissionId)
    return codedError('FORBIDDEN', { role: user.role, commissionId });
  return undefined;
}

/** A term date the caller gave that is no YYYY-MM-DD calendar date. */
function termDateRefusal(input: CreateAdhocBodyInput): CodedError | undefined {
  for (const field of ['termStartsOn', 'termEndsOn'] as const) {
    const value = input[field];
    if (value != null && !tryParseLocalDate(value).ok)
      return codedError('BAD_USER_INPUT', { field, reason: 'format' }, `${field} must be YYYY-MM-DD.`);
  }
  return undefined;
}

/**
 * The election the body is formed for and its term: the dates given, else the election's; a term that
 * ends before it starts is refused.
 */
async function electionTermOf(
  scope: MutationScope,
  input: CreateAdhocBodyInput,
): Promise<Result<Pick<AdhocBody, 'electionId' | 'termStartsOn' | 'termEndsOn'>, CodedError>> {
  let election: Election | null = null;
  if (input.electionId) {
    election = await scope.em.findOne(Election, { id: input.electionId });
    if (!election) return err({ code: 'UNKNOWN_ELECTION', electionId: input.electionId });
  }
  const termStartsOn = input.termStartsOn ?? election?.startsOn ?? null;
  const termEndsOn = input.termEndsOn ?? election?.endsOn ?? null;
  if (termStartsOn !== null && termEndsOn !== null && termEndsOn < termStartsOn)
    return err({ code: 'TERM_ENDS_BEFORE_START', termStartsOn, termEndsOn });
  return ok({ electionId: election?.id ?? null, termStartsOn, termEndsOn });
}

/** Every problem of the draft: the first one's code is `extensions.code`, all are in `errors`. */
const invalid = (errors: readonly BodyDraftError[]): Result<never, CodedError> =>
  err({ ...errors[0]!, errors });

const snapshotOf = (body: AdhocBody) => ({
  type: body.type,
  name: body.name,
  regionCode: body.region.code,
  tpsNumber: body.tpsNumber ?? null,
  commissionId: body.commission.id,
  version: body.version,
  electionId: body.electionId ?? null,
  termStartsOn: body.termStartsOn ?? null,
  termEndsOn: body.termEndsOn ?? null,
});

/** The first free readable id on the spot: a body dissolved there keeps its id (and history). */
async function freeIdFor(scope: MutationScope, type: AdhocBody['type'], regionCode: string, tps?: number) {
  const base = bodyIdOf(type, regionCode, tps);
  const taken = new Set(
    (await scope.em.find(AdhocBody, { id: { $like: `${base}%` } }, { fields: ['id'] })).map(
      (body) => body.id,
    ),
  );
  let generation = 1;
  while (taken.has(bodyIdOf(type, regionCode, tps, generation))) generation += 1;
  return bodyIdOf(type, regionCode, tps, generation);
}

export async function createBody(
  ctx: Context,
  input: CreateAdhocBodyInput,
): Promise<Result<AdhocBodyType, CodedError>> {
  const user = requireUser(ctx.user);
  const commissionId = input.commissionId ?? user.commissionId;
  const refusal = keeperRefusal(user, commissionId) ?? termDateRefusal(input);
  if (refusal) return err(refusal);
  return runMutation<AdhocBodyType, CodedError>(ctx, async (scope) => {
    const { em, now } = scope;
    const commission = await em.findOne(
      Commission,
      { id: commissionId, path: { $like: descendantsPattern(user.commissionPath) } },
      { populate: ['region'] },
    );
    if (!commission) return err(codedError('NOT_FOUND', { commissionId }));
    if (commission.level !== 'regency' || !commission.region)
      return err({ code: 'NOT_A_REGENCY_COMMISSION', commissionId, level: commission.level });
    const region = await em.findOne(Region, { code: input.regionCode });
    if (!region)
      return err(codedError('BAD_USER_INPUT', { field: 'regionCode', reason: 'unknown' }, 'No such region.'));
    const tpsNumber = input.tpsNumber ?? undefined;
    const checked = checkBodyDraft({
      type: input.type,
      name: input.name,
      region: { code: region.code, level: region.level },
      tpsNumber,
      commissionRegionCode: commission.region.code,
    });
    if (!checked.ok) return invalid(checked.error);
    const serving = await em.findOne(AdhocBody, {
      type: input.type,
      region: region.code,
      tpsNumber: tpsNumber ?? null,
      dissolvedAt: null,
    });
    if (serving) return err({ code: 'BODY_EXISTS', bodyId: serving.id });
    const term = await electionTermOf(scope, input);
    if (!term.ok) return term;
    const body = Object.assign(new AdhocBody(), {
      id: await freeIdFor(scope, input.type, region.code, tpsNumber),
      type: input.type,
      name: checked.value.name,
      region,
      commission,
      tpsNumber: tpsNumber ?? null,
      version: 1,
      formedAt: now,
      dissolvedAt: null,
      dissolveReason: null,
      ...term.value,
    });
    em.persist(body);
    scope.audit({
      chain: commission.id,
      action: 'adhocBodyCreated',
      entityType: 'adhocBody',
      entityId: body.id,
      after: { ...snapshotOf(body), formedAt: now },
    });
    return ok(AdhocBodyType.from(body));
  });
}

/** Loads a body the caller may change, at the version they read, not dissolved; claims the next version. */
async function loadForChange(
  scope: MutationScope,
  user: CurrentUser,
  id: string,
  expectedVersion: number,
): Promise<Result<AdhocBody, CodedError>> {
  const body = await scope.em.findOne(
    AdhocBody,
    { id, commission: { path: { $like: descendantsPattern(user.commissionPath) } } },
    { populate: ['commission', 'region'] },
  );
  if (!body) return err(codedError('NOT_FOUND', { id }));
  const refusal = keeperRefusal(user, body.commission.id);
  if (refusal) return err(refusal);
  // A stale version is refused first: the caller is told to reload before anything else.
  if (body.version !== expectedVersion) return err(versionConflict(body, expectedVersion));
  if (body.dissolvedAt) return err({ code: 'BODY_DISSOLVED', id, dissolvedAt: body.dissolvedAt });
  const claimed = await claimVersion(scope.em, AdhocBody, body, expectedVersion);
  if (!claimed.ok) return claimed;
  return ok(body);
}

export function updateBody(
  ctx: Context,
  args: UpdateAdhocBodyArgs,
): Promise<Result<AdhocBodyType, CodedError>> {
  const user = requireUser(ctx.user);
  return runMutation<AdhocBodyType, CodedError>(ctx, async (scope) => {
    const name = args.name.trim();
    if (name === '') return err({ code: 'BODY_NAME_REQUIRED' });
    const loaded = await loadForChange(scope, user, args.id, args.expectedVersion);
    if (!loaded.ok) return loaded;
    const body = loaded.value;
    const before = { name: body.name, version: args.expectedVersion };
    body.name = name;
    scope.audit({
      chain: body.commission.id,
      action: 'adhocBodyUpdated',
      entityType: 'adhocBody',
      entityId: body.id,
      before,
      after: { name: body.name, version: body.version },
    });
    return ok(AdhocBodyType.from(body));
  });
}

export function dissolveBody(
  ctx: Context,
  args: DissolveAdhocBodyArgs,
): Promise<Result<AdhocBodyType, CodedError>> {
  const user = requireUser(ctx.user);
  return runMutation<AdhocBodyType, CodedError>(ctx, async (scope) => {
    const loaded = await loadForChange(scope, user, args.id, args.expectedVersion);
    if (!loaded.ok) return loaded;
    const body = loaded.value;
    const activeMembers = await scope.em.count(Membership, {
      body: body.id,
      status: { $in: [...SEAT_HOLDING] },
    });
    const checked = checkDissolution({
      reason: args.reason,
      dissolvedAt: args.dissolvedAt,
      now: scope.now,
      formedAt: body.formedAt ?? undefined,
      activeMembers,
    });
    if (!checked.ok) return err(checked.error);
    body.dissolvedAt = args.dissolvedAt;
    body.dissolveReason = checked.value.reason;
    scope.audit({
      chain: body.commission.id,
      action: 'adhocBodyDissolved',
      entityType: 'adhocBody',
      entityId: body.id,
      before: { version: args.expectedVersion },
      after: { dissolvedAt: body.dissolvedAt, dissolveReason: body.dissolveReason, version: body.version },
    });
    return ok(AdhocBodyType.from(body));
  });
}
