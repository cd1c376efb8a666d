// User accounts, for the national administrator only: the list, and creating, changing, deactivating
// and resetting accounts. The domain says which commission level a role may hold and that nobody takes
// their own access away; passwords are hashed with scrypt outside the transaction (it is slow on purpose).
// Deactivating or resetting raises the account's session generation: its tokens stop at the next request.
import { randomUUID } from 'node:crypto';
import {
  checkAccountChange,
  checkRoleLevel,
  err,
  ok,
  validateAccount,
  type AccountError,
  type Result,
} from '@etik/domain';
import { NATIONAL_CHAIN } from '../audit/audit-event.entity.js';
import { requireUser } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import { checkNewPassword, hashPassword } from '../auth/password.js';
import { sessionChanged } from '../auth/session.js';
import { Commission } from '../commissions/commission.entity.js';
import type { Context } from '../context.js';
import { runMutation, type MutationScope } from '../db/transaction.js';
import { underCommission } from '../directory/scope.js';
import { claimVersion } from '../directory/versioning.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
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
import type { EntityManager } from '@mikro-orm/knex';
import { appendAudit } from '../audit/audit-trail.js';
import type { Orm } from '../db/orm.js';

/** Refusals of this module that are not the domain's. */
export const USER_MESSAGES: Readonly<Record<string, string>> = {
  USERNAME_TAKEN: 'Another account already has this username.',
};

/** The caller, if they are the national administrator; FORBIDDEN (with their role) for anyone else. */
export function requireNationalAdmin(ctx: Context): Result<CurrentUser, CodedError> {
  const user = requireUser(ctx.user);
  if (user.role !== 'nationalAdmin') return err(codedError('FORBIDDEN', { role: user.role }));
  return ok(user);
}

const USER_ORDERS: Record<UserSort, readonly SortKey[]> = {
  usernameAsc: [{ sql: 'u.username', direction: 'asc', kind: 'text' }],
  usernameDesc: [{ sql: 'u.username', direction: 'desc', kind: 'text' }],
  displayNameAsc: [
    { sql: 'u.display_name', direction: 'asc', kind: 'text' },
    { sql: 'u.id', direction: 'asc', kind: 'text' },
  ],
};

export async function listUsers(ctx: Context, args: UsersArgs): Promise<Result<Page<UserType>, CodedError>> {
  const admin = requireNationalAdmin(ctx);
  if (!admin.ok) return admin;
  const first = pageSizeOf(args.first);
  if (!first.ok) return first;
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
    first.value,
    args.after,
  );
  if (!page.ok) return page;
  const { ids, cursors, totalCount, hasNextPage } = page.value;
  const found = await em.find(User, { id: { $in: ids } });
  return ok({
    nodes: inOrder(ids, found).map((user) => UserType.from(user)),
    cursors,
    totalCount,
    hasNextPage,
  });
}

export async function findUser(ctx: Context, id: string): Promise<Result<UserType | null, CodedError>> {
  const admin = requireNationalAdmin(ctx);
  if (!admin.ok) return admin;
  const user = await ctx.em.findOne(User, { id });
  return ok(user ? UserType.from(user) : null);
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

async function commissionOf(scope: MutationScope, id: string): Promise<Result<Commission, CodedError>> {
  const commission = await scope.em.findOne(Commission, { id });
  return commission ? ok(commission) : err(codedError('NOT_FOUND', { commissionId: id }));
}

/** BAD_USER_INPUT when the input names a person the directory does not know. */
async function unknownPerson(
  scope: MutationScope,
  personId: string | null | undefined,
): Promise<CodedError | undefined> {
  if (personId && !(await scope.em.count(Person, { id: personId })))
    return codedError('BAD_USER_INPUT', { field: 'personId', reason: 'unknown' }, 'No such person.');
  return undefined;
}

export async function createUser(
  ctx: Context,
  input: CreateUserInput,
): Promise<Result<UserType, CodedError>> {
  const admin = requireNationalAdmin(ctx);
  if (!admin.ok) return admin;
  // Checked and hashed before the transaction opens: scrypt takes tens of milliseconds and needs no lock.
  const password = await checkNewPassword(input.password, input.username);
  const passwordHash = password.ok ? await hashPassword(input.password) : '';
  return runMutation<UserType, CodedError>(ctx, async (scope) => {
    const found = await commissionOf(scope, input.commissionId);
    if (!found.ok) return found;
    const commission = found.value;
    const account = validateAccount({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      commissionLevel: commission.level,
    });
    if (!account.ok || !password.ok)
      return invalid([...(account.ok ? [] : account.error), ...(password.ok ? [] : [password.error])]);
    if (await scope.em.count(User, { username: account.value.username }))
      return err({ code: 'USERNAME_TAKEN', username: account.value.username });
    const unknown = await unknownPerson(scope, input.personId);
    if (unknown) return err(unknown);
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
    scope.audit({
      chain: NATIONAL_CHAIN,
      action: 'userCreated',
      entityType: 'user',
      entityId: user.id,
      after: snapshotOf(user),
    });
    return ok(UserType.from(user));
  });
}

/** The account at the version the caller read, claimed (CONFLICT when it has changed since). */
async function loadForChange(
  scope: MutationScope,
  id: string,
  expectedVersion: number,
): Promise<Result<{ user: User; before: ReturnType<typeof snapshotOf> }, CodedError>> {
  const user = await scope.em.findOne(User, { id }, { populate: ['commission'] });
  if (!user) return err(codedError('NOT_FOUND', { id }));
  const before = snapshotOf(user);
  const claimed = await claimVersion(scope.em, User, user, expectedVersion);
  if (!claimed.ok) return claimed;
  return ok({ user, before });
}

export async function updateUser(ctx: Context, args: UpdateUserArgs): Promise<Result<UserType, CodedError>> {
  const actor = requireNationalAdmin(ctx);
  if (!actor.ok) return actor;
  return runMutation<UserType, CodedError>(ctx, async (scope) => {
    const loaded = await loadForChange(scope, args.id, args.expectedVersion);
    if (!loaded.ok) return loaded;
    const { user, before } = loaded.value;
    const role = args.role ?? user.role;
    const active = args.active ?? user.active;
    const found = args.commissionId ? await commissionOf(scope, args.commissionId) : ok(user.commission);
    if (!found.ok) return found;
    const commission = found.value;
    const change = checkAccountChange({
      actorUserId: actor.value.userId,
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
    if (args.personId !== undefined) {
      const unknown = await unknownPerson(scope, args.personId);
      if (unknown) return err(unknown);
    }

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
      chain: NATIONAL_CHAIN,
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
  const admin = requireNationalAdmin(ctx);
  if (!admin.ok) return admin;
  // The username, for the policy, before the transaction (it never changes; hashing needs no lock), read in
  // a fork of its own so that the partial row stays out of the request's identity map.
  const account = await ctx.em.fork().findOne(User, { id: args.id }, { fields: ['username'] });
  if (!account) return err(codedError('NOT_FOUND', { id: args.id }));
  const password = await checkNewPassword(args.newPassword, account.username);
  if (!password.ok) return err(password.error);
  const passwordHash = await hashPassword(args.newPassword);
  return runMutation<UserType, CodedError>(ctx, async (scope) => {
    const loaded = await loadForChange(scope, args.id, args.expectedVersion);
    if (!loaded.ok) return loaded;
    const { user } = loaded.value;
    user.passwordHash = passwordHash;
    // Every token issued with the old password stops working.
    user.sessionVersion += 1;
    await sessionChanged(scope.em, ctx.deps.sessions, user.id);
    user.updatedAt = scope.now;
    scope.audit({
      chain: NATIONAL_CHAIN,
      action: 'userPasswordReset',
      entityType: 'user',
      entityId: user.id,
      after: { version: user.version },
    });
    return ok(UserType.from(user));
  }).finally(() => ctx.deps.sessions.forget(args.id));
}

/**
 * A national administrator at KPU RI, made by the operators' `user:create-admin` command: no request and
 * nobody signed in, so the audit row has no actor and a `cli:` request id. The same rules as createUser
 * (username, password policy, a username taken). The reference data must be loaded (KPU RI exists).
 */
export async function createAdminFromCommandLine(
  orm: Orm,
  input: { readonly username: string; readonly displayName: string; readonly password: string },
  now: Date = new Date(),
): Promise<Result<UserType, CodedError>> {
  const em = orm.em.fork() as unknown as EntityManager;
  const commission = await em.findOne(Commission, { level: 'national' });
  if (!commission)
    throw new Error('The national commission is missing: load the regions and commissions first');
  const account = validateAccount({
    username: input.username,
    displayName: input.displayName,
    role: 'nationalAdmin',
    commissionLevel: commission.level,
  });
  const password = await checkNewPassword(input.password, input.username);
  if (!account.ok || !password.ok)
    return invalid([...(account.ok ? [] : account.error), ...(password.ok ? [] : [password.error])]);
  const passwordHash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    if (await tx.count(User, { username: account.value.username }))
      return err({ code: 'USERNAME_TAKEN', username: account.value.username });
    const user = Object.assign(new User(), {
      id: `user-${randomUUID()}`,
      username: account.value.username,
      displayName: account.value.displayName,
      passwordHash,
      role: account.value.role,
      commission,
      personId: null,
      createdAt: now,
      updatedAt: now,
    });
    tx.persist(user);
    await appendAudit(
      tx,
      [{ action: 'userCreated', entityType: 'user', entityId: user.id, after: snapshotOf(user) }],
      { chain: NATIONAL_CHAIN, at: now, requestId: `cli:user:create-admin:${randomUUID()}` },
    );
    return ok(UserType.from(user));
  });
}
