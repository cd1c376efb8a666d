import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from './epoch-day.js';
import { weekdayRank, weekdayWithRank } from './weekday-rank.js';

const isWeekday = (day: number): boolean => weekdayOf(day) !== 0 && weekdayOf(day) !== 6;

describe('weekdayRank', () => {
  it('grows by one on each weekday and not at all on weekends', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
        expect(weekdayRank(day) - weekdayRank(day - 1)).toBe(isWeekday(day) ? 1 : 0);
      }),
    );
  });

  it('is inverted by weekdayWithRank, which always lands on a weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (rank) => {
        const day = weekdayWithRank(rank);
        expect(isWeekday(day)).toBe(true);
        expect(weekdayRank(day)).toBe(rank);
      }),
    );
  });
});
