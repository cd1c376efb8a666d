import { err, ok, type Result } from '../shared/result.js';
import type { DeadlineKey, DeadlineRule, RuleSet } from './rule-set.js';
import { RULE_SETS } from './rule-set-catalogue.js';

export type RuleSetError =
  | { readonly code: 'RULE_SET_NOT_FOUND'; readonly ruleSetCode: string }
  | { readonly code: 'NO_RULE_SET_IN_FORCE'; readonly date: string };

/** YYYY-MM-DD of an instant in WIB: rule sets are chosen by the local date a case was received. */
const localDateOf = (instant: Date): string =>
  new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

export function findRuleSet(
  code: string,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): Result<RuleSet, RuleSetError> {
  const found = ruleSets.find((ruleSet) => ruleSet.code === code);
  return found ? ok(found) : err({ code: 'RULE_SET_NOT_FOUND', ruleSetCode: code });
}

/** The rule set in force on the day a case was received. */
export function ruleSetFor(
  receivedAt: Date,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): Result<RuleSet, RuleSetError> {
  const date = localDateOf(receivedAt);
  const inForce = ruleSets.find(
    (ruleSet) => ruleSet.validFrom <= date && (ruleSet.validTo === undefined || date < ruleSet.validTo),
  );
  return inForce ? ok(inForce) : err({ code: 'NO_RULE_SET_IN_FORCE', date });
}

export interface RuleSetOverrides extends Partial<Omit<RuleSet, 'deadlines' | 'code'>> {
  readonly code: string;
  /** Changes single deadlines of the base by key; the others stay as they are. */
  readonly deadlines?: readonly (Partial<DeadlineRule> & { readonly key: DeadlineKey })[];
}

/** A local variant of a rule set, e.g. a commission that counts the correction window in working days. */
export function deriveRuleSet(base: RuleSet, overrides: RuleSetOverrides): RuleSet {
  const { deadlines: deadlineOverrides = [], ...rest } = overrides;
  const deadlines = base.deadlines.map((rule) => {
    const override = deadlineOverrides.find((candidate) => candidate.key === rule.key);
    return override ? { ...rule, ...override } : rule;
  });
  return { ...base, ...rest, deadlines };
}
