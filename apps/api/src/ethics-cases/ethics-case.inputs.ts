import { ArgsType, Extensions, Field, ID, InputType, Int } from 'type-graphql';
import type {
  AdditionalMeasure,
  BodyType,
  CaseSource,
  CaseStatus,
  CaseTrack,
  DeliveryRecipient,
  Finding,
  Outcome,
  PartyRole,
  Position,
  ReplacementMethod,
  SkipReason,
} from '@etik/domain';
import {
  AdditionalMeasureEnum,
  BodyTypeEnum,
  CaseSortEnum,
  CaseSourceEnum,
  CaseStatusEnum,
  CaseTrackEnum,
  DeliveryRecipientEnum,
  FindingEnum,
  OutcomeEnum,
  PartyRoleEnum,
  PositionEnum,
  ReplacementMethodEnum,
} from '../shared/graphql-enums.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { LONG_TEXT, NAME_TEXT } from '../errors/input-guard.plugin.js';
import { NewPersonInput } from '../adhoc-bodies/membership-lifecycle.inputs.js';
import { SkipReasonEnum } from '../directory/directory-enums.js';

// ---- reading ----

@InputType('CaseFilter')
export class CaseFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only these cases (at most 100): fetch several cases in one request without aliases.',
  })
  ids?: string[];
  @Field(() => [CaseStatusEnum], { nullable: true }) statuses?: CaseStatus[];
  @Field(() => [CaseTrackEnum], { nullable: true }) tracks?: CaseTrack[];
  @Field(() => [CaseSourceEnum], { nullable: true }) sources?: CaseSource[];
  @Field(() => ID, { nullable: true, description: 'This commission and every commission under it.' })
  commissionId?: string;
  @Field(() => ID, { nullable: true, description: 'Cases of an act in this election.' })
  electionId?: string;
  @Field(() => ID, { nullable: true, description: 'Cases of an act in this stage of an election.' })
  stageId?: string;
  @Field(() => [BodyTypeEnum], { nullable: true, description: 'Cases with a respondent from such a body.' })
  bodyTypes?: BodyType[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'Received at or after.' })
  receivedFrom?: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Received before.' }) receivedTo?: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Part of the register number or of a respondent name.',
  })
  text?: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'Principle codes of the conduct catalogue: cases with an allegation under one of them, or a decision that found one violated.',
  })
  principles?: string[];
  @Field(() => [OutcomeEnum], {
    nullable: true,
    description: 'Cases whose decision gave one of these outcomes to a respondent.',
  })
  outcomes?: Outcome[];
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: cases with a deadline overdue at server time; false: cases with none overdue (the domain’s caseDeadlines).',
  })
  overdue?: boolean;
  @Field(() => ID, {
    nullable: true,
    description:
      'A province (“35”) or regency (“35.26”) code: cases handled by the commission of that region or of one below it.',
  })
  regionCode?: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Cases whose next pending deadline is due before this time (due soon, or overdue).',
  })
  dueBefore?: Date;
  @Field(() => [ID], {
    nullable: true,
    description: 'Cases with one of these persons as a respondent (at most 100): a member’s earlier cases.',
  })
  respondentPersonIds?: string[];
}

@ArgsType()
export class CasesArgs {
  @Field(() => CaseFilter, { nullable: true }) filter?: CaseFilter;
  @Field(() => CaseSortEnum, { nullable: true, defaultValue: 'receivedAtDesc' })
  sort: 'receivedAtDesc' | 'receivedAtAsc' | 'updatedAtDesc' | 'nextDueAtAsc';
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, at most 100.' })
  first: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string;
}

// ---- filing ----

@InputType('ComplainantInput')
export class ComplainantInput {
  @Field(() => String, { nullable: true }) @Extensions(NAME_TEXT) name?: string;
  @Field(() => String, { nullable: true }) idNumber?: string;
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean;
}

@InputType('RespondentDraftInput')
export class RespondentDraftInput {
  @Field(() => String, { nullable: true }) @Extensions(NAME_TEXT) name?: string;
  @Field(() => ID, { nullable: true }) membershipId?: string;
  @Field(() => BodyTypeEnum, { nullable: true }) bodyType?: BodyType;
  @Field(() => PositionEnum, { nullable: true }) position?: Position;
  @Field(() => String, { nullable: true }) @Extensions(NAME_TEXT) bodyName?: string;
}

@InputType('EvidenceInput')
export class EvidenceInput {
  @Field(() => String) kind: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@InputType('ComplaintInput')
export class ComplaintInput {
  @Field(() => CaseSourceEnum) source: CaseSource;
  @Field(() => ComplainantInput, { nullable: true }) complainant?: ComplainantInput;
  @Field(() => [RespondentDraftInput], {
    nullable: true,
    description: 'Defaults to the identified respondents.',
  })
  respondents?: RespondentDraftInput[];
  @Field(() => DateTimeScalar, { nullable: true }) eventDate?: Date;
  @Field(() => String, { nullable: true }) eventPlace?: string;
  @Field(() => String, { nullable: true }) @Extensions(LONG_TEXT) chronology?: string;
  @Field(() => DateTimeScalar, { nullable: true }) knownAt?: Date;
  @Field(() => [EvidenceInput], { nullable: true }) evidence?: EvidenceInput[];
  @Field(() => String, { nullable: true }) sourceReference?: string;
}

@InputType('CasePartyInput')
export class CasePartyInput {
  @Field(() => PartyRoleEnum) role: Exclude<PartyRole, 'respondent'>;
  @Field(() => String) @Extensions(NAME_TEXT) name: string;
  @Field(() => ID, { nullable: true }) personId?: string;
}

@InputType('FileCaseInput')
export class FileCaseInput {
  @Field(() => DateTimeScalar) receivedAt: Date;
  @Field(() => ComplaintInput) complaint: ComplaintInput;
  @Field(() => [ID], {
    nullable: true,
    description: 'Memberships of the respondents, in bodies your commission formed.',
  })
  respondentMembershipIds?: string[];
  @Field(() => [CasePartyInput], { nullable: true }) parties?: CasePartyInput[];
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Internal findings: when the plenary was held.',
  })
  findingPlenaryHeldAt?: Date;
  @Field(() => ID, { nullable: true, description: 'The election in which the alleged act took place.' })
  electionId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The election’s stage (tahapan) of the alleged act. Omitted: the stage whose dates include the event date, if any.',
  })
  stageId?: string | null;
}

// ---- commands ----

@ArgsType()
export class CommandArgs {
  @Field(() => ID) caseId: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the act took place, if earlier than now: not in the future, not before the previous step, and beyond the rule set’s backdating limit only with occurredAtReason. Deadlines count from it.',
  })
  occurredAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the act is recorded this late.' })
  @Extensions(LONG_TEXT)
  occurredAtReason?: string | null;
}

@ArgsType()
export class ReasonArgs extends CommandArgs {
  @Field(() => String) @Extensions(LONG_TEXT) reason: string;
}

@ArgsType()
export class RequestCorrectionArgs extends CommandArgs {
  @Field(() => [String], { description: 'Deficiency codes from the completeness check.' })
  deficiencies: string[];
}

@ArgsType()
export class SubmitCorrectionArgs extends CommandArgs {
  @Field(() => ComplaintInput) complaint: ComplaintInput;
}

@ArgsType()
export class RegisterArgs extends CommandArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Omit to take the next number of the commission and year.',
  })
  @Extensions({ maxLength: 128 })
  registerNumber?: string;
}

@ArgsType()
export class FormExaminationTeamArgs extends CommandArgs {
  @Field(() => ID) chairPersonId: string;
  @Field(() => [ID]) memberPersonIds: string[];
}

@ArgsType()
export class SubmitExaminationReportArgs extends CommandArgs {
  @Field(() => String) @Extensions(LONG_TEXT) summary: string;
}

@InputType('PlenaryInput')
export class PlenaryInput {
  @Field(() => DateTimeScalar) heldAt: Date;
  @Field(() => Int) commissionersPresent: number;
  @Field(() => Int) commissionSize: number;
  @Field(() => String, { nullable: true }) minutesReference?: string;
}

@InputType('OutcomeInput')
export class OutcomeInput {
  @Field(() => ID) membershipId: string;
  @Field(() => FindingEnum) finding: Finding;
  @Field(() => OutcomeEnum) outcome: Outcome;
  @Field(() => [AdditionalMeasureEnum], { nullable: true }) additionalMeasures?: AdditionalMeasure[];
  @Field(() => [String], { nullable: true }) principlesViolated?: string[];
}

@ArgsType()
export class RecordPlenaryDecisionArgs extends CommandArgs {
  @Field(() => PlenaryInput) plenary: PlenaryInput;
  @Field(() => [OutcomeInput]) outcomes: OutcomeInput[];
  @Field(() => String, { nullable: true }) @Extensions(LONG_TEXT) considerations?: string;
}

@ArgsType()
export class RecordDkppVerdictArgs extends CommandArgs {
  @Field(() => String) dkppCaseNumber: string;
  @Field(() => DateTimeScalar) readAt: Date;
  @Field(() => [OutcomeInput]) outcomes: OutcomeInput[];
}

@ArgsType()
export class IssueDecreeArgs extends CommandArgs {
  @Field(() => String) decreeNumber: string;
  @Field(() => DateTimeScalar) signedAt: Date;
}

@ArgsType()
export class RecordDeliveryArgs extends CommandArgs {
  @Field(() => DeliveryRecipientEnum) recipient: DeliveryRecipient;
  @Field(() => DateTimeScalar) deliveredAt: Date;
  @Field(() => String) channel: string;
}

@InputType('SkippedReserveInput', { description: 'A better-ranked reserve passed over, and why.' })
export class SkippedReserveInput {
  @Field(() => ID) membershipId: string;
  @Field(() => SkipReasonEnum, { nullable: true, description: 'Required (else SKIP_REASON_REQUIRED).' })
  reason?: SkipReason | null;
}

@InputType('ReplacementAppointeeInput', {
  description: 'Whom the PPS appoints to a KPPS seat with no reserve left: give personId or person.',
})
export class ReplacementAppointeeInput {
  @Field(() => ID, { nullable: true, description: 'A person on record.' }) personId?: string | null;
  @Field(() => NewPersonInput, { nullable: true, description: 'A person not on record yet.' })
  person?: NewPersonInput | null;
}

@ArgsType()
export class CompleteReplacementArgs extends CommandArgs {
  @Field(() => ID) vacatedMembershipId: string;
  @Field(() => ID, { nullable: true, description: 'The reserve appointed (nextRank).' })
  replacementMembershipId?: string;
  @Field(() => ReplacementMethodEnum) method: ReplacementMethod;
  @Field(() => DateTimeScalar) swornAt: Date;
  @Field(() => [SkippedReserveInput], {
    nullable: true,
    description: 'Better-ranked reserves passed over (each with a reason); replacementCandidates lists them.',
  })
  skippedReserves?: SkippedReserveInput[] | null;
  @Field(() => ReplacementAppointeeInput, { nullable: true, description: 'Required for appointmentByPps.' })
  appointee?: ReplacementAppointeeInput | null;
}

@ArgsType()
export class ReferArgs extends ReasonArgs {
  @Field(() => String, { description: 'The institution that now has the matter (Bawaslu, DKPP…).' })
  referredTo: string;
}
