// Carries out the membership changes a case orders (suspend, dismiss, reinstate…) with the domain's
// member status machine, inside the case command's transaction.
import type { EntityManager } from '@mikro-orm/knex';
import {
  applyMembershipEvent,
  isEffectApplicable,
  ok,
  type CaseEvent,
  type MembershipError,
  type Result,
  type FamilyTieDeclaration,
  type Membership as DomainMembership,
  type MembershipEvent,
  type SkipReason,
} from '@etik/domain';
import type { AuditEntry } from '../audit/audit-trail.js';
import { ConflictDeclaration, Membership, Person, type MembershipStatusChange } from './adhoc-body.entity.js';
import { MembershipChange } from './membership-change.entity.js';

export function toDomainMembership(membership: Membership): DomainMembership {
  return {
    id: membership.id,
    personId: membership.person.id,
    bodyId: membership.body.id,
    bodyType: membership.body.type,
    position: membership.position,
    status: membership.status,
    ...(membership.selectionRank == null ? {} : { selectionRank: membership.selectionRank }),
    ...(membership.replaces ? { replacesMembershipId: membership.replaces.id } : {}),
    ...oathAndPactOf(membership.statusHistory),
    history: membership.statusHistory.map((entry) => ({
      status: entry.status,
      at: new Date(entry.at),
      reason: entry.reason as DomainMembership['history'][number]['reason'],
      ...(entry.reference ? { reference: entry.reference } : {}),
      ...(entry.skipReason ? { skipReason: entry.skipReason as SkipReason } : {}),
    })),
  };
}

/**
 * The latest oath and integrity pact on record: brought by an appointment or a transfer, or recorded on
 * their own (the entry's time is then the date). Absent when never recorded (imported members).
 */
export function oathAndPactOf(history: readonly MembershipStatusChange[]): {
  oathTakenAt?: Date;
  integrityPactSignedAt?: Date;
} {
  let oath: string | undefined;
  let pact: string | undefined;
  for (const entry of history) {
    if (entry.reason === 'recordOath') oath = entry.at;
    else if (entry.oathTakenAt) oath = entry.oathTakenAt;
    if (entry.reason === 'recordIntegrityPact') pact = entry.at;
    else if (entry.integrityPactSignedAt) pact = entry.integrityPactSignedAt;
  }
  return {
    ...(oath ? { oathTakenAt: new Date(oath) } : {}),
    ...(pact ? { integrityPactSignedAt: new Date(pact) } : {}),
  };
}

/** A change the domain allowed: the audit entry, and the `membership_status_change` row to persist. */
export interface AppliedChange {
  readonly audit: AuditEntry;
  readonly change: MembershipChange;
}

/**
 * Applies one event with the domain's rules; returns what to record, or undefined if nothing applies.
 * Every status change of a membership goes through here (case commands, the demo and scale seeds).
 */
export function applyToMembership(
  membership: Membership,
  event: MembershipEvent,
  at: Date,
  caseId?: string,
): AppliedChange | undefined {
  if (!isEffectApplicable(toDomainMembership(membership), event.type)) return undefined;
  const result = applyMembershipChange(membership, event, at, caseId);
  return result.ok ? result.value : undefined;
}

/**
 * Applies one event with the domain's rules, or returns the domain's refusal: for the office's own acts
 * (membership-lifecycle.service.ts), which tell the user why nothing changed.
 */
export function applyMembershipChange(
  membership: Membership,
  event: MembershipEvent,
  at: Date,
  caseId?: string,
): Result<AppliedChange, MembershipError> {
  const before = toDomainMembership(membership);
  const result = applyMembershipEvent(before, event, at);
  if (!result.ok) return result;
  const after = result.value;
  const recorded = after.history.at(-1)!;
  const entry: MembershipStatusChange = {
    status: after.status,
    at: at.toISOString(),
    reason: event.type,
    ...(event.reference ? { reference: event.reference } : {}),
    ...(recorded.cessationReason ? { cessationReason: recorded.cessationReason } : {}),
    ...(recorded.counterpartMembershipId
      ? { counterpartMembershipId: recorded.counterpartMembershipId }
      : {}),
    ...(recorded.skipReason ? { skipReason: recorded.skipReason } : {}),
    // The dates an appointment (or a transfer) brings; a recorded oath or pact is the entry's own time.
    ...(isSeating(event) && after.oathTakenAt ? { oathTakenAt: after.oathTakenAt.toISOString() } : {}),
    ...(isSeating(event) && after.integrityPactSignedAt
      ? { integrityPactSignedAt: after.integrityPactSignedAt.toISOString() }
      : {}),
  };
  membership.status = after.status;
  membership.position = after.position;
  membership.statusHistory = [...membership.statusHistory, entry];
  const change = Object.assign(new MembershipChange(), {
    membership,
    at,
    reason: event.type,
    fromStatus: before.status,
    toStatus: after.status,
    fromPosition: before.position,
    toPosition: after.position,
    reference: event.reference ?? null,
    caseId: caseId ?? null,
    counterpartMembershipId: recorded.counterpartMembershipId ?? null,
    skipReason: recorded.skipReason ?? null,
  });
  return ok({
    change,
    audit: {
      action: 'membershipChanged',
      entityType: 'membership',
      entityId: membership.id,
      before: { status: before.status, position: before.position },
      after: {
        status: after.status,
        position: after.position,
        event: event.type,
        reference: event.reference ?? null,
      },
    },
  });
}

const isSeating = (event: MembershipEvent) => event.type === 'appoint' || event.type === 'transferIn';

/**
 * The rows of a membership's stored JSON history, for writers that build memberships in memory (the scale
 * seed). The status before an entry is the one after the entry before it (a candidate before an
 * appointment); only `removeFromChair` changes the position, so the position is replayed from the first.
 */
export function changesFromHistory(membership: Membership): MembershipChange[] {
  const history = membership.statusHistory;
  let position = history.some((entry) => entry.reason === 'removeFromChair') ? 'chair' : membership.position;
  let status: Membership['status'] | null = null;
  return history.map((entry) => {
    const fromPosition = position;
    if (entry.reason === 'removeFromChair') position = 'member';
    const fromStatus = status ?? (entry.reason === 'appoint' ? 'candidate' : null);
    status = entry.status;
    return Object.assign(new MembershipChange(), {
      membership,
      at: new Date(entry.at),
      reason: entry.reason as MembershipChange['reason'],
      fromStatus,
      toStatus: entry.status,
      fromPosition,
      toPosition: position,
      reference: entry.reference ?? null,
      caseId: entry.reference?.startsWith('case:') ? entry.reference.slice('case:'.length) : null,
    });
  });
}

/** The membership changes ordered by a command's events, persisted with `em`; returns their audit entries. */
export async function applyOrderedChanges(
  em: EntityManager,
  events: readonly CaseEvent[],
  at: Date,
): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (const event of events) {
    if (event.type !== 'membershipChangeOrdered') continue;
    const membership = await em.findOne(
      Membership,
      { id: event.membershipId },
      { populate: ['body', 'person'] },
    );
    if (!membership) continue;
    const applied = applyToMembership(
      membership,
      { type: event.change, reference: `case:${event.caseId}` },
      at,
      event.caseId,
    );
    if (!applied) continue;
    em.persist(applied.change);
    entries.push(applied.audit);
  }
  return entries;
}

/** What the conflict-of-interest check needs to know of each proposed examination-team member. */
export async function teamMemberFacts(em: EntityManager, personIds: readonly string[]) {
  const memberships = await em.find(
    Membership,
    { person: { $in: [...personIds] } },
    { populate: ['person', 'body'] },
  );
  // Withdrawn declarations stay on record but no longer count.
  const declarations = await em.find(ConflictDeclaration, {
    person: { $in: [...personIds] },
    withdrawnAt: null,
  });
  const people = await em.find(Person, { id: { $in: [...personIds] } });
  return people.map((person) => ({
    personId: person.id,
    name: person.name,
    bodyIds: memberships.filter((m) => m.person.id === person.id).map((m) => m.body.id),
    declarations: declarations.filter((declaration) => declaration.person.id === person.id).map(familyTieOf),
  }));
}

/** A declaration as the domain's conflict-of-interest check takes it (references suffice: ids only). */
export const familyTieOf = (declaration: ConflictDeclaration): FamilyTieDeclaration => ({
  id: declaration.id,
  ...(declaration.membership ? { membershipId: declaration.membership.id } : {}),
  personId: declaration.person.id,
  relativeName: declaration.relativeName,
  ...(declaration.relativePersonId ? { relativePersonId: declaration.relativePersonId } : {}),
  relation: declaration.relation,
  relativeRole: declaration.relativeRole,
  declaredAt: declaration.declaredAt,
  published: declaration.published,
  ...(declaration.publishedUrl ? { publishedUrl: declaration.publishedUrl } : {}),
});
