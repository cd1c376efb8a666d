// Conflict-of-interest declarations: the list, and the changes. A declaration is held by one commission's
// register: the one that formed the declarer's body, or, for its own commissioners and staff, the
// commission itself. Reading follows that commission's jurisdiction; changing is for its officers (and the
// national administrator), and a commissioner or staff member may also declare and change their own. Every
// declaration is checked by the domain's `validateDeclaration`, every change is one transaction with its
// audit row, and each names the version it last read.
import { randomUUID } from 'node:crypto';
import {
  err,
  ok,
  validateDeclaration,
  type DeclarationError,
  type FamilyTieDeclaration,
  type Result,
  type Role,
} from '@etik/domain';
import { descendantsPattern, requireUser } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { Context } from '../context.js';
import { isPostgres } from '../db/dialect.js';
import { runMutation, type MutationScope } from '../db/transaction.js';
import { underCommission, withinJurisdiction } from '../directory/scope.js';
import { claimVersion, versionConflict } from '../directory/versioning.js';
import { Election } from '../elections/election.entity.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
import { inOrder, keysetPage, pageSizeOf, type Page, type SortKey } from '../shared/paging.js';
import { ConflictDeclaration, Membership, Person } from '../adhoc-bodies/adhoc-body.entity.js';
import type { Commission } from '../commissions/commission.entity.js';
import { User } from '../users/user.entity.js';
import type {
  ConflictDeclarationsArgs,
  DeclareConflictInput,
  PublishConflictDeclarationArgs,
  UpdateConflictDeclarationArgs,
  WithdrawConflictDeclarationArgs,
} from './declaration.inputs.js';
import { ConflictDeclarationType } from './declaration.types.js';

/** Roles that keep the register of declarations; the national administrator may correct any of it. */
const DECLARATION_KEEPERS: readonly Role[] = ['officer', 'nationalAdmin'];

/** Refusals of this module that are not the domain's validation codes. */
export const DECLARATION_MESSAGES: Readonly<Record<string, string>> = {
  DECLARATION_WITHDRAWN: 'This declaration was withdrawn; it can no longer be changed.',
};

// ---- reading ----

const POPULATE = ['person', 'commission', 'membership.person', 'membership.body'] as const;

export async function listDeclarations(
  ctx: Context,
  args: ConflictDeclarationsArgs,
): Promise<Result<Page<ConflictDeclarationType>, CodedError>> {
  const user = requireUser(ctx.user);
  const first = pageSizeOf(args.first);
  if (!first.ok) return first;
  const em = ctx.em;
  const pg = isPostgres(em);
  const query = withinJurisdiction(
    em
      .getKnex()
      .from({ d: 'conflict_declaration' })
      .join({ c: 'commission' }, 'c.id', 'd.commission_id')
      .leftJoin({ m: 'membership' }, 'm.id', 'd.membership_id'),
    'c',
    user,
  );
  const filter = args.filter ?? {};
  if (filter.membershipId) query.where('d.membership_id', filter.membershipId);
  if (filter.personId) query.where('d.person_id', filter.personId);
  if (filter.byStaff === true) query.whereNull('d.membership_id');
  if (filter.byStaff === false) query.whereNotNull('d.membership_id');
  if (filter.bodyId) query.where('m.body_id', filter.bodyId);
  if (filter.commissionId) await underCommission(em, query, 'c', filter.commissionId);
  // SQLite stores booleans as 0/1.
  if (filter.published != null) query.where('d.published', pg ? filter.published : Number(filter.published));
  if (filter.relation) query.where('d.relation', filter.relation);
  if (filter.relativeRole) query.where('d.relative_role', filter.relativeRole);
  if (filter.withdrawn === true) query.whereNotNull('d.withdrawn_at');
  if (filter.withdrawn === false) query.whereNull('d.withdrawn_at');
  if (filter.electionId) query.where('d.election_id', filter.electionId);

  // Epoch milliseconds on both: SQLite stores them so, PostgreSQL's timestamptz is converted.
  const declaredAt = pg ? '(extract(epoch from d.declared_at) * 1000)::bigint' : 'd.declared_at';
  const direction = args.sort === 'declaredAtAsc' ? 'asc' : 'desc';
  const keys: SortKey[] = [
    { sql: declaredAt, direction, kind: 'number' },
    { sql: 'd.id', direction, kind: 'text' },
  ];
  const page = await keysetPage(em, query, keys, 'd.id', first.value, args.after);
  if (!page.ok) return page;
  const { ids, cursors, totalCount, hasNextPage } = page.value;
  const found = await em.find(ConflictDeclaration, { id: { $in: ids } }, { populate: POPULATE });
  return ok({
    nodes: inOrder(ids, found).map((declaration) => ConflictDeclarationType.from(declaration, user)),
    cursors,
    totalCount,
    hasNextPage,
  });
}

export async function findDeclaration(ctx: Context, id: string): Promise<ConflictDeclarationType | null> {
  const user = requireUser(ctx.user);
  const declaration = await ctx.em.findOne(
    ConflictDeclaration,
    { id, commission: { path: { $like: descendantsPattern(user.commissionPath) } } },
    { populate: POPULATE },
  );
  return declaration ? ConflictDeclarationType.from(declaration, user) : null;
}

// ---- changing ----

/**
 * FORBIDDEN unless the caller keeps `commissionId`'s register (its officers, the national administrator) or
 * is the declarer themself (a commissioner or staff member declaring their own ties).
 */
function keeperRefusal(user: CurrentUser, commissionId: string, declarerId: string): CodedError | undefined {
  if (user.personId === declarerId) return undefined;
  if (!DECLARATION_KEEPERS.includes(user.role)) return codedError('FORBIDDEN', { role: user.role });
  if (user.role === 'officer' && commissionId !== user.commissionId)
    return codedError('FORBIDDEN', { role: user.role, commissionId });
  return undefined;
}

/** FORBIDDEN at once for a role that keeps no register and has no person of its own to declare for. */
const cannotDeclare = (user: CurrentUser): CodedError | undefined =>
  DECLARATION_KEEPERS.includes(user.role) || user.personId
    ? undefined
    : codedError('FORBIDDEN', { role: user.role });

/** Who declares, and in which commission's register: a member's seat, or a staff person's account. */
async function declarerOf(
  scope: MutationScope,
  user: CurrentUser,
  input: DeclareConflictInput,
): Promise<Result<{ person: Person; commission: Commission; membership: Membership | null }, CodedError>> {
  const inJurisdiction = { path: { $like: descendantsPattern(user.commissionPath) } };
  if ((input.membershipId == null) === (input.personId == null))
    return err(
      codedError(
        'BAD_USER_INPUT',
        { field: 'membershipId', reason: 'membershipIdOrPersonId' },
        'Give the membership of an ad hoc member or the person of a commissioner or staff member.',
      ),
    );
  if (input.membershipId != null) {
    const membership = await scope.em.findOne(
      Membership,
      { id: input.membershipId, body: { commission: inJurisdiction } },
      { populate: ['person', 'body.commission'] },
    );
    if (!membership) return err(codedError('NOT_FOUND', { membershipId: input.membershipId }));
    return ok({ person: membership.person, commission: membership.body.commission, membership });
  }
  // A commissioner or staff member: a person linked to an account of a commission in the caller's reach.
  const account = await scope.em.findOne(
    User,
    { personId: input.personId!, commission: inJurisdiction },
    { populate: ['commission'], orderBy: { active: 'desc', id: 'asc' } },
  );
  const person = account && (await scope.em.findOne(Person, { id: input.personId! }));
  if (!account || !person) return err(codedError('NOT_FOUND', { personId: input.personId }));
  return ok({ person, commission: account.commission, membership: null });
}

/** Every validation error of the domain: the first one's code is `extensions.code`, all are in `errors`. */
const invalid = (errors: readonly DeclarationError[]): Result<never, CodedError> =>
  err({ ...errors[0]!, errors });

/** BAD_USER_INPUT when the relative is named as a person the directory does not know. */
async function unknownRelative(
  scope: MutationScope,
  relativePersonId: string | null | undefined,
): Promise<CodedError | undefined> {
  if (relativePersonId && !(await scope.em.count(Person, { id: relativePersonId })))
    return codedError('BAD_USER_INPUT', { field: 'relativePersonId', reason: 'unknown' }, 'No such person.');
  return undefined;
}

const snapshotOf = (declaration: FamilyTieDeclaration | ConflictDeclaration) => ({
  relativeName: declaration.relativeName,
  relativePersonId: declaration.relativePersonId ?? null,
  relation: declaration.relation,
  relativeRole: declaration.relativeRole,
  declaredAt: declaration.declaredAt,
  published: declaration.published,
  publishedUrl: declaration.publishedUrl ?? null,
});

/** The declaration as the domain sees it, with `changes` applied: what `validateDeclaration` checks. */
function validated(
  declaration: ConflictDeclaration,
  changes: Partial<Omit<FamilyTieDeclaration, 'id' | 'membershipId' | 'personId'>>,
) {
  const merged = { ...snapshotOf(declaration), ...changes };
  return validateDeclaration({
    id: declaration.id,
    ...(declaration.membership ? { membershipId: declaration.membership.id } : {}),
    personId: declaration.person.id,
    relativeName: merged.relativeName,
    ...(merged.relativePersonId ? { relativePersonId: merged.relativePersonId } : {}),
    relation: merged.relation,
    relativeRole: merged.relativeRole,
    declaredAt: merged.declaredAt,
    published: merged.published,
    ...(merged.publishedUrl ? { publishedUrl: merged.publishedUrl } : {}),
  });
}

function store(declaration: ConflictDeclaration, valid: FamilyTieDeclaration, now: Date): void {
  declaration.relativeName = valid.relativeName;
  declaration.relativePersonId = valid.relativePersonId ?? null;
  declaration.relation = valid.relation;
  declaration.relativeRole = valid.relativeRole;
  declaration.declaredAt = valid.declaredAt;
  declaration.published = valid.published;
  declaration.publishedUrl = valid.publishedUrl ?? null;
  declaration.updatedAt = now;
}

export async function declareConflict(
  ctx: Context,
  input: DeclareConflictInput,
): Promise<Result<ConflictDeclarationType, CodedError>> {
  const user = requireUser(ctx.user);
  const refused = cannotDeclare(user);
  if (refused) return err(refused);
  return runMutation<ConflictDeclarationType, CodedError>(ctx, async (scope) => {
    const { em, now, audit } = scope;
    const declarer = await declarerOf(scope, user, input);
    if (!declarer.ok) return declarer;
    const { person, commission, membership } = declarer.value;
    const refusal =
      keeperRefusal(user, commission.id, person.id) ?? (await unknownRelative(scope, input.relativePersonId));
    if (refusal) return err(refusal);
    const electionId = input.electionId ?? membership?.body.electionId ?? null;
    if (input.electionId && !(await em.count(Election, { id: input.electionId })))
      return err({ code: 'UNKNOWN_ELECTION', electionId: input.electionId });
    const result = validateDeclaration({
      id: randomUUID(),
      ...(membership ? { membershipId: membership.id } : {}),
      personId: person.id,
      relativeName: input.relativeName,
      ...(input.relativePersonId ? { relativePersonId: input.relativePersonId } : {}),
      relation: input.relation,
      relativeRole: input.relativeRole,
      declaredAt: input.declaredAt,
      published: input.published ?? false,
      ...(input.publishedUrl ? { publishedUrl: input.publishedUrl } : {}),
    });
    if (!result.ok) return invalid(result.error);
    const declaration = Object.assign(new ConflictDeclaration(), {
      id: result.value.id,
      person,
      commission,
      membership,
      electionId,
    });
    store(declaration, result.value, now);
    declaration.updatedAt = null;
    em.persist(declaration);
    audit({
      chain: commission.id,
      action: 'conflictDeclared',
      entityType: 'conflictDeclaration',
      entityId: declaration.id,
      after: {
        ...snapshotOf(declaration),
        personId: person.id,
        membershipId: membership?.id ?? null,
        electionId,
        version: 1,
      },
    });
    return ok(ConflictDeclarationType.from(declaration, user));
  });
}

/** Loads a declaration the caller may change, at the version they read, and not withdrawn. */
async function loadForChange(
  scope: MutationScope,
  user: CurrentUser,
  id: string,
  expectedVersion: number,
): Promise<Result<ConflictDeclaration, CodedError>> {
  const refused = cannotDeclare(user);
  if (refused) return err(refused);
  const declaration = await scope.em.findOne(
    ConflictDeclaration,
    { id, commission: { path: { $like: descendantsPattern(user.commissionPath) } } },
    { populate: POPULATE },
  );
  if (!declaration) return err(codedError('NOT_FOUND', { id }));
  const notKeeper = keeperRefusal(user, declaration.commission.id, declaration.person.id);
  if (notKeeper) return err(notKeeper);
  // A stale version is refused before a withdrawal: the caller is first told to reload.
  if (declaration.version !== expectedVersion) return err(versionConflict(declaration, expectedVersion));
  if (declaration.withdrawnAt) return err({ code: 'DECLARATION_WITHDRAWN', id });
  const claimed = await claimVersion(scope.em, ConflictDeclaration, declaration, expectedVersion);
  if (!claimed.ok) return claimed;
  return ok(declaration);
}

/** Runs one change of a declaration: load, change (validated), audit. */
function change(
  ctx: Context,
  id: string,
  expectedVersion: number,
  apply: (
    declaration: ConflictDeclaration,
    scope: MutationScope,
  ) => Promise<Result<{ action: string }, CodedError>>,
): Promise<Result<ConflictDeclarationType, CodedError>> {
  const user = requireUser(ctx.user);
  return runMutation<ConflictDeclarationType, CodedError>(ctx, async (scope) => {
    const loaded = await loadForChange(scope, user, id, expectedVersion);
    if (!loaded.ok) return loaded;
    const declaration = loaded.value;
    const before = { ...snapshotOf(declaration), version: expectedVersion };
    const applied = await apply(declaration, scope);
    if (!applied.ok) return applied;
    declaration.updatedAt = scope.now;
    scope.audit({
      chain: declaration.commission.id,
      action: applied.value.action,
      entityType: 'conflictDeclaration',
      entityId: declaration.id,
      before,
      after: {
        ...snapshotOf(declaration),
        version: declaration.version,
        ...(declaration.withdrawnAt
          ? { withdrawnAt: declaration.withdrawnAt, withdrawalReason: declaration.withdrawalReason }
          : {}),
      },
    });
    return ok(ConflictDeclarationType.from(declaration, user));
  });
}

export function updateDeclaration(ctx: Context, args: UpdateConflictDeclarationArgs) {
  return change(ctx, args.id, args.expectedVersion, async (declaration, scope) => {
    const changes = args.changes;
    if ('relativePersonId' in changes) {
      const unknown = await unknownRelative(scope, changes.relativePersonId);
      if (unknown) return err(unknown);
    }
    const result = validated(declaration, {
      ...(changes.relativeName != null ? { relativeName: changes.relativeName } : {}),
      ...(changes.relation != null ? { relation: changes.relation } : {}),
      ...(changes.relativeRole != null ? { relativeRole: changes.relativeRole } : {}),
      ...(changes.declaredAt != null ? { declaredAt: changes.declaredAt } : {}),
      ...(changes.relativePersonId !== undefined
        ? { relativePersonId: changes.relativePersonId ?? undefined }
        : {}),
    } as Partial<FamilyTieDeclaration>);
    if (!result.ok) return invalid(result.error);
    store(declaration, result.value, scope.now);
    return ok({ action: 'conflictDeclarationUpdated' });
  });
}

export function publishDeclaration(ctx: Context, args: PublishConflictDeclarationArgs) {
  return change(ctx, args.id, args.expectedVersion, async (declaration, scope) => {
    const publishedUrl =
      args.publishedUrl === undefined
        ? (declaration.publishedUrl ?? undefined)
        : (args.publishedUrl ?? undefined);
    const result = validated(declaration, {
      published: args.published,
      publishedUrl,
    } as Partial<FamilyTieDeclaration>);
    if (!result.ok) return invalid(result.error);
    store(declaration, result.value, scope.now);
    return ok({ action: args.published ? 'conflictDeclarationPublished' : 'conflictDeclarationUnpublished' });
  });
}

export async function withdrawDeclaration(
  ctx: Context,
  args: WithdrawConflictDeclarationArgs,
): Promise<Result<ConflictDeclarationType, CodedError>> {
  const reason = args.reason.trim();
  if (reason === '')
    return err(codedError('BAD_USER_INPUT', { field: 'reason', reason: 'required' }, 'Say why.'));
  return change(ctx, args.id, args.expectedVersion, async (declaration, scope) => {
    declaration.withdrawnAt = scope.now;
    declaration.withdrawalReason = reason;
    return ok({ action: 'conflictDeclarationWithdrawn' });
  });
}
