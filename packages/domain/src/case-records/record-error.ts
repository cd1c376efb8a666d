import type { DayCount } from '../rule-sets/rule-set.js';
import type { CaseStatus, PartyRole, RecordActionType, Role } from '../vocabulary/codes.js';
import type { AllegationProblem } from './allegation.js';

export const RECORD_TYPES = ['allegation', 'session', 'externalProceeding'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * Why a record action was refused. The first four codes are the transition's own (the same rule, the
 * same message); the others are the records'. `code` travels unchanged to GraphQL `extensions.code`.
 */
export type RecordError =
  | { readonly code: 'OUT_OF_JURISDICTION'; readonly commissionId: string }
  | { readonly code: 'ROLE_NOT_PERMITTED'; readonly role: Role; readonly action: RecordActionType }
  | { readonly code: 'TRANSITION_NOT_ALLOWED'; readonly from: CaseStatus; readonly action: RecordActionType }
  | { readonly code: 'NOT_ON_EXAMINATION_TEAM'; readonly userId: string }
  | { readonly code: 'RECORD_NOT_FOUND'; readonly recordType: RecordType; readonly id: string }
  | { readonly code: 'ALLEGATION_INVALID'; readonly problems: readonly AllegationProblem[] }
  | { readonly code: 'ALLEGATION_FINDING_RECORDED'; readonly allegationId: string }
  | { readonly code: 'SESSION_NOT_HELD_YET'; readonly sessionId: string; readonly scheduledAt: Date }
  | { readonly code: 'MINUTES_ALREADY_RECORDED'; readonly sessionId: string }
  | {
      readonly code: 'SUMMONS_TOO_LATE';
      readonly sessionId: string;
      /** The end of the last day a summons could have gone out. */
      readonly latestAt: Date;
      readonly leadTime: DayCount;
    }
  | { readonly code: 'ALREADY_SUMMONED'; readonly sessionId: string; readonly party: string }
  | { readonly code: 'PARTY_NOT_SUMMONED'; readonly sessionId: string; readonly party: string }
  | { readonly code: 'UNKNOWN_PARTY'; readonly role: PartyRole }
  | { readonly code: 'UNKNOWN_RESPONDENT'; readonly membershipId: string }
  | { readonly code: 'DATE_BEFORE_RECEIPT'; readonly field: string }
  | { readonly code: 'INVALID_INPUT'; readonly field: string; readonly reason: string };

export type RecordErrorCode = RecordError['code'];

/** The codes only record actions return (the others are in CASE_ERROR_CODES). */
export const RECORD_ERROR_CODES = [
  'RECORD_NOT_FOUND',
  'ALLEGATION_INVALID',
  'ALLEGATION_FINDING_RECORDED',
  'SESSION_NOT_HELD_YET',
  'MINUTES_ALREADY_RECORDED',
  'SUMMONS_TOO_LATE',
  'ALREADY_SUMMONED',
  'PARTY_NOT_SUMMONED',
  'UNKNOWN_PARTY',
] as const satisfies readonly RecordErrorCode[];
