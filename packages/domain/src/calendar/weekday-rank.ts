/**
 * Monday–Friday counted in O(1). The rank of a day is the number of weekdays up to and including it,
 * from an arbitrary origin, so rank(b) - rank(a) is the number of weekdays in (a, b]. A Saturday or
 * Sunday has the rank of the Friday before it.
 */
import type { EpochDay } from './epoch-day.js';

/** Epoch day 4 is Monday 1970-01-05: weeks are counted from there. */
const MONDAY = 4;

export function weekdayRank(day: EpochDay): number {
  const sinceMonday = day - MONDAY;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7 + 1, 5);
}

/** The weekday whose rank is `rank`: the inverse of weekdayRank on Monday–Friday. */
export function weekdayWithRank(rank: number): EpochDay {
  const weeks = Math.floor((rank - 1) / 5);
  return MONDAY + weeks * 7 + (rank - 1 - weeks * 5);
}
