import { err, ok, type Result } from '../shared/result.js';
import type { MembershipStatus } from '../vocabulary/codes.js';
import type { Membership } from './membership.js';

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
  const [candidate] = pool.filter((membership) => isReserveFor(vacated, membership)).sort(bySelectionOrder);
  if (candidate !== undefined) return ok({ method: 'nextRank', candidate });
  return vacated.bodyType === 'kpps'
    ? ok({ method: 'appointmentByPps' })
    : err({ code: 'NO_REPLACEMENT_CANDIDATE' });
}

// Only ranked candidates are on the selection list; the vacating person never returns to the seat.
const isReserveFor = (vacated: Membership, membership: Membership): membership is RankedMembership =>
  membership.status === 'candidate' &&
  membership.bodyId === vacated.bodyId &&
  membership.personId !== vacated.personId &&
  membership.selectionRank !== undefined;

type RankedMembership = Membership & { readonly selectionRank: number };

const bySelectionOrder = (a: RankedMembership, b: RankedMembership): number =>
  a.selectionRank - b.selectionRank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
