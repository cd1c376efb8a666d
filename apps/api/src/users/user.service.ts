// User accounts, for the national administrator only: the list, and creating, changing, deactivating
// and resetting accounts. The domain says which commission level a role may hold and that nobody takes
// their own access away; passwords are hashed with scrypt outside the transaction (it is slow on purpose).
// Deactivating or resetting raises the account's session generation: its tokens stop at the next request.
import { randomUUID } from 'node:crypto';
import {
  checkAccountChange,
  checkPassword,
  checkRoleLevel,
  err,
  ok,
  validateAccount,
  type AccountError,
  type Result,
} from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import { hashPassword } from '../auth/password.js';
import { sessionChanged } from '../auth/session.js';
import { Commission } from '../commissions/commission.entity.js';
import type { Context } from '../context.js';
import { runMutation, type MutationScope } from '../db/transaction.js';
import { underCommission } from '../directory/scope.js';
import { claimVersion } from '../directory/versioning.js';
import { apiError, type CodedError } from '../errors/to-graphql-error.js';
import {
  containsPattern,
  inOrder,
  keysetPage,
  pageSizeOf,
  type Page,
  type SortKey,
} from '../shared/paging.js';
import type { UserSort } from '../directory/directory-enums.js';
import { Person } from '../adhoc-bodies/adhoc-body.entity.js';
import { User } from './user.entity.js';
import {
  UserType,
  type CreateUserInput,
  type ResetUserPasswordArgs,
  type UpdateUserArgs,
  type UsersArgs,
} from './user.types.js';
import { isPostgres } from '../db/dialect.js';

/** Refusals of this module that are not the domain's. */
export const USER_MESSAGES: Readonly<Record<string, string>> = {
  USERNAME_TAKEN: 'Another account already has this username.',
};

export function requireNationalAdmin(ctx: Context): CurrentUser {
  const user = requireUser(ctx.user);
  if (user.role !== 'nationalAdmin') throw apiError('FORBIDDEN', { role: user.role });
  return user;
}

const USER_ORDERS: Record<UserSort, readonly SortKey[]> = {
  usernameAsc: [{ sql: 'u.username', direction: 'asc', kind: 'text' }],
  usernameDesc: [{ sql: 'u.username', direction: 'desc', kind: 'text' }],
  displayNameAsc: [
    { sql: 'u.display_name', direction: 'asc', kind: 'text' },
    { sql: 'u.id', direction: 'asc', kind: 'text' },
  ],
};

export async function listUsers(ctx: Context, args: UsersArgs): Promise<Page<UserType>> {
  requireNationalAdmin(ctx);
  const first = pageSizeOf(args.first);
  const em = ctx.em;
  const query = em.getKnex().from({ u: 'app_user' }).join({ c: 'commission' }, 'c.id', 'u.commission_id');
  const filter = args.filter ?? {};
  if (filter.role) query.where('u.role', filter.role);
  if (filter.commissionId) await underCommission(em, query, 'c', filter.commissionId);
  if (filter.active != null) query.where('u.active', isPostgres(em) ? filter.active : Number(filter.active));
  const text = filter.text?.trim().toLowerCase();
  if (text) {
    const pattern = containsPattern(text);
    query.where((either) =>
      either
        .whereRaw("lower(u.username) like ? escape '\\'", [pattern])
        .orWhereRaw("lower(u.display_name) like ? escape '\\'", [pattern]),
    );
  }
  const page = await keysetPage(
    em,
    query,
    USER_ORDERS[args.sort ?? 'usernameAsc'],
    'u.id',
    first,
    args.after,
  );
  const found = await em.find(User, { id: { $in: page.ids } });
  return {
    nodes: inOrder(page.ids, found).map((user) => UserType.from(user)),
    cursors: page.cursors,
    totalCount: page.totalCount,
    hasNextPage: page.hasNextPage,
  };
}

export async function findUser(ctx: Context, id: string): Promise<UserType | null> {
  requireNationalAdmin(ctx);
  const user = await ctx.em.findOne(User, { id });
  return user ? UserType.from(user) : null;
}

/** Every error of the domain: the first one's code is `extensions.code`, all are in `errors`. */
const invalid = (errors: readonly AccountError[]): Result<never, CodedError> =>
  err({ ...errors[0]!, errors });

const snapshotOf = (user: User) => ({
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  commissionId: user.commission.id,
  personId: user.personId ?? null,
  active: user.active,
  version: user.version,
});

async function commissionOf(scope: MutationScope, id: string): Promise<Commission> {
  const commission = await scope.em.findOne(Commission, { id });
  if (!commission) throw apiError('NOT_FOUND', { commissionId: id });
  return commission;
}

async function checkPerson(scope: MutationScope, personId: string | null | undefined): Promise<void> {
  if (personId && !(await scope.em.count(Person, { id: personId })))
    throw apiError('BAD_USER_INPUT', { field: 'personId', reason: 'unknown' }, 'No such person.');
}

export async function createUser(
  ctx: Context,
  input: CreateUserInput,
): Promise<Result<UserType, CodedError>> {
  requireNationalAdmin(ctx);
  // Hashed before the transaction opens: scrypt takes tens of milliseconds and needs no lock.
  const password = checkPassword(input.password);
  const passwordHash = password.ok ? await hashPassword(input.password) : '';
  return runMutation<UserType, CodedError>(ctx, async (scope) => {
    const commission = await commissionOf(scope, input.commissionId);
    const account = validateAccount({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      commissionLevel: commission.level,
      password: input.password,
    });
    if (!account.ok) return invalid(account.error);
    if (await scope.em.count(User, { username: account.value.username }))
      return err({ code: 'USERNAME_TAKEN', username: account.value.username });
    await checkPerson(scope, input.personId);
    const user = Object.assign(new User(), {
      id: `user-${randomUUID()}`,
      username: account.value.username,
      displayName: account.value.displayName,
      passwordHash,
      role: account.value.role,
      commission,
      personId: input.personId ?? null,
      createdAt: scope.now,
      updatedAt: scope.now,
    });
    scope.em.persist(user);
    scope.audit({ action: 'userCreated', entityType: 'user', entityId: user.id, after: snapshotOf(user) });
    return ok(UserType.from(user));
  });
}

/** The account at the version the caller read (or the current one when they name none), claimed. */
async function loadForChange(scope: MutationScope, id: string, expectedVersion: number | null | undefined) {
  const user = await scope.em.findOne(User, { id }, { populate: ['commission'] });
  if (!user) throw apiError('NOT_FOUND', { id });
  const before = snapshotOf(user);
  await claimVersion(scope.em, User, user, expectedVersion ?? user.version);
  return { user, before };
}

export async function updateUser(ctx: Context, args: UpdateUserArgs): Promise<Result<UserType, CodedError>> {
  const actor = requireNationalAdmin(ctx);
  return runMutation<UserType, CodedError>(ctx, async (scope) => {
    const { user, before } = await loadForChange(scope, args.id, args.expectedVersion);
    const role = args.role ?? user.role;
    const active = args.active ?? user.active;
    const commission = args.commissionId ? await commissionOf(scope, args.commissionId) : user.commission;
    const change = checkAccountChange({
      actorUserId: actor.userId,
      userId: user.id,
      before: { role: user.role, active: user.active },
      after: { role, active },
    });
    if (!change.ok) return err(change.error);
    const errors: AccountError[] = [];
    const level = checkRoleLevel(role, commission.level);
    if (!level.ok) errors.push(level.error);
    const displayName = args.displayName == null ? user.displayName : args.displayName.trim();
    if (displayName === '') errors.push({ code: 'DISPLAY_NAME_MISSING' });
    if (errors.length > 0) return invalid(errors);
    if (args.personId !== undefined) await checkPerson(scope, args.personId);

    // A deactivation ends the account's sessions; reactivating it does not bring old tokens back.
    if (user.active && !active) user.sessionVersion += 1;
    await sessionChanged(scope.em, ctx.deps.sessions, user.id);
    Object.assign(user, {
      role,
      active,
      commission,
      displayName,
      ...(args.personId !== undefined ? { personId: args.personId } : {}),
      updatedAt: scope.now,
    });
    scope.audit({
      action: 'userUpdated',
      entityType: 'user',
      entityId: user.id,
      before,
      after: snapshotOf(user),
    });
    return ok(UserType.from(user));
  }).finally(() => ctx.deps.sessions.forget(args.id));
}

export async function resetUserPassword(
  ctx: Context,
  args: ResetUserPasswordArgs,
): Promise<Result<UserType, CodedError>> {
  requireNationalAdmin(ctx);
  const password = checkPassword(args.newPassword);
  if (!password.ok) return err(password.error);
  const passwordHash = await hashPassword(args.newPassword);
  return runMutation<UserType, CodedError>(ctx, async (scope) => {
    const { user } = await loadForChange(scope, args.id, args.expectedVersion);
    user.passwordHash = passwordHash;
    // Every token issued with the old password stops working.
    user.sessionVersion += 1;
    await sessionChanged(scope.em, ctx.deps.sessions, user.id);
    user.updatedAt = scope.now;
    scope.audit({
      action: 'userPasswordReset',
      entityType: 'user',
      entityId: user.id,
      after: { version: user.version },
    });
    return ok(UserType.from(user));
  }).finally(() => ctx.deps.sessions.forget(args.id));
}
