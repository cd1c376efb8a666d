import { invariant } from '../shared/invariant.js';
import { err, ok, type Result } from '../shared/result.js';
import type { MembershipStatus, Position } from '../vocabulary/codes.js';
import type { Membership, MembershipHistoryEntry } from './membership.js';
import type { MembershipEvent, MembershipEventType } from './membership-event.js';

/**
 * The member status machine as data (regulation.md §10.2): the statuses each event may leave from and
 * the status it leads to. `removeFromChair` changes the position, not the status.
 */
export const MEMBERSHIP_TRANSITIONS = {
  appoint: { from: ['candidate'], to: 'active' },
  // Pleno decided dismissal: suspended until the decree (PKPU 8/2022 Pasal 43(6)).
  suspend: { from: ['active'], to: 'temporarilyDismissed' },
  // Straight from active where the rule set does not suspend until the decree.
  dismiss: { from: ['temporarilyDismissed', 'active'], to: 'dismissed' },
  reinstate: { from: ['temporarilyDismissed'], to: 'active' },
  cease: { from: ['active'], to: 'ceased' },
  endTerm: { from: ['active'], to: 'termEnded' },
  removeFromChair: { from: ['active'], to: 'unchanged' },
  recordOath: { from: ['active', 'temporarilyDismissed'], to: 'unchanged' },
  recordIntegrityPact: { from: ['active', 'temporarilyDismissed'], to: 'unchanged' },
  // The old seat is vacated like a cessation: it may be filled again.
  transferOut: { from: ['active'], to: 'ceased' },
  transferIn: { from: ['candidate'], to: 'active' },
  passOver: { from: ['candidate'], to: 'unchanged' },
  replaced: { from: ['dismissed', 'ceased'], to: 'unchanged' },
} as const satisfies Record<
  MembershipEventType,
  { readonly from: readonly MembershipStatus[]; readonly to: MembershipStatus | 'unchanged' }
>;

export const APPOINTMENT_REQUIREMENTS = ['oathTakenAt', 'integrityPactSignedAt'] as const;
export type AppointmentRequirement = (typeof APPOINTMENT_REQUIREMENTS)[number];

export type MembershipError =
  | {
      readonly code: 'MEMBERSHIP_TRANSITION_NOT_ALLOWED';
      readonly from: MembershipStatus;
      readonly event: MembershipEventType;
    }
  | { readonly code: 'MEMBER_NOT_CHAIR'; readonly position: Position }
  | { readonly code: 'APPOINTMENT_REQUIREMENTS_MISSING'; readonly missing: readonly AppointmentRequirement[] }
  | { readonly code: 'CESSATION_REASON_MISSING' };
export type MembershipErrorCode = MembershipError['code'];

/** Whether the event is allowed on the membership as it stands, read from the same table. */
export function canApplyMembershipEvent(membership: Membership, eventType: MembershipEventType): boolean {
  const from: readonly MembershipStatus[] = MEMBERSHIP_TRANSITIONS[eventType].from;
  return (
    from.includes(membership.status) && (eventType !== 'removeFromChair' || membership.position === 'chair')
  );
}

/** Applies one event at `at`: returns the changed membership with the event appended to its history. */
export function applyMembershipEvent(
  membership: Membership,
  event: MembershipEvent,
  at: Date,
): Result<Membership, MembershipError> {
  invariant(!Number.isNaN(at.getTime()), 'applyMembershipEvent: at must be a valid date');
  const transition = MEMBERSHIP_TRANSITIONS[event.type];
  const from: readonly MembershipStatus[] = transition.from;
  if (!from.includes(membership.status)) {
    return err({ code: 'MEMBERSHIP_TRANSITION_NOT_ALLOWED', from: membership.status, event: event.type });
  }
  const changes = changesOf(membership, event, at);
  if (!changes.ok) return changes;

  const status = transition.to === 'unchanged' ? membership.status : transition.to;
  const entry: MembershipHistoryEntry = {
    status,
    at,
    reason: event.type,
    ...(event.reference === undefined ? {} : { reference: event.reference }),
    ...(event.type === 'cease' && event.reason !== undefined ? { cessationReason: event.reason } : {}),
    ...(event.type === 'transferOut' && event.toMembershipId !== undefined
      ? { counterpartMembershipId: event.toMembershipId }
      : {}),
    ...(event.type === 'transferIn' && event.fromMembershipId !== undefined
      ? { counterpartMembershipId: event.fromMembershipId }
      : {}),
    ...(event.type === 'passOver' && event.skipReason !== undefined ? { skipReason: event.skipReason } : {}),
    ...(event.type === 'passOver' && event.vacatedMembershipId !== undefined
      ? { counterpartMembershipId: event.vacatedMembershipId }
      : {}),
    ...(event.type === 'replaced' && event.replacementMembershipId !== undefined
      ? { counterpartMembershipId: event.replacementMembershipId }
      : {}),
  };
  return ok({ ...membership, ...changes.value, status, history: [...membership.history, entry] });
}

/** The guard of each event, and what it changes besides the status. */
function changesOf(
  membership: Membership,
  event: MembershipEvent,
  at: Date,
): Result<Partial<Pick<Membership, 'position' | 'oathTakenAt' | 'integrityPactSignedAt'>>, MembershipError> {
  switch (event.type) {
    case 'appoint': {
      const { oathTakenAt, integrityPactSignedAt } = event;
      // A date after the appointment means it has not happened yet: the member cannot be active.
      if (!hasHappened(oathTakenAt, at) || !hasHappened(integrityPactSignedAt, at)) {
        const missing = APPOINTMENT_REQUIREMENTS.filter(
          (requirement) => !hasHappened(event[requirement], at),
        );
        return err({ code: 'APPOINTMENT_REQUIREMENTS_MISSING', missing });
      }
      return ok({ oathTakenAt, integrityPactSignedAt });
    }
    case 'cease':
      return event.reason === undefined ? err({ code: 'CESSATION_REASON_MISSING' }) : ok({});
    case 'recordOath':
      return ok({ oathTakenAt: at });
    case 'recordIntegrityPact':
      return ok({ integrityPactSignedAt: at });
    case 'transferIn':
      return ok({
        ...(event.oathTakenAt === undefined ? {} : { oathTakenAt: event.oathTakenAt }),
        ...(event.integrityPactSignedAt === undefined
          ? {}
          : { integrityPactSignedAt: event.integrityPactSignedAt }),
      });
    case 'removeFromChair':
      return membership.position === 'chair'
        ? ok({ position: 'member' })
        : err({ code: 'MEMBER_NOT_CHAIR', position: membership.position });
    default:
      return ok({});
  }
}

const hasHappened = (date: Date | undefined, at: Date): date is Date =>
  date !== undefined && !Number.isNaN(date.getTime()) && date <= at;
