import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/result.js';
import type { Outcome } from '../vocabulary/codes.js';
import {
  applyMembershipEvent,
  isEffectApplicable,
  membershipEffectOf,
  type EffectPhase,
  type Membership,
  type MembershipEventType,
} from './index.js';

const NOW = new Date('2025-03-10T02:00:00Z');

const unwrap = <T>(result: Result<T, unknown>): T => {
  if (!result.ok) throw new Error(`unexpected error ${JSON.stringify(result.error)}`);
  return result.value;
};

const SUSPENDS = { dismissalSuspendsUntilDecree: true };
const DOES_NOT_SUSPEND = { dismissalSuspendsUntilDecree: false };

const aMembership = (overrides: Partial<Membership> = {}): Membership => ({
  id: 'm-1',
  personId: 'p-1',
  bodyId: 'kpps-tps-04',
  bodyType: 'kpps',
  position: 'member',
  status: 'active',
  history: [],
  ...overrides,
});

describe('membershipEffectOf', () => {
  it.each<[Outcome, EffectPhase, MembershipEventType | null]>([
    ['rehabilitation', 'decided', 'reinstate'],
    ['rehabilitation', 'decreeIssued', null],
    ['warning', 'decided', null],
    ['warning', 'decreeIssued', null],
    ['strongWarning', 'decided', null],
    ['strongWarning', 'decreeIssued', null],
    ['finalStrongWarning', 'decided', null],
    ['finalStrongWarning', 'decreeIssued', null],
    ['removalFromChair', 'decided', null],
    ['removalFromChair', 'decreeIssued', 'removeFromChair'],
    ['temporaryDismissal', 'decided', 'suspend'],
    ['temporaryDismissal', 'decreeIssued', null],
    ['permanentDismissal', 'decided', 'suspend'],
    ['permanentDismissal', 'decreeIssued', 'dismiss'],
  ])('turns %s at %s into %s', (outcome, phase, effect) => {
    expect(membershipEffectOf(outcome, phase, SUSPENDS)).toBe(effect);
  });

  it('leaves a dismissed member active until the decree where the rule set does not suspend', () => {
    expect(membershipEffectOf('permanentDismissal', 'decided', DOES_NOT_SUSPEND)).toBeNull();
    expect(membershipEffectOf('permanentDismissal', 'decreeIssued', DOES_NOT_SUSPEND)).toBe('dismiss');
  });

  it('walks a permanent dismissal from decision to decree', () => {
    const atDecision = membershipEffectOf('permanentDismissal', 'decided', SUSPENDS);
    const atDecree = membershipEffectOf('permanentDismissal', 'decreeIssued', SUSPENDS);
    expect([atDecision, atDecree]).toEqual(['suspend', 'dismiss']);
    const suspended = unwrap(applyMembershipEvent(aMembership(), { type: 'suspend' }, NOW));
    expect(isEffectApplicable(suspended, 'dismiss')).toBe(true);
    const dismissed = unwrap(
      applyMembershipEvent(suspended, { type: 'dismiss', reference: 'SK-7/2025' }, NOW),
    );
    expect(dismissed.status).toBe('dismissed');
    expect(dismissed.history.map((entry) => entry.reason)).toEqual(['suspend', 'dismiss']);
  });
});

describe('isEffectApplicable', () => {
  it('reinstates a rehabilitated member who was suspended', () => {
    expect(isEffectApplicable(aMembership({ status: 'temporarilyDismissed' }), 'reinstate')).toBe(true);
  });

  it('has nothing to reinstate for a rehabilitated member who was never suspended', () => {
    expect(isEffectApplicable(aMembership({ status: 'active' }), 'reinstate')).toBe(false);
  });

  it('does not suspend a member already suspended by an earlier decision', () => {
    expect(isEffectApplicable(aMembership({ status: 'temporarilyDismissed' }), 'suspend')).toBe(false);
  });

  it('removes only a member who still holds the chair', () => {
    expect(isEffectApplicable(aMembership({ position: 'chair' }), 'removeFromChair')).toBe(true);
    expect(isEffectApplicable(aMembership({ position: 'member' }), 'removeFromChair')).toBe(false);
  });
});
