// The commission's own people (issue #11 item 3): commissioners and secretariat staff get a person
// record linked to their account, so that they can sit on an examination team and be checked for
// conflicts of interest. The national administrator may do it for any account, a commission's officer
// for the accounts of their own commission. One transaction, audited on the account's commission chain.
import { randomUUID } from 'node:crypto';
import { err, isValidNik, ok, type Result } from '@etik/domain';
import { Person } from '../adhoc-bodies/adhoc-body.entity.js';
import { requireUser } from '../auth/access-policy.js';
import { sessionChanged } from '../auth/session.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { Context } from '../context.js';
import { runMutation } from '../db/transaction.js';
import { claimVersion } from '../directory/versioning.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
import { User } from '../users/user.entity.js';
import { UserType } from '../users/user.types.js';
import type { GiveUserPersonArgs } from './staff-person.types.js';
import { StaffPersonType } from './staff-person.types.js';

const SEXES = ['male', 'female'] as const;

/** FORBIDDEN unless the caller is the national administrator or an officer of the account's commission. */
function mayManage(user: CurrentUser, commissionId: string): CodedError | undefined {
  if (user.role === 'nationalAdmin') return undefined;
  if (user.role === 'officer' && user.commissionId === commissionId) return undefined;
  return codedError('FORBIDDEN', { role: user.role, commissionId });
}

/** Gives an account a person record: a new one (NIK checked) or one already on record. */
export async function giveUserPerson(
  ctx: Context,
  args: GiveUserPersonArgs,
): Promise<Result<UserType, CodedError>> {
  const caller = requireUser(ctx.user);
  if ((args.person == null) === (args.personId == null))
    return err(
      codedError(
        'BAD_USER_INPUT',
        { field: 'person', reason: 'exactlyOne' },
        'Give either a new person or an existing personId.',
      ),
    );
  return runMutation<UserType, CodedError>(ctx, async (scope) => {
    const user = await scope.em.findOne(User, { id: args.userId }, { populate: ['commission'] });
    if (!user) return err(codedError('NOT_FOUND', { id: args.userId }));
    const forbidden = mayManage(caller, user.commission.id);
    if (forbidden) return err(forbidden);
    if (user.personId) return err({ code: 'USER_HAS_PERSON', personId: user.personId });

    let person: Person;
    if (args.personId) {
      const found = await scope.em.findOne(Person, { id: args.personId });
      if (!found)
        return err(codedError('BAD_USER_INPUT', { field: 'personId', reason: 'unknown' }, 'No such person.'));
      person = found;
    } else {
      const input = args.person!;
      const nik = input.nik.trim();
      const name = input.name.trim().replace(/\s+/g, ' ');
      const sex = input.sex?.trim().toLowerCase() || null;
      if (!isValidNik(nik)) return err({ code: 'INVALID_NIK', field: 'nik' });
      if (name === '' || name.length > 255)
        return err(
          codedError('BAD_USER_INPUT', { field: 'name', reason: name === '' ? 'missing' : 'tooLong' }),
        );
      if (sex !== null && !(SEXES as readonly string[]).includes(sex))
        return err(codedError('BAD_USER_INPUT', { field: 'sex', reason: 'unknown' }, 'male or female.'));
      if (await scope.em.count(Person, { nik })) return err({ code: 'NIK_TAKEN', field: 'nik' });
      person = Object.assign(new Person(), { id: `person-${randomUUID()}`, nik, name, sex });
      scope.em.persist(person);
      scope.audit({
        chain: user.commission.id,
        action: 'personCreated',
        entityType: 'person',
        entityId: person.id,
        after: { name: person.name, sex: person.sex ?? null },
      });
    }

    const claimed = await claimVersion(scope.em, User, user, args.expectedVersion);
    if (!claimed.ok) return claimed;
    // The account's signed-in sessions carry its person: every instance reads it again.
    await sessionChanged(scope.em, ctx.deps.sessions, user.id);
    user.personId = person.id;
    user.updatedAt = scope.now;
    scope.audit({
      chain: user.commission.id,
      action: 'userPersonLinked',
      entityType: 'user',
      entityId: user.id,
      before: { personId: null },
      after: { personId: person.id, version: user.version },
    });
    return ok(UserType.from(user));
  }).finally(() => ctx.deps.sessions.forget(args.userId));
}

/**
 * The accounts of a commission (its commissioners and staff), each with the person record behind it or
 * none yet: what an officer needs to give their staff a person record.
 */
export async function listStaffPersons(
  ctx: Context,
  commissionId: string,
): Promise<Result<StaffPersonType[], CodedError>> {
  const caller = requireUser(ctx.user);
  if (caller.role !== 'nationalAdmin' && caller.commissionId !== commissionId)
    return err(codedError('FORBIDDEN', { role: caller.role, commissionId }));
  const users = await ctx.em.find(User, { commission: commissionId }, { orderBy: { username: 'asc' } });
  const personIds = users.flatMap((user) => (user.personId ? [user.personId] : []));
  const people = await ctx.em.find(Person, { id: { $in: personIds } });
  const byId = new Map(people.map((person) => [person.id, person]));
  return ok(
    users.map((user) => {
      const person = user.personId ? byId.get(user.personId) : undefined;
      return Object.assign(new StaffPersonType(), {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        active: user.active,
        version: user.version,
        personId: person?.id ?? null,
        name: person?.name ?? null,
        sex: person?.sex ?? null,
      });
    }),
  );
}
