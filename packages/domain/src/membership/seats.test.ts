import { describe, expect, it } from 'vitest';
import { checkSeatFree } from './seats.js';

describe('checkSeatFree', () => {
  it('lets a member take a free seat and tells the seats left', () => {
    expect(checkSeatFree({ seats: 3, active: 0 })).toEqual({ ok: true, value: 2 });
    expect(checkSeatFree({ seats: 3, active: 2 })).toEqual({ ok: true, value: 0 });
  });

  it('refuses a member once every seat is taken, or more than every seat', () => {
    expect(checkSeatFree({ seats: 3, active: 3 })).toEqual({
      ok: false,
      error: { code: 'SEATS_FULL', seats: 3, active: 3 },
    });
    expect(checkSeatFree({ seats: 3, active: 7 })).toMatchObject({
      ok: false,
      error: { code: 'SEATS_FULL' },
    });
  });
});
