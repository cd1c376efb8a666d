import { invariant } from '../shared/invariant.js';
import { err, ok, type Result } from '../shared/result.js';

/** What is known of one body when members are placed in it: its seats (from the rule set) and who holds them. */
export interface SeatFacts {
  /** Members the body has by the rule set in force for it (`bodySeats`). */
  readonly seats: number;
  /** Members of the body active now. */
  readonly active: number;
}

export type SeatError = { readonly code: 'SEATS_FULL'; readonly seats: number; readonly active: number };
export type SeatErrorCode = SeatError['code'];

/**
 * Whether one more member may become active in the body: refused with `SEATS_FULL` when every seat is
 * taken. Returns the seats left after the placement.
 */
export function checkSeatFree(facts: SeatFacts): Result<number, SeatError> {
  invariant(
    Number.isInteger(facts.seats) && facts.seats >= 0 && Number.isInteger(facts.active) && facts.active >= 0,
    'checkSeatFree: seats and active must be non-negative integers',
  );
  if (facts.active >= facts.seats)
    return err({ code: 'SEATS_FULL', seats: facts.seats, active: facts.active });
  return ok(facts.seats - facts.active - 1);
}
