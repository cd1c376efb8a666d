// The API shape of a case's records. Parties named in sessions are masked here, by the same rule as the
// case's parties: a confidential complainant's name only for the handling commission's officers and
// commissioners.
import { Field, ID, ObjectType } from 'type-graphql';
import {
  formatLegalReference,
  type Allegation,
  type AllegationWarning,
  type AvailableRecordAction,
  type ExternalProceeding,
  type LegalReference,
  type Session,
  type SessionParty,
} from '@etik/domain';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import {
  AttendanceStatusEnum,
  ConfidenceEnum,
  ExternalForumEnum,
  ExternalProceedingKindEnum,
  ExternalProceedingStatusEnum,
  FindingEnum,
  PartyRoleEnum,
  RecordActionEnum,
  SessionKindEnum,
  SummonsMethodEnum,
  ViolationCategoryEnum,
} from '../shared/graphql-enums.js';

@ObjectType('AllegationLegalReference', { description: 'An article an allegation cites.' })
export class AllegationLegalReferenceType {
  @Field(() => String) instrument: string;
  @Field(() => String, { nullable: true, description: 'Pasal.' }) article?: string | null;
  @Field(() => String, { nullable: true, description: 'Ayat.' }) paragraph?: string | null;
  @Field(() => String, { nullable: true, description: 'Huruf.' }) letter?: string | null;
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => String, { description: '"Peraturan DKPP 2/2017 Pasal 8 huruf k" (Bahasa Indonesia).' })
  citation: string;

  static from(reference: LegalReference): AllegationLegalReferenceType {
    return Object.assign(new AllegationLegalReferenceType(), {
      instrument: reference.instrument,
      article: reference.article ?? null,
      paragraph: reference.paragraph ?? null,
      letter: reference.letter ?? null,
      confidence: reference.confidence,
      citation: formatLegalReference(reference),
    });
  }
}

@ObjectType('Allegation', { description: 'What a respondent is accused of, against the conduct catalogue.' })
export class AllegationType {
  @Field(() => ID) id: string;
  @Field(() => ID) respondentMembershipId: string;
  @Field(() => ViolationCategoryEnum) category: string;
  @Field(() => String, {
    description: 'A principle code of the conduct catalogue (labels kind "principle").',
  })
  principle: string;
  @Field(() => String, { nullable: true, description: 'A behaviour code (labels kind "behaviour").' })
  behaviour?: string | null;
  @Field(() => [AllegationLegalReferenceType]) legalReferences: AllegationLegalReferenceType[];
  @Field(() => String) description: string;
  @Field(() => FindingEnum, { nullable: true, description: 'Null until a finding is recorded.' })
  finding?: string | null;
  @Field(() => String, { nullable: true }) findingNote?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) findingRecordedAt?: Date | null;
  @Field(() => DateTimeScalar) recordedAt: Date;

  static from(allegation: Allegation): AllegationType {
    return Object.assign(new AllegationType(), {
      ...allegation,
      behaviour: allegation.behaviour ?? null,
      legalReferences: allegation.legalReferences.map((ref) => AllegationLegalReferenceType.from(ref)),
      finding: allegation.finding ?? null,
      findingNote: allegation.findingNote ?? null,
      findingRecordedAt: allegation.findingRecordedAt ?? null,
    });
  }
}

@ObjectType('SessionParty', {
  description: 'A party a session names; a confidential complainant may be masked.',
})
export class SessionPartyType {
  @Field(() => PartyRoleEnum) role: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) membershipId?: string | null;
  @Field(() => Boolean) identityMasked: boolean;
}

@ObjectType('Summons')
export class SummonsType {
  @Field(() => SessionPartyType) party: SessionPartyType;
  @Field(() => DateTimeScalar) sentAt: Date;
  @Field(() => SummonsMethodEnum) method: string;
  @Field(() => String, { nullable: true, description: 'Nomor surat panggilan.' }) reference?: string | null;
}

@ObjectType('Attendance')
export class AttendanceType {
  @Field(() => SessionPartyType) party: SessionPartyType;
  @Field(() => AttendanceStatusEnum) status: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('SessionMinutes', { description: 'The Berita Acara of a session.' })
export class SessionMinutesType {
  @Field(() => String) reference: string;
  @Field(() => String) summary: string;
  @Field(() => DateTimeScalar) recordedAt: Date;
}

@ObjectType('CaseSession', { description: 'A clarification or examination hearing.' })
export class CaseSessionType {
  @Field(() => ID) id: string;
  @Field(() => SessionKindEnum) kind: string;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) onlineLink?: string | null;
  @Field(() => String, { nullable: true }) agenda?: string | null;
  @Field(() => [SummonsType]) summons: SummonsType[];
  @Field(() => [AttendanceType]) attendance: AttendanceType[];
  @Field(() => SessionMinutesType, { nullable: true }) minutes?: SessionMinutesType | null;
  @Field(() => String, { nullable: true }) outcomeNotes?: string | null;
  @Field(() => DateTimeScalar) recordedAt: Date;

  /** `revealComplainant`: whether this viewer may see a confidential complainant's name. */
  static from(session: Session, revealComplainant: boolean): CaseSessionType {
    const party = (named: SessionParty): SessionPartyType => {
      const masked = named.role === 'complainant' && !revealComplainant;
      return {
        role: named.role,
        name: masked ? null : named.name,
        membershipId: named.membershipId ?? null,
        identityMasked: masked,
      };
    };
    return Object.assign(new CaseSessionType(), {
      id: session.id,
      kind: session.kind,
      scheduledAt: session.scheduledAt,
      place: session.place ?? null,
      onlineLink: session.onlineLink ?? null,
      agenda: session.agenda ?? null,
      summons: session.summons.map((summons) => ({
        party: party(summons.party),
        sentAt: summons.sentAt,
        method: summons.method,
        reference: summons.reference ?? null,
      })),
      attendance: session.attendance.map((entry) => ({
        party: party(entry.party),
        status: entry.status,
        note: entry.note ?? null,
      })),
      minutes: session.minutes ?? null,
      outcomeNotes: session.outcomeNotes ?? null,
      recordedAt: session.recordedAt,
    });
  }
}

@ObjectType('ExternalProceeding', {
  description:
    'The matter before DKPP, PTUN, Bawaslu or Gakkumdu: brought there, or referred by the commission.',
})
export class ExternalProceedingType {
  @Field(() => ID) id: string;
  @Field(() => ExternalForumEnum) forum: string;
  @Field(() => ExternalProceedingKindEnum) kind: string;
  @Field(() => String, { nullable: true }) externalNumber?: string | null;
  @Field(() => DateTimeScalar) filedAt: Date;
  @Field(() => ExternalProceedingStatusEnum) status: string;
  @Field(() => String, { nullable: true }) result?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => DateTimeScalar) recordedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt?: Date | null;

  static from(proceeding: ExternalProceeding): ExternalProceedingType {
    return Object.assign(new ExternalProceedingType(), {
      ...proceeding,
      externalNumber: proceeding.externalNumber ?? null,
      result: proceeding.result ?? null,
      reason: proceeding.reason ?? null,
      updatedAt: proceeding.updatedAt ?? null,
    });
  }
}

@ObjectType('AvailableRecordAction', {
  description:
    'A record action you may take now, and the record it acts on (or the kind of session it schedules).',
})
export class AvailableRecordActionType {
  @Field(() => RecordActionEnum) action: string;
  @Field(() => ID, { nullable: true, description: 'The allegation, session or proceeding.' })
  targetId?: string | null;
  @Field(() => SessionKindEnum, { nullable: true }) sessionKind?: string | null;

  static from(available: AvailableRecordAction): AvailableRecordActionType {
    return Object.assign(new AvailableRecordActionType(), {
      action: available.action,
      targetId: available.targetId ?? null,
      sessionKind: available.sessionKind ?? null,
    });
  }
}

@ObjectType('AllegationWarning', {
  description: 'Advice where the allegations’ findings and the decision disagree; never a refusal.',
})
export class AllegationWarningType {
  @Field(() => String, { description: 'A message code (labels kind "message").' }) code: string;
  @Field(() => ID) membershipId: string;
  @Field(() => ID, { nullable: true }) allegationId?: string | null;
  @Field(() => String, { nullable: true }) principle?: string | null;

  static from(warning: AllegationWarning): AllegationWarningType {
    return Object.assign(new AllegationWarningType(), {
      code: warning.code,
      membershipId: warning.membershipId,
      allegationId: warning.allegationId ?? null,
      principle: warning.principle ?? null,
    });
  }
}
