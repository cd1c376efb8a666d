// What the domain needs besides the case to decide anything about it: the time, who asks, the rule set the
// case was filed under, the working-day calendar and the handling commission's zone.
import { findRuleSet, utcOffsetOfRegion, type CaseContext, type RuleSet } from '@etik/domain';
import type { CurrentUser } from '../auth/current-user.js';
import type { Commission } from '../commissions/commission.entity.js';
import { calendarOf, type Context } from '../context.js';
import type { CommissionRow } from './case.mapper.js';

/** The rule set a stored case was filed under; a missing one is a deployment bug, not a user error. */
export function ruleSetOf(code: string): RuleSet {
  const found = findRuleSet(code);
  if (!found.ok) throw new Error(`Rule set ${code} of a stored case is not in the catalogue`);
  return found.value;
}

/** The zone a case's deadlines are counted in: its handling commission's (WIB, WITA or WIT). */
export const utcOffsetOfCommission = (commission: Commission | CommissionRow): number =>
  utcOffsetOfRegion('regionCode' in commission ? commission.regionCode : commission.region?.code);

export const actorOf = (user: CurrentUser): CaseContext['actor'] => ({
  userId: user.userId,
  role: user.role,
  commissionId: user.commissionId,
  ...(user.personId ? { personId: user.personId } : {}),
});

export function caseContextOf(
  ctx: Context,
  user: CurrentUser,
  stored: { readonly ruleSetCode: string; readonly commission: Commission | CommissionRow },
  now = ctx.now(),
): CaseContext {
  return {
    now,
    actor: actorOf(user),
    ruleSet: ruleSetOf(stored.ruleSetCode),
    calendar: calendarOf(ctx),
    utcOffsetMinutes: utcOffsetOfCommission(stored.commission),
  };
}
