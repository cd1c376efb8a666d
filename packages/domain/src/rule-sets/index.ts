export { DEFAULT_BODY_SEATS, type BodySeats, type SeatRule } from './body-seats.js';
export { DEFAULT_DEADLINES, DEFAULT_SESSION_RULES } from './deadlines.js';
export { KPT_337_2020, PKPU_8_2019, RULE_SETS } from './rule-set-catalogue.js';
export {
  deriveRuleSet,
  findRuleSet,
  ruleSetFor,
  type RuleSetError,
  type RuleSetOverrides,
} from './rule-set-registry.js';
export {
  DEADLINE_KEYS,
  DELIVERY_RECIPIENTS,
  MILESTONES,
  type ComplaintRules,
  type DayCount,
  type DeadlineKey,
  type DeadlineRule,
  type DeliveryRecipient,
  type Milestone,
  type RuleSet,
  type SessionRules,
  type SummonsLeadTime,
} from './rule-set.js';
