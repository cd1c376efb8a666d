// Carries out the membership changes a case orders (suspend, dismiss, reinstate…) with the domain's
// member status machine, inside the case command's transaction.
import type { EntityManager } from '@mikro-orm/knex';
import {
  applyMembershipEvent,
  isEffectApplicable,
  type CaseEvent,
  type Membership as DomainMembership,
  type MembershipEvent,
} from '@etik/domain';
import type { AuditEntry } from '../audit/audit-trail.js';
import { ConflictDeclaration, Membership, Person, type MembershipStatusChange } from './adhoc-body.entity.js';

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
    history: membership.statusHistory.map((entry) => ({
      status: entry.status,
      at: new Date(entry.at),
      reason: entry.reason as DomainMembership['history'][number]['reason'],
      ...(entry.reference ? { reference: entry.reference } : {}),
    })),
  };
}

/** Applies one event with the domain's rules; returns the audit entry, or undefined if nothing applies. */
export function applyToMembership(
  membership: Membership,
  event: MembershipEvent,
  at: Date,
): AuditEntry | undefined {
  const before = toDomainMembership(membership);
  if (!isEffectApplicable(before, event.type)) return undefined;
  const result = applyMembershipEvent(before, event, at);
  if (!result.ok) return undefined;
  const after = result.value;
  const entry: MembershipStatusChange = {
    status: after.status,
    at: at.toISOString(),
    reason: event.type,
    ...(event.reference ? { reference: event.reference } : {}),
  };
  membership.status = after.status;
  membership.position = after.position;
  membership.statusHistory = [...membership.statusHistory, entry];
  return {
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
  };
}

/** The membership changes ordered by a command's events. Memberships not on record are skipped. */
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
    const entry = applyToMembership(
      membership,
      { type: event.change, reference: `case:${event.caseId}` },
      at,
    );
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The replacement (PAW) takes the seat: a ranked candidate is appointed, sworn in at `swornAt`. */
export async function appointReplacement(
  em: EntityManager,
  membershipId: string,
  vacatedMembershipId: string,
  swornAt: Date,
  caseId: string,
): Promise<AuditEntry | undefined> {
  const membership = await em.findOne(Membership, { id: membershipId }, { populate: ['body', 'person'] });
  if (!membership) return undefined;
  const entry = applyToMembership(
    membership,
    { type: 'appoint', oathTakenAt: swornAt, integrityPactSignedAt: swornAt, reference: `case:${caseId}` },
    swornAt,
  );
  if (entry) membership.replaces = em.getReference(Membership, vacatedMembershipId);
  return entry;
}

/** What the conflict-of-interest check needs to know of each proposed examination-team member. */
export async function teamMemberFacts(em: EntityManager, personIds: readonly string[]) {
  const memberships = await em.find(
    Membership,
    { person: { $in: [...personIds] } },
    { populate: ['person', 'body'] },
  );
  const declarations = await em.find(
    ConflictDeclaration,
    { membership: { person: { $in: [...personIds] } } },
    { populate: ['membership.person'] },
  );
  const people = await em.find(Person, { id: { $in: [...personIds] } });
  return people.map((person) => ({
    personId: person.id,
    name: person.name,
    bodyIds: memberships.filter((m) => m.person.id === person.id).map((m) => m.body.id),
    declarations: declarations
      .filter((declaration) => declaration.membership.person.id === person.id)
      .map((declaration) => ({
        id: declaration.id,
        membershipId: declaration.membership.id,
        personId: person.id,
        relativeName: declaration.relativeName,
        relation: declaration.relation,
        relativeRole: declaration.relativeRole,
        declaredAt: declaration.declaredAt,
        published: declaration.published,
        ...(declaration.publishedUrl ? { publishedUrl: declaration.publishedUrl } : {}),
      })),
  }));
}
