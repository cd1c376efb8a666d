// The API shape of an ethics case. `EthicsCaseView` wraps the stored record and the viewer, so that
// masking is decided in one place and the JSON document is decoded only when a field needs it.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  CaseDeadline,
  ComplainantDraft,
  ComplaintDraft,
  Decision,
  EthicsCase,
  RespondentDraft,
} from '@etik/domain';
import type { CurrentUser } from '../auth/current-user.js';
import {
  seesComplainantIdentity,
  seesConfidentialIdentity,
  seesPersonalData,
} from '../auth/access-policy.js';
import { LocalizedTextType } from '../catalogue/catalogue.types.js';
import { CommissionType } from '../commissions/commission.type.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import {
  AdditionalMeasureEnum,
  BodyTypeEnum,
  CaseCommandEnum,
  CaseSourceEnum,
  CaseStatusEnum,
  CaseTrackEnum,
  ConfidenceEnum,
  DayUnitEnum,
  DeadlineKeyEnum,
  DeadlineStateEnum,
  DeliveryRecipientEnum,
  FindingEnum,
  MilestoneEnum,
  OutcomeEnum,
  PartyRoleEnum,
  PositionEnum,
} from '../shared/graphql-enums.js';
import type { CaseRow } from './case.mapper.js';
import { toDomain } from './case.mapper.js';

@ObjectType('Respondent')
export class RespondentType {
  @Field(() => ID) membershipId: string;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) bodyId?: string | null;
  @Field(() => BodyTypeEnum, { nullable: true }) bodyType?: string | null;
  @Field(() => PositionEnum, { nullable: true }) position?: string | null;
}

@ObjectType('CaseParty', {
  description: 'A party other than a respondent; a confidential complainant may be masked.',
})
export class CasePartyType {
  @Field(() => PartyRoleEnum) role: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => Boolean) identityMasked: boolean;
}

@ObjectType('Complainant')
export class ComplainantType {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'NIK or other identity number.' }) idNumber?:
    string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => Boolean) confidential: boolean;
  @Field(() => Boolean, {
    description: 'The identity is withheld from this viewer (confidential complainant).',
  })
  identityMasked: boolean;
  @Field(() => Boolean, {
    description: 'Identity number, address, phone and e-mail are withheld from this role.',
  })
  personalDataMasked: boolean;
}

@ObjectType('RespondentDraft')
export class RespondentDraftType {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ID, { nullable: true }) membershipId?: string;
  @Field(() => BodyTypeEnum, { nullable: true }) bodyType?: string;
  @Field(() => PositionEnum, { nullable: true }) position?: string;
  @Field(() => String, { nullable: true }) bodyName?: string;
}

@ObjectType('Evidence')
export class EvidenceType {
  @Field(() => String) kind: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@ObjectType('Complaint')
export class ComplaintType {
  @Field(() => CaseSourceEnum) source: string;
  @Field(() => ComplainantType, { nullable: true }) complainant?: ComplainantType | null;
  @Field(() => [RespondentDraftType]) respondents: readonly RespondentDraft[];
  @Field(() => DateTimeScalar, { nullable: true }) eventDate?: Date;
  @Field(() => String, { nullable: true }) eventPlace?: string;
  @Field(() => String, { nullable: true }) chronology?: string;
  @Field(() => DateTimeScalar, { nullable: true }) knownAt?: Date;
  @Field(() => [EvidenceType]) evidence: readonly EvidenceType[];
  @Field(() => String, { nullable: true }) sourceReference?: string;
}

@ObjectType('MilestoneTime')
export class MilestoneTimeType {
  @Field(() => MilestoneEnum) milestone: string;
  @Field(() => DateTimeScalar) at: Date;
}

@ObjectType('ExaminationTeam')
export class ExaminationTeamType {
  @Field(() => ID) chairPersonId: string;
  @Field(() => [ID]) memberPersonIds: readonly string[];
  @Field(() => DateTimeScalar) formedAt: Date;
}

@ObjectType('ExaminationReport')
export class ExaminationReportType {
  @Field(() => DateTimeScalar) submittedAt: Date;
  @Field(() => String) summary: string;
}

@ObjectType('Plenary')
export class PlenaryType {
  @Field(() => DateTimeScalar) heldAt: Date;
  @Field(() => Int) commissionersPresent: number;
  @Field(() => Int) commissionSize: number;
  @Field(() => String, { nullable: true }) minutesReference?: string;
}

@ObjectType('RespondentOutcome')
export class RespondentOutcomeType {
  @Field(() => ID) membershipId: string;
  @Field(() => FindingEnum) finding: string;
  @Field(() => OutcomeEnum) outcome: string;
  @Field(() => [AdditionalMeasureEnum]) additionalMeasures: readonly string[];
  @Field(() => [String]) principlesViolated: readonly string[];
}

@ObjectType('Decision')
export class DecisionType {
  @Field(() => String, { description: '"commission" or "dkpp".' }) decidedBy: string;
  @Field(() => DateTimeScalar) decidedAt: Date;
  @Field(() => [RespondentOutcomeType]) outcomes: readonly RespondentOutcomeType[];
  @Field(() => PlenaryType, { nullable: true }) plenary?: PlenaryType;
  @Field(() => String, { nullable: true }) considerations?: string;
  @Field(() => String, { nullable: true }) dkppCaseNumber?: string;
}

@ObjectType('Decree')
export class DecreeType {
  @Field(() => String) number: string;
  @Field(() => DateTimeScalar) signedAt: Date;
}

@ObjectType('Delivery')
export class DeliveryType {
  @Field(() => DeliveryRecipientEnum) recipient: string;
  @Field(() => DateTimeScalar) deliveredAt: Date;
  @Field(() => String) channel: string;
}

@ObjectType('Replacement')
export class ReplacementType {
  @Field(() => ID) vacatedMembershipId: string;
  @Field(() => ID, { nullable: true }) replacementMembershipId?: string;
  @Field(() => String) method: string;
  @Field(() => DateTimeScalar) swornAt: Date;
}

@ObjectType('Closure')
export class ClosureType {
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String) reason: string;
  @Field(() => String, { nullable: true }) referredTo?: string;
}

@ObjectType('CaseDeadline')
export class CaseDeadlineType {
  @Field(() => DeadlineKeyEnum) key: string;
  @Field(() => DeadlineStateEnum) state: string;
  @Field(() => DateTimeScalar) startedAt: Date;
  @Field(() => DateTimeScalar) dueAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) metAt?: Date;
  @Field(() => Int) amount: number;
  @Field(() => DayUnitEnum) unit: string;
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => LocalizedTextType, {
    description: 'Where the deadline comes from, or that the commission sets it.',
  })
  basis: LocalizedTextType;

  static from(deadline: CaseDeadline): CaseDeadlineType {
    return Object.assign(new CaseDeadlineType(), {
      key: deadline.key,
      state: deadline.state,
      startedAt: deadline.startedAt,
      dueAt: deadline.dueAt,
      metAt: deadline.metAt,
      amount: deadline.rule.amount,
      unit: deadline.rule.unit,
      confidence: deadline.rule.confidence,
      basis: { id: deadline.rule.basis.id, en: deadline.rule.basis.en },
    });
  }
}

@ObjectType('CommandAvailability')
export class CommandAvailabilityType {
  @Field(() => CaseCommandEnum) command: string;
  @Field(() => String, { description: 'The mutation that gives this command, e.g. registerCase.' })
  mutation: string;
  @Field(() => Boolean) available: boolean;
  @Field(() => String, { nullable: true, description: 'The domain error code explaining why not.' })
  refusalCode?: string | null;
}

@ObjectType('TimelineEntry', { description: 'One audit-trail row about the case.' })
export class TimelineEntryType {
  @Field(() => Int) seq: number;
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String) action: string;
  @Field(() => ID, { nullable: true }) actorUserId?: string | null;
  @Field(() => String, { nullable: true }) actorRole?: string | null;
  @Field(() => CaseStatusEnum, { nullable: true }) fromStatus?: string | null;
  @Field(() => CaseStatusEnum, { nullable: true }) toStatus?: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the act took place, when it was recorded later (`at` is the recording).',
  })
  occurredAt?: Date | null;
}

/** Masks what this viewer may not see of a complainant; `identityMasked` tells the UI why fields are empty. */
export function maskComplainant(
  complainant: ComplainantDraft | undefined,
  viewer: CurrentUser,
  caseCommissionId: string,
): ComplainantType | null {
  if (!complainant) return null;
  const confidential = complainant.confidential === true;
  const identityMasked = confidential && !seesConfidentialIdentity(viewer, caseCommissionId);
  const personalDataMasked = identityMasked || !seesPersonalData(viewer);
  return {
    name: identityMasked ? null : (complainant.name ?? null),
    idNumber: personalDataMasked ? null : (complainant.idNumber ?? null),
    address: personalDataMasked ? null : (complainant.address ?? null),
    phone: personalDataMasked ? null : (complainant.phone ?? null),
    email: personalDataMasked ? null : (complainant.email ?? null),
    confidential,
    identityMasked,
    personalDataMasked,
  };
}

@ObjectType('EthicsCase')
export class EthicsCaseView {
  private decoded?: EthicsCase;

  constructor(
    readonly record: CaseRow,
    readonly viewer: CurrentUser,
    private readonly respondentRows: readonly RespondentType[],
  ) {}

  /** The domain case, decoded from the record on first use. */
  get domain(): EthicsCase {
    this.decoded ??= toDomain(this.record);
    return this.decoded;
  }

  /** The viewer may see the complainant's identity although it is confidential: such reads are audited. */
  get readsConfidentialIdentity(): boolean {
    return this.record.confidential && seesConfidentialIdentity(this.viewer, this.record.commission.id);
  }

  /** The viewer sees who the complainant is (not confidential, or the handling commission's officers). */
  get revealsComplainant(): boolean {
    return seesComplainantIdentity(this.viewer, {
      confidential: this.record.confidential,
      commissionId: this.record.commission.id,
    });
  }

  @Field(() => ID) get id(): string {
    return this.record.id;
  }
  @Field(() => Int, { description: 'Send it back as expectedVersion with the next command.' })
  get version(): number {
    return this.record.version;
  }
  @Field(() => CaseStatusEnum) get status(): string {
    return this.record.status;
  }
  @Field(() => CaseTrackEnum) get track(): string {
    return this.record.track;
  }
  @Field(() => CaseSourceEnum) get source(): string {
    return this.record.source;
  }
  @Field(() => String) get ruleSetCode(): string {
    return this.record.ruleSetCode;
  }
  @Field(() => DateTimeScalar) get receivedAt(): Date {
    return this.record.receivedAt;
  }
  @Field(() => DateTimeScalar) get updatedAt(): Date {
    return this.record.updatedAt;
  }
  @Field(() => String, { nullable: true }) get registerNumber(): string | null {
    return this.record.registerNumber;
  }
  @Field(() => Boolean, { description: 'The complainant asked for their identity to be withheld.' })
  get confidential(): boolean {
    return this.record.confidential;
  }
  @Field(() => CommissionType) get commission(): CommissionType {
    return CommissionType.fromRow(this.record.commission);
  }
  @Field(() => [RespondentType], { description: 'From the participant rows: listing them needs no JSON.' })
  get respondents(): readonly RespondentType[] {
    return this.respondentRows;
  }
  /** Parties with a confidential complainant masked (resolved by the resolver, which audits the read). */
  maskedParties(): CasePartyType[] {
    const reveal = this.revealsComplainant;
    return this.domain.parties.map((party) => {
      const masked = party.role === 'complainant' && !reveal;
      return {
        role: party.role,
        name: masked ? null : party.name,
        personId: masked ? null : (party.personId ?? null),
        identityMasked: masked,
      };
    });
  }
  maskedComplaint(): ComplaintType {
    const complaint: ComplaintDraft = this.domain.complaint;
    return {
      source: complaint.source,
      complainant: maskComplainant(complaint.complainant, this.viewer, this.record.commission.id),
      respondents: complaint.respondents ?? [],
      ...(complaint.eventDate ? { eventDate: complaint.eventDate } : {}),
      ...(complaint.eventPlace ? { eventPlace: complaint.eventPlace } : {}),
      ...(complaint.chronology ? { chronology: complaint.chronology } : {}),
      ...(complaint.knownAt ? { knownAt: complaint.knownAt } : {}),
      evidence: (complaint.evidence ?? []).map((item) => ({
        kind: item.kind,
        ...(item.description ? { description: item.description } : {}),
      })),
      ...(complaint.sourceReference ? { sourceReference: complaint.sourceReference } : {}),
    };
  }
  @Field(() => [MilestoneTimeType]) get milestones(): MilestoneTimeType[] {
    return Object.entries(this.domain.milestones)
      .filter((entry): entry is [string, Date] => entry[1] instanceof Date)
      .map(([milestone, at]) => ({ milestone, at }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
  }
  @Field(() => [String], { description: 'Deficiency codes the complainant was asked to correct.' })
  get requestedCorrections(): readonly string[] {
    return this.domain.requestedCorrections ?? [];
  }
  @Field(() => ExaminationTeamType, { nullable: true }) get examinationTeam(): ExaminationTeamType | null {
    return this.domain.examinationTeam ?? null;
  }
  @Field(() => ExaminationReportType, { nullable: true })
  get examinationReport(): ExaminationReportType | null {
    return this.domain.examinationReport ?? null;
  }
  @Field(() => DecisionType, { nullable: true }) get decision(): Decision | null {
    return this.domain.decision ?? null;
  }
  @Field(() => DecisionType, { nullable: true }) get forwardedDecision(): Decision | null {
    return this.domain.forwardedDecision ?? null;
  }
  @Field(() => DecreeType, { nullable: true }) get decree(): DecreeType | null {
    return this.domain.decree ?? null;
  }
  @Field(() => [DeliveryType]) get deliveries(): readonly DeliveryType[] {
    return this.domain.deliveries;
  }
  @Field(() => [ReplacementType]) get replacements(): readonly ReplacementType[] {
    return this.domain.replacements;
  }
  @Field(() => ClosureType, { nullable: true }) get closure(): ClosureType | null {
    return this.domain.closure ?? null;
  }
}
