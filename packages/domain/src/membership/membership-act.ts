// The office's own acts on a membership, outside a case (issue #11 item 4): how a membership ends, and
// the bounds on the date the office gives for an act.
import { err, ok, type Result } from '../shared/result.js';
import type { Membership } from './membership.js';
import type { MembershipEvent } from './membership-event.js';

/** Why a seat ends outside a case: PKPU 8/2022 Pasal 43(2)(a)–(c), or the end of the body's term. */
export const MEMBERSHIP_END_REASONS = ['resignation', 'death', 'permanentIncapacity', 'endOfTerm'] as const;
export type MembershipEndReason = (typeof MEMBERSHIP_END_REASONS)[number];

/** The membership event that ends a seat for `reason`. */
export function endEventOf(reason: MembershipEndReason, reference?: string): MembershipEvent {
  const base = reference === undefined ? {} : { reference };
  return reason === 'endOfTerm' ? { ...base, type: 'endTerm' } : { ...base, type: 'cease', reason };
}

/** The same codes as a case's dated acts (ethics-case/occurred-at.ts): one wording for the office. */
export type MembershipActAtError =
  | { readonly code: 'OCCURRED_IN_FUTURE'; readonly occurredAt: Date }
  | {
      readonly code: 'OCCURRED_BEFORE_PREVIOUS_STEP';
      readonly occurredAt: Date;
      readonly previousStepAt: Date;
    };

/** The membership's latest history entry, if any. */
export const lastChangeAt = (membership: Pick<Membership, 'history'>): Date | undefined =>
  membership.history.reduce<Date | undefined>(
    (latest, entry) => (latest === undefined || entry.at > latest ? entry.at : latest),
    undefined,
  );

/**
 * The date of an act on a membership: not in the future (`now` is the time of recording) and, unless
 * `anyPast`, not before the membership's last change, so its history stays in order. The oath and the pact
 * are dated acts of their own, often before an appointment recorded later: they are only kept out of the
 * future.
 */
export function checkMembershipActAt(
  membership: Pick<Membership, 'history'>,
  occurredAt: Date,
  now: Date,
  options: { readonly anyPast?: boolean } = {},
): Result<Date, MembershipActAtError> {
  if (occurredAt.getTime() > now.getTime()) return err({ code: 'OCCURRED_IN_FUTURE', occurredAt });
  const previous = options.anyPast ? undefined : lastChangeAt(membership);
  if (previous !== undefined && occurredAt.getTime() < previous.getTime())
    return err({ code: 'OCCURRED_BEFORE_PREVIOUS_STEP', occurredAt, previousStepAt: previous });
  return ok(occurredAt);
}
