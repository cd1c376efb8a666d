import { describe, expect, it } from 'vitest';
import { checkAppointment } from './appointment-check.js';

const at = new Date('2024-03-01T00:00:00Z');
const candidate = { id: 'm-new', bodyId: 'pps-1', status: 'candidate' as const, history: [] };
const dismissed = {
  id: 'm-old',
  bodyId: 'kpps-1',
  status: 'dismissed' as const,
  history: [{ status: 'dismissed' as const, at, reason: 'dismiss' as const, reference: 'case:1' }],
};

describe('checkAppointment', () => {
  it('appoints to a free seat a person never dismissed', () => {
    expect(
      checkAppointment({
        body: { seats: 3, active: 2 },
        personMemberships: [candidate],
        confirmPreviousDismissal: false,
      }),
    ).toEqual({ ok: true, value: [] });
  });

  it('refuses when every seat is taken, whatever is confirmed', () => {
    expect(
      checkAppointment({
        body: { seats: 3, active: 3 },
        personMemberships: [candidate],
        confirmPreviousDismissal: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'SEATS_FULL', seats: 3, active: 3 } });
  });

  it('asks for a confirmation for a person dismissed permanently before, and returns what was confirmed', () => {
    const facts = { body: { seats: 3, active: 0 }, personMemberships: [candidate, dismissed] };
    expect(checkAppointment({ ...facts, confirmPreviousDismissal: false })).toEqual({
      ok: false,
      error: { code: 'PREVIOUSLY_DISMISSED', dismissedMembershipIds: ['m-old'] },
    });
    expect(checkAppointment({ ...facts, confirmPreviousDismissal: true })).toEqual({
      ok: true,
      value: ['m-old'],
    });
  });

  it('counts a dismissal in the history even when the membership has moved on since', () => {
    const later = { ...dismissed, status: 'termEnded' as const };
    expect(
      checkAppointment({
        body: { seats: 3, active: 0 },
        personMemberships: [later],
        confirmPreviousDismissal: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'PREVIOUSLY_DISMISSED' } });
  });
});
