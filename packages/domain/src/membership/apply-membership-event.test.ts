import { describe, expect, it } from 'vitest';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../vocabulary/codes.js';
import {
  applyMembershipEvent,
  canApplyMembershipEvent,
  MEMBERSHIP_EVENT_TYPES,
  MEMBERSHIP_TRANSITIONS,
  type Membership,
  type MembershipEvent,
  type MembershipEventType,
} from './index.js';

const NOW = new Date('2025-03-10T02:00:00Z');
const EARLIER = new Date('2025-03-09T02:00:00Z');

const aMembership = (overrides: Partial<Membership> = {}): Membership => ({
  id: 'm-1',
  personId: 'p-1',
  bodyId: 'pps-sukamaju',
  bodyType: 'pps',
  position: 'member',
  status: 'active',
  history: [],
  ...overrides,
});

/** A valid event of each type, so the table can be tested on its own. */
const EVENTS: Record<MembershipEventType, MembershipEvent> = {
  appoint: { type: 'appoint', oathTakenAt: EARLIER, integrityPactSignedAt: EARLIER },
  suspend: { type: 'suspend' },
  dismiss: { type: 'dismiss' },
  reinstate: { type: 'reinstate' },
  cease: { type: 'cease', reason: 'resignation' },
  endTerm: { type: 'endTerm' },
  removeFromChair: { type: 'removeFromChair' },
  recordOath: { type: 'recordOath' },
  recordIntegrityPact: { type: 'recordIntegrityPact' },
  transferOut: { type: 'transferOut', toMembershipId: 'm-2' },
  transferIn: { type: 'transferIn', fromMembershipId: 'm-0' },
  passOver: { type: 'passOver', skipReason: 'declined', vacatedMembershipId: 'm-0' },
  replaced: { type: 'replaced', replacementMembershipId: 'm-2' },
};

const ALLOWED: [MembershipEventType, MembershipStatus, MembershipStatus][] = [
  ['appoint', 'candidate', 'active'],
  ['suspend', 'active', 'temporarilyDismissed'],
  ['dismiss', 'temporarilyDismissed', 'dismissed'],
  ['dismiss', 'active', 'dismissed'],
  ['reinstate', 'temporarilyDismissed', 'active'],
  ['cease', 'active', 'ceased'],
  ['endTerm', 'active', 'termEnded'],
  ['removeFromChair', 'active', 'active'],
  ['recordOath', 'active', 'active'],
  ['recordOath', 'temporarilyDismissed', 'temporarilyDismissed'],
  ['recordIntegrityPact', 'active', 'active'],
  ['recordIntegrityPact', 'temporarilyDismissed', 'temporarilyDismissed'],
  ['transferOut', 'active', 'ceased'],
  ['transferIn', 'candidate', 'active'],
  ['passOver', 'candidate', 'candidate'],
  ['replaced', 'dismissed', 'dismissed'],
  ['replaced', 'ceased', 'ceased'],
];
const isAllowed = (event: MembershipEventType, from: MembershipStatus) =>
  ALLOWED.some(([allowedEvent, allowedFrom]) => allowedEvent === event && allowedFrom === from);
const REFUSED = MEMBERSHIP_EVENT_TYPES.flatMap((event) =>
  MEMBERSHIP_STATUSES.filter((from) => !isAllowed(event, from)).map((from) => [event, from] as const),
);

describe('applyMembershipEvent', () => {
  it.each(ALLOWED)('applies %s to a %s member, who becomes %s', (type, from, to) => {
    const membership = aMembership({ status: from, position: 'chair' });
    const result = applyMembershipEvent(membership, EVENTS[type], NOW);
    expect(result.ok && result.value.status).toBe(to);
    expect(result.ok && result.value.history.at(-1)).toMatchObject({ status: to, at: NOW, reason: type });
    expect(canApplyMembershipEvent(membership, type)).toBe(true);
  });

  it.each(REFUSED)('refuses %s on a %s member', (type, from) => {
    const membership = aMembership({ status: from, position: 'chair' });
    expect(applyMembershipEvent(membership, EVENTS[type], NOW)).toEqual({
      ok: false,
      error: { code: 'MEMBERSHIP_TRANSITION_NOT_ALLOWED', from, event: type },
    });
    expect(canApplyMembershipEvent(membership, type)).toBe(false);
  });

  it('keeps the table and the tested transitions in step', () => {
    const fromTable = Object.entries(MEMBERSHIP_TRANSITIONS).flatMap(([event, { from }]) =>
      from.map((status) => `${event}:${status}`),
    );
    expect(fromTable.sort()).toEqual(ALLOWED.map(([event, from]) => `${event}:${from}`).sort());
  });

  it('appends to the history and leaves the original untouched', () => {
    const earlier = { status: 'active', at: EARLIER, reason: 'appoint' } as const;
    const membership = aMembership({ history: [earlier] });
    const result = applyMembershipEvent(membership, { type: 'suspend', reference: 'BA-12/PL/2025' }, NOW);
    expect(result.ok && result.value.history).toEqual([
      earlier,
      { status: 'temporarilyDismissed', at: NOW, reason: 'suspend', reference: 'BA-12/PL/2025' },
    ]);
    expect(membership.status).toBe('active');
    expect(membership.history).toHaveLength(1);
  });

  describe('appoint', () => {
    const candidate = aMembership({ status: 'candidate', selectionRank: 4 });

    it('records the oath and integrity pact on the membership', () => {
      const result = applyMembershipEvent(candidate, EVENTS.appoint, NOW);
      expect(result.ok && result.value).toMatchObject({
        status: 'active',
        oathTakenAt: EARLIER,
        integrityPactSignedAt: EARLIER,
      });
    });

    it('accepts an oath taken at the moment of appointment', () => {
      const event = { type: 'appoint', oathTakenAt: NOW, integrityPactSignedAt: NOW } as const;
      expect(applyMembershipEvent(candidate, event, NOW).ok).toBe(true);
    });

    it('refuses to appoint without the oath and the integrity pact', () => {
      expect(applyMembershipEvent(candidate, { type: 'appoint' }, NOW)).toEqual({
        ok: false,
        error: {
          code: 'APPOINTMENT_REQUIREMENTS_MISSING',
          missing: ['oathTakenAt', 'integrityPactSignedAt'],
        },
      });
    });

    it('treats an oath dated after the appointment as not yet taken', () => {
      const later = new Date(NOW.getTime() + 1);
      const event = { type: 'appoint', oathTakenAt: later, integrityPactSignedAt: EARLIER } as const;
      expect(applyMembershipEvent(candidate, event, NOW)).toEqual({
        ok: false,
        error: { code: 'APPOINTMENT_REQUIREMENTS_MISSING', missing: ['oathTakenAt'] },
      });
    });

    it('treats an unreadable pact date as missing', () => {
      const event = { type: 'appoint', oathTakenAt: EARLIER, integrityPactSignedAt: new Date('') } as const;
      const result = applyMembershipEvent(candidate, event, NOW);
      expect(!result.ok && result.error).toEqual({
        code: 'APPOINTMENT_REQUIREMENTS_MISSING',
        missing: ['integrityPactSignedAt'],
      });
    });
  });

  describe('cease', () => {
    it('records why the member ceased', () => {
      const result = applyMembershipEvent(aMembership(), { type: 'cease', reason: 'death' }, NOW);
      expect(result.ok && result.value.history.at(-1)).toEqual({
        status: 'ceased',
        at: NOW,
        reason: 'cease',
        cessationReason: 'death',
      });
    });

    it('refuses to cease a member without a reason', () => {
      expect(applyMembershipEvent(aMembership(), { type: 'cease' }, NOW)).toEqual({
        ok: false,
        error: { code: 'CESSATION_REASON_MISSING' },
      });
    });
  });

  describe('removeFromChair', () => {
    it('makes the chair a member and keeps the status', () => {
      const chair = aMembership({ position: 'chair' });
      const result = applyMembershipEvent(chair, { type: 'removeFromChair' }, NOW);
      expect(result.ok && result.value).toMatchObject({ position: 'member', status: 'active' });
      expect(result.ok && result.value.history).toEqual([
        { status: 'active', at: NOW, reason: 'removeFromChair' },
      ]);
    });

    it('refuses to remove a member who is not the chair', () => {
      const member = aMembership({ position: 'member' });
      expect(applyMembershipEvent(member, { type: 'removeFromChair' }, NOW)).toEqual({
        ok: false,
        error: { code: 'MEMBER_NOT_CHAIR', position: 'member' },
      });
      expect(canApplyMembershipEvent(member, 'removeFromChair')).toBe(false);
    });
  });

  describe('oath and integrity pact on a seated member', () => {
    it('records the oath at the event time and keeps the status', () => {
      const result = applyMembershipEvent(aMembership(), { type: 'recordOath', reference: 'BA-1' }, EARLIER);
      expect(result.ok && result.value).toMatchObject({ status: 'active', oathTakenAt: EARLIER });
      expect(result.ok && result.value.history).toEqual([
        { status: 'active', at: EARLIER, reason: 'recordOath', reference: 'BA-1' },
      ]);
    });

    it('records the integrity pact at the event time', () => {
      const result = applyMembershipEvent(aMembership(), { type: 'recordIntegrityPact' }, EARLIER);
      expect(result.ok && result.value.integrityPactSignedAt).toEqual(EARLIER);
    });
  });

  describe('transfer', () => {
    it('vacates the old seat and names the new membership', () => {
      const result = applyMembershipEvent(aMembership(), EVENTS.transferOut, NOW);
      expect(result.ok && result.value.history.at(-1)).toEqual({
        status: 'ceased',
        at: NOW,
        reason: 'transferOut',
        counterpartMembershipId: 'm-2',
      });
    });

    it('seats the member in the new body with the oath and pact of the old seat', () => {
      const candidate = aMembership({ status: 'candidate' });
      const event = {
        type: 'transferIn',
        fromMembershipId: 'm-0',
        oathTakenAt: EARLIER,
        integrityPactSignedAt: EARLIER,
      } as const;
      const result = applyMembershipEvent(candidate, event, NOW);
      expect(result.ok && result.value).toMatchObject({
        status: 'active',
        oathTakenAt: EARLIER,
        integrityPactSignedAt: EARLIER,
      });
      expect(result.ok && result.value.history.at(-1)).toMatchObject({
        reason: 'transferIn',
        counterpartMembershipId: 'm-0',
      });
    });
  });

  it('throws on an unreadable time, which is a bug in the caller', () => {
    expect(() => applyMembershipEvent(aMembership(), { type: 'endTerm' }, new Date('x'))).toThrow(
      /valid date/,
    );
  });
});
