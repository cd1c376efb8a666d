import { describe, expect, it } from 'vitest';
import { checkMembershipActAt, endEventOf } from './index.js';

const APPOINTED = new Date('2024-02-01T02:00:00Z');
const NOW = new Date('2024-04-15T03:00:00Z');
const membership = { history: [{ status: 'active', at: APPOINTED, reason: 'appoint' }] } as const;

describe('endEventOf', () => {
  it('ends a term with endTerm', () => {
    expect(endEventOf('endOfTerm', 'SK-9')).toEqual({ type: 'endTerm', reference: 'SK-9' });
  });

  it.each(['resignation', 'death', 'permanentIncapacity'] as const)('ceases for %s', (reason) => {
    expect(endEventOf(reason)).toEqual({ type: 'cease', reason });
  });
});

describe('checkMembershipActAt', () => {
  it('accepts a past date after the last change', () => {
    const at = new Date('2024-03-01T00:00:00Z');
    expect(checkMembershipActAt(membership, at, NOW)).toEqual({ ok: true, value: at });
  });

  it('refuses a date in the future', () => {
    const at = new Date(NOW.getTime() + 1);
    expect(checkMembershipActAt(membership, at, NOW)).toEqual({
      ok: false,
      error: { code: 'OCCURRED_IN_FUTURE', occurredAt: at },
    });
  });

  it('refuses a date before the last change, so the history stays in order', () => {
    const at = new Date('2024-01-01T00:00:00Z');
    expect(checkMembershipActAt(membership, at, NOW)).toEqual({
      ok: false,
      error: { code: 'OCCURRED_BEFORE_PREVIOUS_STEP', occurredAt: at, previousStepAt: APPOINTED },
    });
  });

  it('accepts any past date when asked to (an oath taken before the appointment was recorded)', () => {
    const at = new Date('2024-01-01T00:00:00Z');
    expect(checkMembershipActAt(membership, at, NOW, { anyPast: true }).ok).toBe(true);
  });
});
