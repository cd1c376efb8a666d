import { err, ok, type Result } from '../shared/result.js';
import type { Membership } from './membership.js';
import { checkSeatFree, type SeatError, type SeatFacts } from './seats.js';

export interface AppointmentFacts {
  /** The seats and active members of the body the member is appointed to. */
  readonly body: SeatFacts;
  /** The person's memberships on record, in any body (the one being appointed included). */
  readonly personMemberships: readonly Pick<Membership, 'id' | 'bodyId' | 'status' | 'history'>[];
  /** The caller confirmed, knowing of a permanent dismissal on record, that the person is appointed again. */
  readonly confirmPreviousDismissal: boolean;
}

export type AppointmentCheckError =
  | SeatError
  | {
      readonly code: 'PREVIOUSLY_DISMISSED';
      /** The memberships from which the person was dismissed permanently. */
      readonly dismissedMembershipIds: readonly string[];
    };
export type AppointmentCheckErrorCode = AppointmentCheckError['code'];

/** Memberships from which the person was dismissed permanently (PKPU 8/2022 Pasal 43(6)). */
export const permanentDismissalsOf = (
  memberships: AppointmentFacts['personMemberships'],
): readonly string[] =>
  memberships
    .filter(
      (membership) =>
        membership.status === 'dismissed' || membership.history.some((entry) => entry.reason === 'dismiss'),
    )
    .map((membership) => membership.id);

/**
 * What an appointment outside a case must pass besides the status machine: a free seat in the body, and an
 * explicit confirmation when the person was dismissed permanently before. Returns the dismissals that were
 * confirmed (empty when there were none), to be recorded with the appointment.
 */
export function checkAppointment(facts: AppointmentFacts): Result<readonly string[], AppointmentCheckError> {
  const seat = checkSeatFree(facts.body);
  if (!seat.ok) return seat;
  const dismissed = permanentDismissalsOf(facts.personMemberships);
  if (dismissed.length > 0 && !facts.confirmPreviousDismissal)
    return err({ code: 'PREVIOUSLY_DISMISSED', dismissedMembershipIds: dismissed });
  return ok(dismissed);
}
