// The office's own acts on memberships outside a case (issue #11 item 4): appointment (with the seats of
// the body and a permanent dismissal on record checked by the domain), the oath and the integrity pact
// recorded later, the end of a seat (resignation, death, permanent incapacity, end of term) and a transfer
// to another body. The keepers of the body's commission may (body-setup.service.ts `keeperRefusal`); every
// act is dated by the user, is one transaction, is audited on the commission's chain and shows in the
// member's history (membership_status_change rows).
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import {
  checkAppointment,
  checkMembershipActAt,
  checkSeatFree,
  endEventOf,
  err,
  isValidNik,
  ok,
  ruleSetFor,
  type MembershipEndReason,
  type MembershipEvent,
  type MembershipStatus,
  type Result,
} from '@etik/domain';
import { descendantsPattern, requireUser } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { Context } from '../context.js';
import { isPostgres } from '../db/dialect.js';
import { runMutation, type MutationScope } from '../db/transaction.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
import { AdhocBody, Membership, Person } from './adhoc-body.entity.js';
import { MembershipType } from './adhoc-body.types.js';
import { keeperRefusal } from './body-setup.service.js';
import type { AppointMemberInput, NewPersonInput } from './membership-lifecycle.inputs.js';
import { applyMembershipChange, toDomainMembership } from './membership.service.js';

/** Members who hold a seat: a suspended member may be reinstated, so their seat is not free. */
const SEAT_HOLDING: readonly MembershipStatus[] = ['active', 'temporarilyDismissed'];
const SEXES = ['male', 'female'];

type Outcome = Promise<Result<MembershipType, CodedError>>;

/**
 * A body the caller keeps and that still serves. A role that keeps no bodies is refused first; a body outside
 * the caller's jurisdiction is NOT_FOUND, as everywhere else, so ids of other regencies are not confirmed.
 */
async function keptBody(
  scope: MutationScope,
  user: CurrentUser,
  bodyId: string,
): Promise<Result<AdhocBody, CodedError>> {
  const notKeeper = keeperRefusal(user, user.commissionId);
  if (notKeeper) return err(notKeeper);
  const body = await scope.em.findOne(
    AdhocBody,
    { id: bodyId, commission: { path: { $like: descendantsPattern(user.commissionPath) } } },
    { populate: ['commission', 'region'] },
  );
  if (!body) return err(codedError('NOT_FOUND', { id: bodyId }));
  return stillKept(user, body);
}

/** The body, if its commission is the caller's to keep and it still serves (its commission loaded). */
function stillKept(user: CurrentUser, body: AdhocBody): Result<AdhocBody, CodedError> {
  const refusal = keeperRefusal(user, body.commission.id);
  if (refusal) return err(refusal);
  if (body.dissolvedAt) return err({ code: 'BODY_DISSOLVED', id: body.id, dissolvedAt: body.dissolvedAt });
  return ok(body);
}

/** A membership of a body the caller keeps (dissolved bodies take no more changes). */
async function keptMembership(
  scope: MutationScope,
  user: CurrentUser,
  membershipId: string,
): Promise<Result<Membership, CodedError>> {
  const notKeeper = keeperRefusal(user, user.commissionId);
  if (notKeeper) return err(notKeeper);
  const membership = await scope.em.findOne(
    Membership,
    { id: membershipId, body: { commission: { path: { $like: descendantsPattern(user.commissionPath) } } } },
    { populate: ['person', 'body.commission', 'body.region'] },
  );
  if (!membership) return err(codedError('NOT_FOUND', { id: membershipId }));
  const body = stillKept(user, membership.body);
  return body.ok ? ok(membership) : body;
}

/**
 * Seats of the body by the rule set in force when it was formed, and the members holding one now. On
 * PostgreSQL the body's row is locked until the commit, so two appointments cannot both take the last
 * seat (SQLite lets one writer at a time).
 */
export async function seatsOf(scope: MutationScope, body: AdhocBody) {
  if (isPostgres(scope.em)) await scope.em.lock(body, LockMode.PESSIMISTIC_WRITE);
  const ruleSet = ruleSetFor(body.formedAt ?? scope.now);
  if (!ruleSet.ok) throw new Error(`No rule set for body ${body.id}: ${ruleSet.error.code}`);
  const active = await scope.em.count(Membership, { body: body.id, status: { $in: [...SEAT_HOLDING] } });
  return { seats: ruleSet.value.bodySeats[body.type].seats, active };
}

/** SEATS_FULL names the seats and how many are taken, in the import's words too (`active`). */
export const seatsFull = (error: { code: 'SEATS_FULL'; seats: number; active: number }): CodedError => ({
  ...error,
  taken: error.active,
});

/** Applies the event, persists the history row and audits it on the body's commission chain. */
function record(
  scope: MutationScope,
  membership: Membership,
  event: MembershipEvent,
  at: Date,
  extra: { confirmedDismissals?: readonly string[]; audit?: Record<string, unknown> } = {},
): Result<Membership, CodedError> {
  const applied = applyMembershipChange(membership, event, at);
  if (!applied.ok) return err(applied.error);
  const confirmed = extra.confirmedDismissals ?? [];
  if (confirmed.length > 0) applied.value.change.confirmedDismissals = [...confirmed];
  scope.em.persist(applied.value.change);
  scope.audit({
    chain: membership.body.commission.id,
    ...applied.value.audit,
    after: {
      ...(applied.value.audit.after as Record<string, unknown>),
      at,
      bodyId: membership.body.id,
      personId: membership.person.id,
      ...(confirmed.length > 0 ? { confirmedDismissals: confirmed } : {}),
      ...extra.audit,
    },
  });
  return ok(membership);
}

/** A new person from the input, NIK and the few shapes checked; NIK_TAKEN when the NIK is on record. */
async function newPerson(scope: MutationScope, input: NewPersonInput): Promise<Result<Person, CodedError>> {
  const nik = input.nik.trim();
  const name = input.name.trim().replace(/\s+/g, ' ');
  const optional = (value: string | null | undefined) => value?.trim() || null;
  const sex = optional(input.sex)?.toLowerCase() ?? null;
  const birthDate = optional(input.birthDate);
  if (!isValidNik(nik)) return err({ code: 'INVALID_NIK', field: 'nik' });
  if (name === '') return err(codedError('BAD_USER_INPUT', { field: 'name', reason: 'missing' }));
  if (sex !== null && !SEXES.includes(sex)) return err({ code: 'INVALID_SEX', field: 'sex' });
  if (birthDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate))
    return err({ code: 'INVALID_DATE', field: 'birthDate' });
  // The member import's shapes (validate-member-record.ts), which also fit the columns.
  const phone = optional(input.phone)?.replace(/[\s.\-()]/g, '') ?? null;
  if (phone !== null && !/^\+?\d{8,15}$/.test(phone)) return err({ code: 'INVALID_PHONE', field: 'phone' });
  const email = optional(input.email);
  if (email !== null && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email))
    return err({ code: 'INVALID_EMAIL', field: 'email' });
  if (await scope.em.count(Person, { nik })) return err({ code: 'NIK_TAKEN', field: 'nik' });
  return ok(
    Object.assign(new Person(), {
      id: `person-${randomUUID()}`,
      nik,
      name,
      sex,
      birthDate,
      address: optional(input.address),
      phone,
      email,
    }),
  );
}

/** A candidate membership of the person in the body, made for the appointment. */
function newCandidate(person: Person, body: AdhocBody, position: Membership['position']): Membership {
  return Object.assign(new Membership(), {
    id: `membership-${randomUUID()}`,
    person,
    body,
    position,
    status: 'candidate',
    selectionRank: null,
    replaces: null,
    statusHistory: [],
  });
}

/**
 * The membership to appoint: the ranked candidate named, the person's candidacy in the body, or a new
 * one. ALREADY_MEMBER when the person is on record in the body beyond a candidacy.
 */
export async function membershipToAppoint(
  scope: MutationScope,
  body: AdhocBody,
  input: Pick<AppointMemberInput, 'membershipId' | 'person' | 'personId' | 'position'>,
): Promise<Result<{ membership: Membership; newPerson?: Person }, CodedError>> {
  const { em } = scope;
  if (input.membershipId) {
    const membership = await em.findOne(
      Membership,
      { id: input.membershipId, body: body.id },
      { populate: ['person', 'body.commission'] },
    );
    if (!membership) return err(codedError('NOT_FOUND', { id: input.membershipId }));
    if (membership.status !== 'candidate')
      return err({ code: 'ALREADY_MEMBER', membershipId: membership.id, status: membership.status });
    return ok({ membership });
  }
  if (input.person) {
    const person = await newPerson(scope, input.person);
    if (!person.ok) return person;
    return ok({ membership: newCandidate(person.value, body, input.position), newPerson: person.value });
  }
  const person = await em.findOne(Person, { id: input.personId! });
  if (!person)
    return err(codedError('BAD_USER_INPUT', { field: 'personId', reason: 'unknown' }, 'No such person.'));
  const recorded = await em.findOne(
    Membership,
    { person: person.id, body: body.id },
    { populate: ['person', 'body.commission'] },
  );
  if (recorded && recorded.status !== 'candidate')
    return err({ code: 'ALREADY_MEMBER', membershipId: recorded.id, status: recorded.status });
  return ok({ membership: recorded ?? newCandidate(person, body, input.position) });
}

export async function appointMember(ctx: Context, input: AppointMemberInput): Outcome {
  const user = requireUser(ctx.user);
  const given = [input.personId, input.person, input.membershipId].filter((value) => value != null);
  if (given.length !== 1)
    return err(
      codedError(
        'BAD_USER_INPUT',
        { field: 'personId', reason: 'exactlyOne' },
        'Give exactly one of personId, person or membershipId.',
      ),
    );
  return runMutation<Membership, CodedError>(ctx, async (scope) => {
    const body = await keptBody(scope, user, input.bodyId);
    if (!body.ok) return body;
    const found = await membershipToAppoint(scope, body.value, input);
    if (!found.ok) return found;
    const { membership } = found.value;
    const at = checkMembershipActAt(toDomainMembership(membership), input.appointedAt, scope.now);
    if (!at.ok) return at;

    const personMemberships = found.value.newPerson
      ? []
      : await scope.em.find(Membership, { person: membership.person.id }, { populate: ['body'] });
    const checked = checkAppointment({
      body: await seatsOf(scope, body.value),
      personMemberships: personMemberships.map(toDomainMembership),
      confirmPreviousDismissal: input.confirmPreviousDismissal === true,
    });
    if (!checked.ok)
      return err(checked.error.code === 'SEATS_FULL' ? seatsFull(checked.error) : checked.error);

    if (found.value.newPerson) {
      const person = found.value.newPerson;
      scope.em.persist(person);
      scope.audit({
        chain: body.value.commission.id,
        action: 'personCreated',
        entityType: 'person',
        entityId: person.id,
        after: { name: person.name, sex: person.sex ?? null },
      });
    }
    membership.position = input.position;
    scope.em.persist(membership);
    return record(
      scope,
      membership,
      {
        type: 'appoint',
        ...(input.oathTakenAt ? { oathTakenAt: input.oathTakenAt } : {}),
        ...(input.integrityPactSignedAt ? { integrityPactSignedAt: input.integrityPactSignedAt } : {}),
        ...(input.reference?.trim() ? { reference: input.reference.trim() } : {}),
      },
      input.appointedAt,
      { confirmedDismissals: checked.value },
    );
  }).then((result) => (result.ok ? ok(MembershipType.from(result.value, user)) : result));
}

/** Records the oath or the pact of a seated member; the date may precede their last change. */
export function recordOathOrPact(
  ctx: Context,
  type: 'recordOath' | 'recordIntegrityPact',
  membershipId: string,
  at: Date,
  reference: string | null | undefined,
): Outcome {
  const user = requireUser(ctx.user);
  return runMutation<Membership, CodedError>(ctx, async (scope) => {
    const membership = await keptMembership(scope, user, membershipId);
    if (!membership.ok) return membership;
    const checked = checkMembershipActAt(toDomainMembership(membership.value), at, scope.now, {
      anyPast: true,
    });
    if (!checked.ok) return checked;
    return record(scope, membership.value, { type, ...referenceOf(reference) }, at);
  }).then((result) => (result.ok ? ok(MembershipType.from(result.value, user)) : result));
}

export function endMembership(
  ctx: Context,
  membershipId: string,
  reason: MembershipEndReason,
  at: Date,
  reference: string | null | undefined,
): Outcome {
  const user = requireUser(ctx.user);
  return runMutation<Membership, CodedError>(ctx, async (scope) => {
    const membership = await keptMembership(scope, user, membershipId);
    if (!membership.ok) return membership;
    const checked = checkMembershipActAt(toDomainMembership(membership.value), at, scope.now);
    if (!checked.ok) return checked;
    const ref = referenceOf(reference);
    return record(scope, membership.value, endEventOf(reason, ref.reference), at, {
      audit: { endReason: reason },
    });
  }).then((result) => (result.ok ? ok(MembershipType.from(result.value, user)) : result));
}

/**
 * Moves a member to another body: the old seat ends (`transferOut`), the new one is taken (`transferIn`,
 * with the oath and pact of the old seat), each naming the other. The new body's seats are checked; the
 * caller must keep both bodies.
 */
export function transferMember(
  ctx: Context,
  membershipId: string,
  toBodyId: string,
  at: Date,
  reference: string | null | undefined,
): Outcome {
  const user = requireUser(ctx.user);
  return runMutation<Membership, CodedError>(ctx, async (scope) => {
    const loaded = await keptMembership(scope, user, membershipId);
    if (!loaded.ok) return loaded;
    const old = loaded.value;
    if (old.body.id === toBodyId) return err({ code: 'SAME_BODY', bodyId: toBodyId });
    const toBody = await keptBody(scope, user, toBodyId);
    if (!toBody.ok) return toBody;
    const before = toDomainMembership(old);
    const checked = checkMembershipActAt(before, at, scope.now);
    if (!checked.ok) return checked;
    const recorded = await scope.em.findOne(
      Membership,
      { person: old.person.id, body: toBody.value.id },
      { populate: ['person', 'body.commission'] },
    );
    if (recorded && recorded.status !== 'candidate')
      return err({ code: 'ALREADY_MEMBER', membershipId: recorded.id, status: recorded.status });
    const seat = checkSeatFree(await seatsOf(scope, toBody.value));
    if (!seat.ok) return err(seatsFull(seat.error));

    const ref = referenceOf(reference);
    // A chair leads the body that chose them, not the next one.
    const position = old.position === 'chair' ? 'member' : old.position;
    const moved = recorded ?? newCandidate(old.person, toBody.value, position);
    moved.position = position;
    scope.em.persist(moved);
    const out = record(scope, old, { type: 'transferOut', toMembershipId: moved.id, ...ref }, at, {
      audit: { toBodyId: toBody.value.id },
    });
    if (!out.ok) return out;
    return record(
      scope,
      moved,
      {
        type: 'transferIn',
        fromMembershipId: old.id,
        ...(before.oathTakenAt ? { oathTakenAt: before.oathTakenAt } : {}),
        ...(before.integrityPactSignedAt ? { integrityPactSignedAt: before.integrityPactSignedAt } : {}),
        ...ref,
      },
      at,
      { audit: { fromBodyId: old.body.id } },
    );
  }).then((result) => (result.ok ? ok(MembershipType.from(result.value, user)) : result));
}

const referenceOf = (reference: string | null | undefined): { reference?: string } =>
  reference?.trim() ? { reference: reference.trim() } : {};
