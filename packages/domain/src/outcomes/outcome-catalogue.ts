import type { RuleSet } from '../rule-sets/rule-set.js';
import type { Confidence, MembershipStatus, Outcome } from '../vocabulary/codes.js';
import { OUTCOMES } from '../vocabulary/codes.js';

export interface OutcomeInfo {
  readonly code: Outcome;
  /** Rehabilitation is the finding "not proven"; every other outcome is a sanction. */
  readonly isSanction: boolean;
  /** 0 for rehabilitation, rising with gravity: used to compare outcomes. */
  readonly severity: number;
  /** Where the member ends up once the decree is issued; absent where the status does not change. */
  readonly membershipAfterDecree?: MembershipStatus;
  readonly losesChair: boolean;
  readonly confidence: Confidence;
  readonly basis: string;
}

const info = (code: Outcome, rest: Omit<OutcomeInfo, 'code' | 'severity' | 'isSanction'>): OutcomeInfo => ({
  code,
  isSanction: code !== 'rehabilitation',
  severity: OUTCOMES.indexOf(code),
  ...rest,
});

/** domain-model.md "Outcomes" and regulation.md §3.7 / §10.3. */
export const OUTCOME_CATALOGUE: { readonly [O in Outcome]: OutcomeInfo } = {
  rehabilitation: info('rehabilitation', {
    membershipAfterDecree: 'active',
    losesChair: false,
    confidence: 'medium',
    basis: '"Tata Kelola Pemilu di Indonesia" p.181; DKPP statistics 2024',
  }),
  warning: info('warning', {
    losesChair: false,
    confidence: 'medium',
    basis: 'Peraturan DKPP 2/2017 Pasal 22',
  }),
  strongWarning: info('strongWarning', {
    losesChair: false,
    confidence: 'medium',
    basis: 'Peraturan DKPP 2/2017 Pasal 22',
  }),
  finalStrongWarning: info('finalStrongWarning', {
    losesChair: false,
    confidence: 'medium',
    basis: 'KPU Lumajang 2024 practice; DKPP statistics 2024',
  }),
  removalFromChair: info('removalFromChair', {
    losesChair: true,
    confidence: 'low',
    basis: 'Peraturan DKPP 2/2017 Pasal 22 (applicability to ad hoc bodies not confirmed)',
  }),
  temporaryDismissal: info('temporaryDismissal', {
    membershipAfterDecree: 'temporarilyDismissed',
    losesChair: false,
    confidence: 'high',
    basis: 'Peraturan DKPP 2/2017 Pasal 22; PKPU 8/2022 Pasal 43(6)',
  }),
  permanentDismissal: info('permanentDismissal', {
    membershipAfterDecree: 'dismissed',
    losesChair: true,
    confidence: 'high',
    basis: 'PKPU 8/2022 Pasal 43(4)(b)',
  }),
};

export const isAllowedOutcome = (outcome: Outcome, ruleSet: RuleSet): boolean =>
  ruleSet.allowedOutcomes.includes(outcome);

export const isDismissal = (outcome: Outcome): boolean =>
  outcome === 'temporaryDismissal' || outcome === 'permanentDismissal';
