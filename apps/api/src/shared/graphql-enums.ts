// GraphQL enums built from the domain's code lists: the lists are never retyped here.
import { registerEnumType } from 'type-graphql';
import {
  ADDITIONAL_MEASURES,
  ATTENDANCE_STATUSES,
  BODY_TYPES,
  CASE_COMMANDS,
  CASE_EVENT_TYPES,
  CASE_SOURCES,
  CASE_STATUSES,
  CASE_TRACKS,
  COMMISSION_LEVELS,
  CONFIDENCES,
  DAY_UNITS,
  DEADLINE_KEYS,
  DEADLINE_STATES,
  DELIVERY_RECIPIENTS,
  EVIDENCE_KINDS,
  EXTERNAL_FORUMS,
  EXTERNAL_PROCEEDING_KINDS,
  EXTERNAL_PROCEEDING_STATUSES,
  FAMILY_RELATIONS,
  FINDINGS,
  MEMBERSHIP_STATUSES,
  MILESTONES,
  OUTCOMES,
  PARTY_ROLES,
  POSITIONS,
  RECORD_ACTIONS,
  RELATIVE_ROLES,
  REPLACEMENT_METHODS,
  ROLES,
  SESSION_KINDS,
  SUMMONS_METHODS,
  VIOLATION_CATEGORIES,
} from '@etik/domain';
import { REGION_LEVELS } from '../regions/region.entity.js';
import { REPORT_STAGES } from '../reporting/stages.js';

type EnumObject<T extends string> = { [K in T]: K };

export function graphQLEnum<const T extends string>(
  name: string,
  values: readonly T[],
  description?: string,
): EnumObject<T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as EnumObject<T>;
  registerEnumType(enumObject, { name, ...(description ? { description } : {}) });
  return enumObject;
}

export const CaseStatusEnum = graphQLEnum('CaseStatus', CASE_STATUSES);
export const CaseCommandEnum = graphQLEnum('CaseCommandType', CASE_COMMANDS);
export const CaseEventTypeEnum = graphQLEnum('CaseEventType', CASE_EVENT_TYPES);
export const CaseTrackEnum = graphQLEnum('CaseTrack', CASE_TRACKS);
export const CaseSourceEnum = graphQLEnum('CaseSource', CASE_SOURCES);
export const OutcomeEnum = graphQLEnum('Outcome', OUTCOMES);
export const AdditionalMeasureEnum = graphQLEnum('AdditionalMeasure', ADDITIONAL_MEASURES);
export const FindingEnum = graphQLEnum('Finding', FINDINGS);
export const RoleEnum = graphQLEnum('Role', ROLES);
export const CommissionLevelEnum = graphQLEnum('CommissionLevel', COMMISSION_LEVELS);
export const BodyTypeEnum = graphQLEnum('BodyType', BODY_TYPES);
export const PositionEnum = graphQLEnum('Position', POSITIONS);
export const MembershipStatusEnum = graphQLEnum('MembershipStatus', MEMBERSHIP_STATUSES);
export const PartyRoleEnum = graphQLEnum('PartyRole', PARTY_ROLES);
export const EvidenceKindEnum = graphQLEnum('EvidenceKind', EVIDENCE_KINDS);
export const DeadlineKeyEnum = graphQLEnum('DeadlineKey', DEADLINE_KEYS);
export const DeadlineStateEnum = graphQLEnum('DeadlineState', DEADLINE_STATES);
export const DayUnitEnum = graphQLEnum('DayUnit', DAY_UNITS);
export const ConfidenceEnum = graphQLEnum('Confidence', CONFIDENCES);
export const DeliveryRecipientEnum = graphQLEnum('DeliveryRecipient', DELIVERY_RECIPIENTS);
export const MilestoneEnum = graphQLEnum('Milestone', MILESTONES);
export const ReplacementMethodEnum = graphQLEnum('ReplacementMethod', REPLACEMENT_METHODS);
export const FamilyRelationEnum = graphQLEnum('FamilyRelation', FAMILY_RELATIONS);
export const RelativeRoleEnum = graphQLEnum('RelativeRole', RELATIVE_ROLES);
export const RecordActionEnum = graphQLEnum('RecordAction', RECORD_ACTIONS);
export const SessionKindEnum = graphQLEnum('SessionKind', SESSION_KINDS);
export const SummonsMethodEnum = graphQLEnum('SummonsMethod', SUMMONS_METHODS);
export const AttendanceStatusEnum = graphQLEnum('AttendanceStatus', ATTENDANCE_STATUSES);
export const ExternalForumEnum = graphQLEnum('ExternalForum', EXTERNAL_FORUMS);
export const ExternalProceedingKindEnum = graphQLEnum('ExternalProceedingKind', EXTERNAL_PROCEEDING_KINDS);
export const ExternalProceedingStatusEnum = graphQLEnum(
  'ExternalProceedingStatus',
  EXTERNAL_PROCEEDING_STATUSES,
);
export const ViolationCategoryEnum = graphQLEnum('ViolationCategory', VIOLATION_CATEGORIES);
export const RegionLevelEnum = graphQLEnum('RegionLevel', REGION_LEVELS);
export const CaseSortEnum = graphQLEnum('CaseSort', [
  'receivedAtDesc',
  'receivedAtAsc',
  'updatedAtDesc',
  'nextDueAtAsc',
] as const);
export const StatisticsDimensionEnum = graphQLEnum(
  'StatisticsDimension',
  ['status', 'province', 'regency', 'month', 'principle', 'outcome', 'bodyType'] as const,
  'What caseStatistics counts cases by. principle, outcome and bodyType are per respondent: a case counts once in each of its groups.',
);
export const StatisticsUnitEnum = graphQLEnum(
  'StatisticsUnit',
  ['case', 'respondent'] as const,
  'What caseStatistics counts: cases, or the respondents of those cases.',
);
export const ReportStageEnum = graphQLEnum(
  'ReportStage',
  REPORT_STAGES.map((stage) => stage.stage),
  'A stage of the procedure, between two milestones (see stageDurations).',
);
