import type { DeadlineRule, SessionRules } from './rule-set.js';

// Default deadlines of regulation.md §3.4. Every one is [M] or [L], so each is data a rule set may override.

const screening: DeadlineRule = {
  key: 'screening',
  amount: 3,
  unit: 'workingDays',
  anchor: 'received',
  metBy: ['correctionRequested', 'screeningConcluded'],
  tracks: ['kpuInternal'],
  confidence: 'low',
  basis: 'regulation.md §10.1: document check "1–3 days" [L]',
};

const correction: DeadlineRule = {
  key: 'correction',
  amount: 3,
  unit: 'calendarDays',
  anchor: 'correctionRequested',
  metBy: ['correctionSubmitted'],
  confidence: 'medium',
  basis: 'By analogy with Bawaslu: 3 days to complete a deficient report (regulation.md §3.4, §3.5) [M]',
};

const clarificationStart: DeadlineRule = {
  key: 'clarificationStart',
  amount: 1,
  unit: 'calendarDays',
  anchor: 'findingPlenaryHeld',
  metBy: ['clarificationStarted'],
  sources: ['internalFinding'],
  confidence: 'medium',
  basis:
    'PKPU 8/2019 as described in "Tata Kelola Pemilu di Indonesia": clarification ≤ 1 day after the plenary [M]',
};

const examination: DeadlineRule = {
  key: 'examination',
  amount: 7,
  unit: 'workingDays',
  anchor: 'examinationStarted',
  metBy: ['examinationReported'],
  confidence: 'medium',
  basis: 'PKPU 8/2019 as described in "Tata Kelola Pemilu di Indonesia": examination lasts 7 hari kerja [M]',
};

const plenaryDecision: DeadlineRule = {
  key: 'plenaryDecision',
  amount: 1,
  unit: 'calendarDays',
  anchor: 'examinationReported',
  metBy: ['decided'],
  confidence: 'medium',
  basis:
    'PKPU 8/2019 as described in "Tata Kelola Pemilu di Indonesia": plenary decides ≤ 1 day after the examination [M]',
};

const decreeIssuance: DeadlineRule = {
  key: 'decreeIssuance',
  amount: 3,
  unit: 'workingDays',
  anchor: 'decided',
  metBy: ['decreeIssued', 'forwardedToDkpp'],
  tracks: ['kpuInternal'],
  confidence: 'low',
  basis: 'No source found; a working assumption to keep decisions from stalling [L]',
};

const dkppExecution: DeadlineRule = {
  key: 'dkppExecution',
  amount: 7,
  unit: 'calendarDays',
  anchor: 'dkppVerdictRead',
  metBy: ['closed'],
  confidence: 'medium',
  basis: 'DKPP 69-PKE-DKPP/V/2024 as reported: decree and replacement within 7 days of the verdict [M]',
};

export const DEFAULT_DEADLINES: readonly DeadlineRule[] = [
  screening,
  correction,
  clarificationStart,
  examination,
  plenaryDecision,
  decreeIssuance,
  dkppExecution,
];

// DKPP summons a party 5 days before a hearing (UU 7/2017's DKPP procedure, regulation.md §3.4 [M]); no
// KPU rule for its own clarification and examination hearings was found, so the same span is assumed [L].
const DKPP_ANALOGY =
  'By analogy with DKPP: summons 5 days before the hearing (regulation.md §3.4) [M]; no KPU rule found [L]';

export const DEFAULT_SESSION_RULES: SessionRules = {
  summonsLeadTime: {
    clarification: { amount: 5, unit: 'calendarDays', confidence: 'low', basis: DKPP_ANALOGY },
    examination: { amount: 5, unit: 'calendarDays', confidence: 'low', basis: DKPP_ANALOGY },
  },
};
