import { ArgsType, Extensions, Field, ID, InputType } from 'type-graphql';
import type {
  AttendanceStatus,
  Confidence,
  ExternalForum,
  ExternalProceedingKind,
  ExternalProceedingStatus,
  Finding,
  PartyRole,
  SessionKind,
  SummonsMethod,
  ViolationCategory,
} from '@etik/domain';
import { LONG_TEXT, NAME_TEXT } from '../errors/input-guard.plugin.js';
import { CommandArgs } from '../ethics-cases/ethics-case.inputs.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import {
  AttendanceStatusEnum,
  ConfidenceEnum,
  ExternalForumEnum,
  ExternalProceedingKindEnum,
  ExternalProceedingStatusEnum,
  FindingEnum,
  PartyRoleEnum,
  SessionKindEnum,
  SummonsMethodEnum,
  ViolationCategoryEnum,
} from '../shared/graphql-enums.js';

/** Code-sized text: catalogue codes, article numbers (the domain refuses unknown codes). */
const CODE_TEXT = { maxLength: 64 } as const;
/** Letter and case numbers (128-character columns). */
const NUMBER_TEXT = { maxLength: 128 } as const;

@InputType('AllegationLegalReferenceInput')
export class AllegationLegalReferenceInput {
  @Field(() => String, { description: 'The instrument: "PKPU 8/2022".' })
  @Extensions(NAME_TEXT)
  instrument: string;
  @Field(() => String, { nullable: true }) @Extensions(CODE_TEXT) article?: string;
  @Field(() => String, { nullable: true }) @Extensions(CODE_TEXT) paragraph?: string;
  @Field(() => String, { nullable: true }) @Extensions(CODE_TEXT) letter?: string;
  @Field(() => ConfidenceEnum, { nullable: true, description: 'Defaults to high: cited from the text.' })
  confidence?: Confidence;
}

@InputType('AllegationInput')
export class AllegationInput {
  @Field(() => ID) respondentMembershipId: string;
  @Field(() => ViolationCategoryEnum, {
    nullable: true,
    description: 'Defaults to the behaviour’s category; required without a behaviour.',
  })
  category?: ViolationCategory;
  @Field(() => String, { description: 'A principle code of the conduct catalogue: "independent".' })
  @Extensions(CODE_TEXT)
  principle: string;
  @Field(() => String, { nullable: true, description: 'A behaviour code under that principle.' })
  @Extensions(CODE_TEXT)
  behaviour?: string;
  @Field(() => [AllegationLegalReferenceInput], {
    nullable: true,
    description: 'Cited besides what the catalogue gives for the behaviour or principle.',
  })
  extraLegalReferences?: AllegationLegalReferenceInput[];
  @Field(() => String) @Extensions(LONG_TEXT) description: string;
}

@ArgsType()
export class AddAllegationArgs extends CommandArgs {
  @Field(() => AllegationInput) allegation: AllegationInput;
}

@ArgsType()
export class UpdateAllegationArgs extends CommandArgs {
  @Field(() => ID) allegationId: string;
  @Field(() => AllegationInput) allegation: AllegationInput;
}

@ArgsType()
export class RemoveAllegationArgs extends CommandArgs {
  @Field(() => ID) allegationId: string;
}

@ArgsType()
export class RecordAllegationFindingArgs extends CommandArgs {
  @Field(() => ID) allegationId: string;
  @Field(() => FindingEnum) finding: Finding;
  @Field(() => String, { nullable: true }) @Extensions(LONG_TEXT) note?: string;
}

@ArgsType()
export class ScheduleSessionArgs extends CommandArgs {
  @Field(() => SessionKindEnum) kind: SessionKind;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => String, { nullable: true, description: 'A place or an online link is required.' })
  place?: string;
  @Field(() => String, { nullable: true }) onlineLink?: string;
  @Field(() => String, { nullable: true }) agenda?: string;
}

@InputType('SessionPartyInput', {
  description: 'A respondent by membershipId, the complainant by role alone, anyone else by role and name.',
})
export class SessionPartyInput {
  @Field(() => PartyRoleEnum) role: PartyRole;
  @Field(() => ID, { nullable: true }) membershipId?: string;
  @Field(() => String, { nullable: true }) @Extensions(NAME_TEXT) name?: string;
}

@ArgsType()
export class RecordSummonsArgs extends CommandArgs {
  @Field(() => ID) sessionId: string;
  @Field(() => SessionPartyInput) party: SessionPartyInput;
  @Field(() => DateTimeScalar) sentAt: Date;
  @Field(() => SummonsMethodEnum) method: SummonsMethod;
  @Field(() => String, { nullable: true, description: 'Nomor surat panggilan.' })
  @Extensions(NUMBER_TEXT)
  reference?: string;
}

@ArgsType()
export class RecordAttendanceArgs extends CommandArgs {
  @Field(() => ID) sessionId: string;
  @Field(() => SessionPartyInput) party: SessionPartyInput;
  @Field(() => AttendanceStatusEnum) status: AttendanceStatus;
  @Field(() => String, { nullable: true }) note?: string;
}

@ArgsType()
export class RecordSessionMinutesArgs extends CommandArgs {
  @Field(() => ID) sessionId: string;
  @Field(() => String, { description: 'The Berita Acara’s number.' })
  @Extensions(NAME_TEXT)
  reference: string;
  @Field(() => String) @Extensions(LONG_TEXT) summary: string;
  @Field(() => String, { nullable: true }) @Extensions(LONG_TEXT) outcomeNotes?: string;
}

@ArgsType()
export class RecordExternalProceedingArgs extends CommandArgs {
  @Field(() => ExternalForumEnum) forum: ExternalForum;
  @Field(() => ExternalProceedingKindEnum, {
    nullable: true,
    defaultValue: 'proceeding',
    description: 'referral: the commission sent the matter there (a reason is required).',
  })
  kind: ExternalProceedingKind;
  @Field(() => DateTimeScalar, { description: 'Filed at the forum, or sent there.' }) filedAt: Date;
  @Field(() => ExternalProceedingStatusEnum, { nullable: true, defaultValue: 'filed' })
  status: ExternalProceedingStatus;
  @Field(() => String, { nullable: true }) @Extensions(NUMBER_TEXT) externalNumber?: string;
  @Field(() => String, { nullable: true }) @Extensions(LONG_TEXT) result?: string;
  @Field(() => String, { nullable: true }) @Extensions(LONG_TEXT) reason?: string;
}

@ArgsType()
export class UpdateExternalProceedingArgs extends CommandArgs {
  @Field(() => ID) proceedingId: string;
  @Field(() => ExternalProceedingStatusEnum) status: ExternalProceedingStatus;
  @Field(() => String, { nullable: true }) @Extensions(NUMBER_TEXT) externalNumber?: string;
  @Field(() => String, { nullable: true }) @Extensions(LONG_TEXT) result?: string;
}
