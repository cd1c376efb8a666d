import type { Deficiency } from '../complaint/index.js';
import type { TeamViolation } from '../conflict-of-interest/index.js';
import type { ReplacementRuleError } from '../membership/choose-replacement.js';
import type { DeadlineKey } from '../rule-sets/rule-set.js';
import type { CaseCommandType, CaseStatus, CaseTrack, Outcome, Role } from '../vocabulary/codes.js';

/** Why a command was refused. `code` is stable: it travels to GraphQL `extensions.code` and UI messages. */
export type CaseError =
  | { readonly code: 'TRANSITION_NOT_ALLOWED'; readonly from: CaseStatus; readonly command: CaseCommandType }
  | { readonly code: 'TRACK_NOT_ALLOWED'; readonly track: CaseTrack; readonly command: CaseCommandType }
  | { readonly code: 'ROLE_NOT_PERMITTED'; readonly role: Role; readonly command: CaseCommandType }
  | { readonly code: 'OUT_OF_JURISDICTION'; readonly commissionId: string }
  | { readonly code: 'NOT_ON_EXAMINATION_TEAM'; readonly userId: string }
  | { readonly code: 'REQUIREMENTS_NOT_MET'; readonly deficiencies: readonly Deficiency[] }
  | { readonly code: 'CONFLICT_OF_INTEREST'; readonly violations: readonly TeamViolation[] }
  | { readonly code: 'DEADLINE_PASSED'; readonly deadline: DeadlineKey; readonly dueAt: Date }
  | { readonly code: 'DEADLINE_NOT_PASSED'; readonly deadline: DeadlineKey; readonly dueAt: Date }
  | { readonly code: 'RULE_SET_FORBIDS'; readonly option: 'directDecision' | 'withdrawal' }
  | { readonly code: 'NOT_WITHDRAWABLE'; readonly reason: 'noComplainant' | 'alreadyDecided' }
  | { readonly code: 'QUORUM_NOT_MET'; readonly present: number; readonly required: number }
  | { readonly code: 'OUTCOME_MISSING'; readonly membershipId: string }
  | { readonly code: 'UNKNOWN_RESPONDENT'; readonly membershipId: string }
  | { readonly code: 'OUTCOME_NOT_ALLOWED'; readonly outcome: Outcome; readonly ruleSetCode: string }
  | { readonly code: 'NOTHING_TO_FORWARD' }
  | { readonly code: 'DKPP_VERDICT_REQUIRED' }
  | { readonly code: 'DELIVERY_ALREADY_RECORDED'; readonly recipient: string }
  | { readonly code: 'RECIPIENT_NOT_REQUIRED'; readonly recipient: string }
  | { readonly code: 'NO_DISMISSAL_TO_REPLACE' }
  | { readonly code: 'DISMISSAL_NEEDS_REPLACEMENT' }
  | { readonly code: 'REPLACEMENT_NOT_NEEDED'; readonly membershipId: string }
  | ReplacementRuleError
  | { readonly code: 'DATE_BEFORE_RECEIPT'; readonly field: string }
  | { readonly code: 'INVALID_INPUT'; readonly field: string; readonly reason: string };

export type CaseErrorCode = CaseError['code'];

export const CASE_ERROR_CODES = [
  'TRANSITION_NOT_ALLOWED',
  'TRACK_NOT_ALLOWED',
  'ROLE_NOT_PERMITTED',
  'OUT_OF_JURISDICTION',
  'NOT_ON_EXAMINATION_TEAM',
  'REQUIREMENTS_NOT_MET',
  'CONFLICT_OF_INTEREST',
  'DEADLINE_PASSED',
  'DEADLINE_NOT_PASSED',
  'RULE_SET_FORBIDS',
  'NOT_WITHDRAWABLE',
  'QUORUM_NOT_MET',
  'OUTCOME_MISSING',
  'UNKNOWN_RESPONDENT',
  'OUTCOME_NOT_ALLOWED',
  'NOTHING_TO_FORWARD',
  'DKPP_VERDICT_REQUIRED',
  'DELIVERY_ALREADY_RECORDED',
  'RECIPIENT_NOT_REQUIRED',
  'NO_DISMISSAL_TO_REPLACE',
  'DISMISSAL_NEEDS_REPLACEMENT',
  'REPLACEMENT_NOT_NEEDED',
  'VACANCY_NOT_OPEN',
  'REPLACEMENT_NOT_FOUND',
  'REPLACEMENT_OTHER_BODY',
  'REPLACEMENT_NOT_A_RESERVE',
  'REPLACEMENT_OUT_OF_RANK',
  'PPS_APPOINTMENT_NOT_ALLOWED',
  'SKIP_REASON_REQUIRED',
  'DATE_BEFORE_RECEIPT',
  'INVALID_INPUT',
] as const satisfies readonly CaseErrorCode[];
