import { err, ok, type Result } from '../shared/result.js';
import type { MembershipStatus } from '../vocabulary/codes.js';
import type { Membership } from './membership.js';
import type { SkipReason } from './membership-event.js';

export const REPLACEMENT_METHODS = ['nextRank', 'appointmentByPps'] as const;
export type ReplacementMethod = (typeof REPLACEMENT_METHODS)[number];

export type ReplacementChoice =
  | { readonly method: 'nextRank'; readonly candidate: Membership }
  /** No reserve left for a KPPS seat: the PPS appoints one on the village head's recommendation. */
  | { readonly method: 'appointmentByPps' };

export type ReplacementError =
  { readonly code: 'NO_REPLACEMENT_CANDIDATE' } | { readonly code: 'VACANCY_NOT_OPEN' };
export type ReplacementErrorCode = ReplacementError['code'];

/** Statuses that leave a seat to fill; a suspended member still holds it until the decree. */
export const VACATING_STATUSES = ['dismissed', 'ceased'] as const satisfies readonly MembershipStatus[];

/**
 * Chooses who fills a vacated seat (PAW, regulation.md §3.9): the ranked candidate of the same body with
 * the lowest selection rank, ties broken by membership id so every run picks the same person.
 */
export function chooseReplacement(
  vacated: Membership,
  pool: readonly Membership[],
): Result<ReplacementChoice, ReplacementError> {
  if (!(VACATING_STATUSES as readonly MembershipStatus[]).includes(vacated.status)) {
    return err({ code: 'VACANCY_NOT_OPEN' });
  }
  const [candidate] = replacementCandidates(vacated, pool);
  if (candidate !== undefined) return ok({ method: 'nextRank', candidate });
  return vacated.bodyType === 'kpps'
    ? ok({ method: 'appointmentByPps' })
    : err({ code: 'NO_REPLACEMENT_CANDIDATE' });
}

/**
 * The reserves waiting for the vacated seat, best first: the ranked candidates of the same body. A reserve
 * passed over before as deceased or no longer eligible is off the list; one who declined is asked again.
 */
export function replacementCandidates(
  vacated: Membership,
  pool: readonly Membership[],
): readonly RankedMembership[] {
  return pool.filter((membership) => isReserveFor(vacated, membership)).sort(bySelectionOrder);
}

// Only ranked candidates are on the selection list; the vacating person never returns to the seat.
const isReserveFor = (vacated: Membership, membership: Membership): membership is RankedMembership =>
  membership.status === 'candidate' &&
  membership.bodyId === vacated.bodyId &&
  membership.personId !== vacated.personId &&
  membership.selectionRank !== undefined &&
  !membership.history.some((entry) => entry.skipReason !== undefined && entry.skipReason !== 'declined');

export type RankedMembership = Membership & { readonly selectionRank: number };

/** A better-ranked reserve passed over for the chosen one, and why (required). */
export interface SkippedReserve {
  readonly membershipId: string;
  readonly reason?: SkipReason;
}

/** Who the office chose to fill a vacated seat, and the reserves it passed over. */
export type ReplacementPick =
  | { readonly method: 'nextRank'; readonly replacementMembershipId: string }
  | { readonly method: 'appointmentByPps' };

export type ReplacementRuleError =
  | { readonly code: 'VACANCY_NOT_OPEN'; readonly membershipId: string }
  | { readonly code: 'REPLACEMENT_NOT_FOUND'; readonly membershipId: string }
  | { readonly code: 'REPLACEMENT_OTHER_BODY'; readonly membershipId: string; readonly bodyId: string }
  | {
      readonly code: 'REPLACEMENT_NOT_A_RESERVE';
      readonly membershipId: string;
      readonly status: MembershipStatus;
    }
  | {
      readonly code: 'REPLACEMENT_OUT_OF_RANK';
      readonly membershipId: string;
      /** The better-ranked reserve who waits and was not passed over with a reason. */
      readonly waitingMembershipId: string;
      readonly waitingRank: number;
    }
  | {
      readonly code: 'PPS_APPOINTMENT_NOT_ALLOWED';
      readonly reason: 'notKpps' | 'reservesRemain';
      readonly waitingMembershipId?: string;
    }
  | { readonly code: 'SKIP_REASON_REQUIRED'; readonly membershipId: string };
export type ReplacementRuleErrorCode = ReplacementRuleError['code'];

export const REPLACEMENT_RULE_ERROR_CODES = [
  'VACANCY_NOT_OPEN',
  'REPLACEMENT_NOT_FOUND',
  'REPLACEMENT_OTHER_BODY',
  'REPLACEMENT_NOT_A_RESERVE',
  'REPLACEMENT_OUT_OF_RANK',
  'PPS_APPOINTMENT_NOT_ALLOWED',
  'SKIP_REASON_REQUIRED',
] as const satisfies readonly ReplacementRuleErrorCode[];

/**
 * Checks the office's pick against the rules of PAW (regulation.md §3.9): the next waiting reserve of the
 * same body by rank, better-ranked ones passed over only with a reason, and a PPS appointment only for a
 * KPPS seat with no reserve left. `memberships` holds the vacated body's memberships and the picked one
 * wherever it is (so a pick from another body is told apart from one that does not exist).
 */
export function checkReplacementPick(
  vacated: Membership,
  memberships: readonly Membership[],
  pick: ReplacementPick,
  skipped: readonly SkippedReserve[],
): Result<void, ReplacementRuleError> {
  if (!(VACATING_STATUSES as readonly MembershipStatus[]).includes(vacated.status)) {
    return err({ code: 'VACANCY_NOT_OPEN', membershipId: vacated.id });
  }
  const reserves = replacementCandidates(vacated, memberships);
  for (const skip of skipped) {
    const reserve = asReserve(vacated, memberships, skip.membershipId);
    if (!reserve.ok) return reserve;
    if (skip.reason === undefined)
      return err({ code: 'SKIP_REASON_REQUIRED', membershipId: skip.membershipId });
  }
  const passedOver = new Set(skipped.map((skip) => skip.membershipId));
  if (pick.method === 'appointmentByPps') {
    if (vacated.bodyType !== 'kpps') return err({ code: 'PPS_APPOINTMENT_NOT_ALLOWED', reason: 'notKpps' });
    const waiting = reserves.find((reserve) => !passedOver.has(reserve.id));
    return waiting === undefined
      ? ok(undefined)
      : err({
          code: 'PPS_APPOINTMENT_NOT_ALLOWED',
          reason: 'reservesRemain',
          waitingMembershipId: waiting.id,
        });
  }
  const chosen = asReserve(vacated, memberships, pick.replacementMembershipId);
  if (!chosen.ok) return chosen;
  // Only a reserve ranked ahead of the pick is passed over; the pick itself, or one after it, is not.
  const notAhead = reserves.find(
    (reserve) => passedOver.has(reserve.id) && bySelectionOrder(reserve, chosen.value) >= 0,
  );
  if (notAhead !== undefined && notAhead.id !== chosen.value.id) {
    return err({ code: 'REPLACEMENT_NOT_A_RESERVE', membershipId: notAhead.id, status: notAhead.status });
  }
  if (passedOver.has(chosen.value.id)) {
    return err({
      code: 'REPLACEMENT_NOT_A_RESERVE',
      membershipId: chosen.value.id,
      status: chosen.value.status,
    });
  }
  const waiting = reserves.find(
    (reserve) => bySelectionOrder(reserve, chosen.value) < 0 && !passedOver.has(reserve.id),
  );
  return waiting === undefined
    ? ok(undefined)
    : err({
        code: 'REPLACEMENT_OUT_OF_RANK',
        membershipId: chosen.value.id,
        waitingMembershipId: waiting.id,
        waitingRank: waiting.selectionRank,
      });
}

/** The membership named, if it is a reserve waiting for the vacated seat; else why not. */
function asReserve(
  vacated: Membership,
  memberships: readonly Membership[],
  membershipId: string,
): Result<RankedMembership, ReplacementRuleError> {
  const membership = memberships.find((candidate) => candidate.id === membershipId);
  if (membership === undefined) return err({ code: 'REPLACEMENT_NOT_FOUND', membershipId });
  if (membership.bodyId !== vacated.bodyId) {
    return err({ code: 'REPLACEMENT_OTHER_BODY', membershipId, bodyId: membership.bodyId });
  }
  return isReserveFor(vacated, membership)
    ? ok(membership)
    : err({ code: 'REPLACEMENT_NOT_A_RESERVE', membershipId, status: membership.status });
}

const bySelectionOrder = (a: RankedMembership, b: RankedMembership): number =>
  a.selectionRank - b.selectionRank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
