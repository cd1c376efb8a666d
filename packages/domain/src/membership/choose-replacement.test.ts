import { describe, expect, it } from 'vitest';
import type { BodyType, MembershipStatus } from '../vocabulary/codes.js';
import { checkReplacementPick, chooseReplacement, replacementCandidates, type Membership } from './index.js';

const aMembership = (id: string, overrides: Partial<Membership> = {}): Membership => ({
  id,
  personId: `p-${id}`,
  bodyId: 'pps-sukamaju',
  bodyType: 'pps',
  position: 'member',
  status: 'candidate',
  history: [],
  ...overrides,
});

const dismissed = (bodyType: BodyType = 'pps', bodyId = 'pps-sukamaju') =>
  aMembership('m-vacated', { status: 'dismissed', selectionRank: 2, bodyType, bodyId });

describe('chooseReplacement', () => {
  it('chooses the next-ranked candidate of the same body', () => {
    const pool = [
      aMembership('m-6', { selectionRank: 6 }),
      aMembership('m-4', { selectionRank: 4 }),
      aMembership('m-5', { selectionRank: 5 }),
    ];
    expect(chooseReplacement(dismissed(), pool)).toEqual({
      ok: true,
      value: { method: 'nextRank', candidate: pool[1] },
    });
  });

  it('skips candidates of another body, however well ranked', () => {
    const pool = [
      aMembership('m-other', { bodyId: 'pps-sukamulya', selectionRank: 1 }),
      aMembership('m-7', { selectionRank: 7 }),
    ];
    const result = chooseReplacement(dismissed(), pool);
    expect(result.ok && result.value).toEqual({ method: 'nextRank', candidate: pool[1] });
  });

  it.each<MembershipStatus>(['active', 'temporarilyDismissed', 'dismissed', 'ceased', 'termEnded'])(
    'skips a member who is %s rather than a candidate',
    (status) => {
      const pool = [
        aMembership('m-1', { status, selectionRank: 1 }),
        aMembership('m-8', { selectionRank: 8 }),
      ];
      const result = chooseReplacement(dismissed(), pool);
      expect(result.ok && result.value).toEqual({ method: 'nextRank', candidate: pool[1] });
    },
  );

  it('skips an unranked candidate, who is not on the selection list', () => {
    const pool = [aMembership('m-unranked'), aMembership('m-9', { selectionRank: 9 })];
    const result = chooseReplacement(dismissed(), pool);
    expect(result.ok && result.value).toEqual({ method: 'nextRank', candidate: pool[1] });
  });

  it('never gives the seat back to the person who vacated it', () => {
    const pool = [
      aMembership('m-again', { personId: 'p-m-vacated', selectionRank: 1 }),
      aMembership('m-3', { selectionRank: 3 }),
    ];
    const result = chooseReplacement(dismissed(), pool);
    expect(result.ok && result.value).toEqual({ method: 'nextRank', candidate: pool[1] });
  });

  it('breaks a tie in rank by membership id, whatever the order of the pool', () => {
    const b = aMembership('m-b', { selectionRank: 3 });
    const a = aMembership('m-a', { selectionRank: 3 });
    const c = aMembership('m-c', { selectionRank: 3 });
    for (const pool of [
      [b, a, c],
      [c, b, a],
      [a, c, b],
    ]) {
      const result = chooseReplacement(dismissed(), pool);
      expect(result.ok && result.value).toEqual({ method: 'nextRank', candidate: a });
    }
  });

  it('copes with the same candidate listed twice in the pool', () => {
    const fifth = aMembership('m-5', { selectionRank: 5 });
    const result = chooseReplacement(dismissed(), [fifth, aMembership('m-6', { selectionRank: 6 }), fifth]);
    expect(result.ok && result.value).toEqual({ method: 'nextRank', candidate: fifth });
  });

  it('fills the seat of a member who ceased', () => {
    const ceased = aMembership('m-dead', { status: 'ceased' });
    const result = chooseReplacement(ceased, [aMembership('m-4', { selectionRank: 4 })]);
    expect(result.ok && result.value.method).toBe('nextRank');
  });

  it.each<MembershipStatus>(['candidate', 'active', 'temporarilyDismissed', 'termEnded'])(
    'refuses to fill the seat of a member who is %s',
    (status) => {
      const holder = aMembership('m-holder', { status });
      expect(chooseReplacement(holder, [aMembership('m-4', { selectionRank: 4 })])).toEqual({
        ok: false,
        error: { code: 'VACANCY_NOT_OPEN' },
      });
    },
  );

  it('lets the PPS appoint a KPPS member when the list is empty', () => {
    expect(chooseReplacement(dismissed('kpps', 'kpps-tps-04'), [])).toEqual({
      ok: true,
      value: { method: 'appointmentByPps' },
    });
  });

  it.each<BodyType>(['ppk', 'pps', 'pantarlih'])(
    'reports no candidate for a %s seat when the list is empty',
    (bodyType) => {
      expect(
        chooseReplacement(dismissed(bodyType), [
          aMembership('m-x', { bodyId: 'elsewhere', selectionRank: 1 }),
        ]),
      ).toEqual({
        ok: false,
        error: { code: 'NO_REPLACEMENT_CANDIDATE' },
      });
    },
  );
});

describe('checkReplacementPick', () => {
  const vacated = dismissed('kpps', 'kpps-004');
  const reserve = (id: string, rank: number, overrides: Partial<Membership> = {}) =>
    aMembership(id, { bodyType: 'kpps', bodyId: 'kpps-004', selectionRank: rank, ...overrides });
  const pool = [vacated, reserve('m-8', 8), reserve('m-9', 9)];
  const next = (id: string) => ({ method: 'nextRank' as const, replacementMembershipId: id });
  const codeOf = (result: ReturnType<typeof checkReplacementPick>) => (result.ok ? 'ok' : result.error);

  it('accepts the next waiting reserve by rank', () => {
    expect(checkReplacementPick(vacated, pool, next('m-8'), [])).toEqual({ ok: true, value: undefined });
  });

  it('refuses rank 9 while rank 8 waits, naming the one who waits', () => {
    expect(codeOf(checkReplacementPick(vacated, pool, next('m-9'), []))).toEqual({
      code: 'REPLACEMENT_OUT_OF_RANK',
      membershipId: 'm-9',
      waitingMembershipId: 'm-8',
      waitingRank: 8,
    });
  });

  it('accepts rank 9 once rank 8 is passed over with a reason, and not without one', () => {
    const declined = [{ membershipId: 'm-8', reason: 'declined' as const }];
    expect(checkReplacementPick(vacated, pool, next('m-9'), declined).ok).toBe(true);
    expect(codeOf(checkReplacementPick(vacated, pool, next('m-9'), [{ membershipId: 'm-8' }]))).toEqual({
      code: 'SKIP_REASON_REQUIRED',
      membershipId: 'm-8',
    });
  });

  it('refuses to pass over a reserve ranked after the pick', () => {
    const after = [{ membershipId: 'm-9', reason: 'declined' as const }];
    expect(codeOf(checkReplacementPick(vacated, pool, next('m-8'), after))).toMatchObject({
      code: 'REPLACEMENT_NOT_A_RESERVE',
      membershipId: 'm-9',
    });
  });

  it('refuses an unknown id, a reserve of another body and a seated member', () => {
    const others = [
      ...pool,
      reserve('m-other', 1, { bodyId: 'kpps-005' }),
      reserve('m-seated', 2, { status: 'active' }),
    ];
    expect(codeOf(checkReplacementPick(vacated, others, next('m-none'), []))).toMatchObject({
      code: 'REPLACEMENT_NOT_FOUND',
    });
    expect(codeOf(checkReplacementPick(vacated, others, next('m-other'), []))).toMatchObject({
      code: 'REPLACEMENT_OTHER_BODY',
      bodyId: 'kpps-005',
    });
    expect(codeOf(checkReplacementPick(vacated, others, next('m-seated'), []))).toMatchObject({
      code: 'REPLACEMENT_NOT_A_RESERVE',
      status: 'active',
    });
  });

  it('allows a PPS appointment only for a KPPS seat with every reserve passed over', () => {
    const pps = { method: 'appointmentByPps' as const };
    expect(codeOf(checkReplacementPick(vacated, pool, pps, []))).toEqual({
      code: 'PPS_APPOINTMENT_NOT_ALLOWED',
      reason: 'reservesRemain',
      waitingMembershipId: 'm-8',
    });
    const gone = [
      { membershipId: 'm-8', reason: 'deceased' as const },
      { membershipId: 'm-9', reason: 'noLongerEligible' as const },
    ];
    expect(checkReplacementPick(vacated, pool, pps, gone).ok).toBe(true);
    expect(codeOf(checkReplacementPick(dismissed('pps'), [], pps, []))).toEqual({
      code: 'PPS_APPOINTMENT_NOT_ALLOWED',
      reason: 'notKpps',
    });
  });

  it('refuses a seat that is not vacant', () => {
    const seated = { ...vacated, status: 'active' as const };
    expect(codeOf(checkReplacementPick(seated, pool, next('m-8'), []))).toMatchObject({
      code: 'VACANCY_NOT_OPEN',
    });
  });

  it('takes a reserve passed over as deceased off the list, and asks one who declined again', () => {
    const passedOver = (reason: 'declined' | 'deceased') =>
      reserve('m-8', 8, {
        history: [{ status: 'candidate', at: new Date(0), reason: 'passOver', skipReason: reason }],
      });
    expect(
      replacementCandidates(vacated, [passedOver('deceased'), reserve('m-9', 9)]).map((m) => m.id),
    ).toEqual(['m-9']);
    expect(
      replacementCandidates(vacated, [passedOver('declined'), reserve('m-9', 9)]).map((m) => m.id),
    ).toEqual(['m-8', 'm-9']);
  });
});
