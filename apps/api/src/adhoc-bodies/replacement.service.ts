// Replacement (PAW) outside the domain's decision: the memberships the rules choose from (read for the
// completeReplacement command and the replacementCandidates query), the person the PPS appoints to a KPPS
// seat with no reserve left (the office's appointment checks, membership-lifecycle.service.ts), and the
// changes a completed replacement makes: the reserve or appointee seated, the reserves passed over and the
// vacated seat each given a history entry naming the other seat.
import type { EntityManager } from '@mikro-orm/knex';
import {
  checkAppointment,
  err,
  ok,
  type CommandOf,
  type Membership as DomainMembership,
  type Result,
} from '@etik/domain';
import type { AuditEntry } from '../audit/audit-trail.js';
import type { MutationScope } from '../db/transaction.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
import { Membership, type Person } from './adhoc-body.entity.js';
import type { NewPersonInput } from './membership-lifecycle.inputs.js';
import { membershipToAppoint, seatsFull, seatsOf } from './membership-lifecycle.service.js';
import { applyToMembership, toDomainMembership } from './membership.service.js';

/** The vacated membership (if on record) and its body's memberships, with `alsoIds` wherever they are. */
export async function replacementFactsOf(
  em: EntityManager,
  vacatedMembershipId: string,
  alsoIds: readonly string[] = [],
): Promise<{ vacated: DomainMembership | undefined; memberships: DomainMembership[] }> {
  const populate = ['body', 'person'] as const;
  const vacated = await em.findOne(Membership, { id: vacatedMembershipId }, { populate });
  if (!vacated) return { vacated: undefined, memberships: [] };
  const rows = await em.find(
    Membership,
    { $or: [{ body: vacated.body.id }, { id: { $in: [...alsoIds] } }] },
    { populate },
  );
  return { vacated: toDomainMembership(vacated), memberships: rows.map(toDomainMembership) };
}

/** Whom the PPS appoints: a person on record or a new one. */
export interface ReplacementAppointee {
  readonly personId?: string;
  readonly person?: NewPersonInput;
}

/** The membership the PPS appoints, not yet written: a new candidacy of the person in the vacated body. */
export interface PreparedAppointee {
  readonly membership: Membership;
  readonly newPerson?: Person;
}

/**
 * Checks the appointee as the office's own appointment does (a valid new person, not already a member, a
 * free seat, no permanent dismissal on record) and makes their candidacy in the vacated KPPS.
 */
export async function prepareAppointee(
  scope: MutationScope,
  vacatedMembershipId: string,
  appointee: ReplacementAppointee | undefined,
): Promise<Result<PreparedAppointee, CodedError>> {
  const given = [appointee?.personId, appointee?.person].filter((value) => value != null);
  if (given.length !== 1) {
    return err(
      codedError(
        'BAD_USER_INPUT',
        { field: 'appointee', reason: 'exactlyOne' },
        'Give the person the PPS appoints: personId or person.',
      ),
    );
  }
  const vacated = await scope.em.findOne(
    Membership,
    { id: vacatedMembershipId },
    { populate: ['body.commission', 'person'] },
  );
  if (!vacated) return err(codedError('NOT_FOUND', { id: vacatedMembershipId }));
  const found = await membershipToAppoint(scope, vacated.body, {
    personId: appointee?.personId ?? null,
    person: appointee?.person ?? null,
    membershipId: null,
    position: 'member',
  });
  if (!found.ok) return found;
  const personMemberships = found.value.newPerson
    ? []
    : await scope.em.find(Membership, { person: found.value.membership.person.id }, { populate: ['body'] });
  const checked = checkAppointment({
    body: await seatsOf(scope, vacated.body),
    personMemberships: personMemberships.map(toDomainMembership),
    confirmPreviousDismissal: false,
  });
  if (!checked.ok) return err(checked.error.code === 'SEATS_FULL' ? seatsFull(checked.error) : checked.error);
  return ok(found.value);
}

/**
 * What a completed replacement changes on the memberships, persisted with `em`: the appointee (a ranked
 * reserve, or the PPS's appointee) seated at `swornAt` replacing the vacated seat, and, at `at` (the
 * command's time, after the decree's dismissal), each reserve passed over marked with the reason and the
 * vacated seat marked as replaced. Returns their audit entries.
 */
export async function recordReplacement(
  em: EntityManager,
  command: CommandOf<'completeReplacement'>,
  caseId: string,
  appointee: PreparedAppointee | undefined,
  at: Date,
): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  const reference = `case:${caseId}`;
  const load = (id: string) => em.findOne(Membership, { id }, { populate: ['body', 'person'] });
  const apply = (membership: Membership, event: Parameters<typeof applyToMembership>[1], when: Date = at) => {
    const applied = applyToMembership(membership, event, when, caseId);
    if (!applied) return undefined;
    em.persist(applied.change);
    entries.push(applied.audit);
    return applied.change;
  };

  for (const skip of command.skippedReserves ?? []) {
    const reserve = await load(skip.membershipId);
    if (reserve && skip.reason) {
      apply(reserve, {
        type: 'passOver',
        skipReason: skip.reason,
        vacatedMembershipId: command.vacatedMembershipId,
        reference,
      });
    }
  }

  let seated: Membership | null = null;
  if (appointee) {
    seated = appointee.membership;
    if (appointee.newPerson) {
      em.persist(appointee.newPerson);
      entries.push({
        action: 'personCreated',
        entityType: 'person',
        entityId: appointee.newPerson.id,
        after: { name: appointee.newPerson.name, sex: appointee.newPerson.sex ?? null },
      });
    }
    em.persist(seated);
  } else if (command.replacementMembershipId) {
    seated = await load(command.replacementMembershipId);
  }
  if (seated) {
    const sworn = command.swornAt;
    const change = apply(
      seated,
      { type: 'appoint', oathTakenAt: sworn, integrityPactSignedAt: sworn, reference },
      sworn,
    );
    if (change) {
      change.counterpartMembershipId = command.vacatedMembershipId;
      seated.replaces = em.getReference(Membership, command.vacatedMembershipId);
    }
  }

  const vacated = await load(command.vacatedMembershipId);
  if (vacated) {
    apply(vacated, {
      type: 'replaced',
      ...(seated ? { replacementMembershipId: seated.id } : {}),
      reference,
    });
  }
  return entries;
}
