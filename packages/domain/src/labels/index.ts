// Every label of the domain in one registry: the API serves it, the back office builds its messages
// from it, and a test checks that both locales are filled for every code.
import { BODY_ERROR_LABELS } from '../adhoc-body/body-labels.js';
import { ELECTION_ERROR_LABELS, ELECTION_KIND_LABELS } from '../election/election-labels.js';
import {
  ACCOUNT_ERROR_LABELS,
  STAFF_PERSON_ERROR_LABELS,
  WEAK_PASSWORD_REASON_LABELS,
} from '../accounts/index.js';
import {
  CASE_AUDIT_ACTION_LABELS,
  HOLIDAY_ERROR_LABELS,
  HOLIDAY_KIND_LABELS,
  HOLIDAY_ORIGIN_LABELS,
} from '../calendar/holiday.js';
import { COMPLAINT_DEFICIENCY_LABELS, REQUIREMENT_LABELS } from '../complaint/index.js';
import {
  BEHAVIOUR_LABELS,
  PRINCIPLE_GROUP_LABELS,
  PRINCIPLE_LABELS,
  VIOLATION_CATEGORY_LABELS,
} from '../conduct/index.js';
import {
  DECLARATION_ERROR_LABELS,
  FAMILY_RELATION_LABELS,
  RELATIVE_ROLE_LABELS,
  TEAM_VIOLATION_LABELS,
} from '../conflict-of-interest/index.js';
import {
  BODY_TYPE_LABELS,
  MEMBERSHIP_ERROR_LABELS,
  APPOINTMENT_CHECK_ERROR_LABELS,
  MEMBERSHIP_ACT_ERROR_LABELS,
  MEMBERSHIP_END_REASON_LABELS,
  MEMBERSHIP_EVENT_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  POSITION_LABELS,
  REPLACEMENT_ERROR_LABELS,
  REPLACEMENT_RULE_ERROR_LABELS,
  REPLACEMENT_METHOD_LABELS,
  SKIP_REASON_LABELS,
} from '../membership/index.js';
import {
  MEMBER_IMPORT_ROW_ERROR_LABELS,
  MEMBER_RECORD_ERROR_LABELS,
  SEX_LABELS,
} from '../member-record/index.js';
import { REGISTER_NUMBER_ERROR_LABELS } from '../register-number/index.js';
import {
  ADDITIONAL_MEASURE_LABELS,
  CASE_COMMAND_LABELS,
  CASE_ERROR_LABELS,
  OCCURRED_AT_ERROR_LABELS,
  CASE_EVENT_LABELS,
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  CASE_TRACK_LABELS,
  COMMISSION_LEVEL_LABELS,
  CONFIDENCE_LABELS,
  DAY_UNIT_LABELS,
  DEADLINE_KEY_LABELS,
  DEADLINE_STATE_LABELS,
  DELIVERY_RECIPIENT_LABELS,
  EVIDENCE_KIND_LABELS,
  FINDING_LABELS,
  MILESTONE_LABELS,
  OUTCOME_LABELS,
  PARTY_ROLE_LABELS,
  ROLE_LABELS,
} from './case-labels.js';
import { DEFAULT_LOCALE, type Label, type Locale } from './label.js';
import { FILING_ERROR_LABELS, GUIDANCE_LABELS } from './other-labels.js';
import {
  ALLEGATION_GUIDANCE_LABELS,
  ALLEGATION_PROBLEM_LABELS,
  ATTENDANCE_STATUS_LABELS,
  EXTERNAL_FORUM_LABELS,
  EXTERNAL_PROCEEDING_KIND_LABELS,
  EXTERNAL_PROCEEDING_STATUS_LABELS,
  RECORD_ACTION_LABELS,
  RECORD_ERROR_LABELS,
  RECORD_TYPE_LABELS,
  SESSION_KIND_LABELS,
  SUMMONS_METHOD_LABELS,
} from './record-labels.js';

export * from './case-labels.js';
export * from './other-labels.js';
export * from './record-labels.js';
export { DEFAULT_LOCALE, LOCALES, type Label, type LabelsOf, type Locale } from './label.js';

/** Codes of things, by kind: `LABELS.caseStatus.decided.id === 'Diputus'`. */
export const LABELS = {
  caseStatus: CASE_STATUS_LABELS,
  caseCommand: CASE_COMMAND_LABELS,
  caseEvent: CASE_EVENT_LABELS,
  caseTrack: CASE_TRACK_LABELS,
  caseSource: CASE_SOURCE_LABELS,
  outcome: OUTCOME_LABELS,
  additionalMeasure: ADDITIONAL_MEASURE_LABELS,
  finding: FINDING_LABELS,
  role: ROLE_LABELS,
  commissionLevel: COMMISSION_LEVEL_LABELS,
  partyRole: PARTY_ROLE_LABELS,
  evidenceKind: EVIDENCE_KIND_LABELS,
  deadline: DEADLINE_KEY_LABELS,
  deadlineState: DEADLINE_STATE_LABELS,
  milestone: MILESTONE_LABELS,
  deliveryRecipient: DELIVERY_RECIPIENT_LABELS,
  dayUnit: DAY_UNIT_LABELS,
  confidence: CONFIDENCE_LABELS,
  principle: PRINCIPLE_LABELS,
  principleGroup: PRINCIPLE_GROUP_LABELS,
  behaviour: BEHAVIOUR_LABELS,
  violationCategory: VIOLATION_CATEGORY_LABELS,
  requirement: REQUIREMENT_LABELS,
  bodyType: BODY_TYPE_LABELS,
  position: POSITION_LABELS,
  membershipStatus: MEMBERSHIP_STATUS_LABELS,
  membershipEvent: MEMBERSHIP_EVENT_LABELS,
  membershipEndReason: MEMBERSHIP_END_REASON_LABELS,
  replacementMethod: REPLACEMENT_METHOD_LABELS,
  skipReason: SKIP_REASON_LABELS,
  familyRelation: FAMILY_RELATION_LABELS,
  relativeRole: RELATIVE_ROLE_LABELS,
  sex: SEX_LABELS,
  recordAction: RECORD_ACTION_LABELS,
  recordType: RECORD_TYPE_LABELS,
  sessionKind: SESSION_KIND_LABELS,
  summonsMethod: SUMMONS_METHOD_LABELS,
  attendanceStatus: ATTENDANCE_STATUS_LABELS,
  externalForum: EXTERNAL_FORUM_LABELS,
  externalProceedingKind: EXTERNAL_PROCEEDING_KIND_LABELS,
  externalProceedingStatus: EXTERNAL_PROCEEDING_STATUS_LABELS,
  holidayKind: HOLIDAY_KIND_LABELS,
  electionKind: ELECTION_KIND_LABELS,
  holidayOrigin: HOLIDAY_ORIGIN_LABELS,
  caseAuditAction: CASE_AUDIT_ACTION_LABELS,
  weakPasswordReason: WEAK_PASSWORD_REASON_LABELS,
} as const;

export type LabelKind = keyof typeof LABELS;

/**
 * Every error, deficiency and warning code the domain returns, with its message. The code travels
 * unchanged to GraphQL `extensions.code`; the back office looks it up here (`errors.<CODE>`).
 */
export const MESSAGE_LABELS: Readonly<Record<string, Label>> = {
  ...CASE_ERROR_LABELS,
  ...OCCURRED_AT_ERROR_LABELS,
  ...FILING_ERROR_LABELS,
  ...COMPLAINT_DEFICIENCY_LABELS,
  ...TEAM_VIOLATION_LABELS,
  ...DECLARATION_ERROR_LABELS,
  ...MEMBERSHIP_ERROR_LABELS,
  ...APPOINTMENT_CHECK_ERROR_LABELS,
  ...MEMBERSHIP_ACT_ERROR_LABELS,
  ...REPLACEMENT_ERROR_LABELS,
  ...REPLACEMENT_RULE_ERROR_LABELS,
  ...REGISTER_NUMBER_ERROR_LABELS,
  ...MEMBER_RECORD_ERROR_LABELS,
  ...MEMBER_IMPORT_ROW_ERROR_LABELS,
  ...BODY_ERROR_LABELS,
  ...GUIDANCE_LABELS,
  ...RECORD_ERROR_LABELS,
  ...ALLEGATION_PROBLEM_LABELS,
  ...ALLEGATION_GUIDANCE_LABELS,
  ...ACCOUNT_ERROR_LABELS,
  ...STAFF_PERSON_ERROR_LABELS,
  ...HOLIDAY_ERROR_LABELS,
  ...ELECTION_ERROR_LABELS,
};

/** The label of a code in a locale; an unknown code comes back as itself so nothing shows blank. */
export function labelOf(kind: LabelKind, code: string, locale: Locale = DEFAULT_LOCALE): string {
  const labels = LABELS[kind] as Readonly<Record<string, Label>>;
  return labels[code]?.[locale] ?? code;
}

export function messageOf(code: string, locale: Locale = DEFAULT_LOCALE): string {
  return MESSAGE_LABELS[code]?.[locale] ?? code;
}
