// The API shapes of bodies, people and memberships. Each keeps its row (`record`, not a field) for the
// field resolvers that load more (members.resolver.ts, adhoc-body.resolver.ts); personal data is masked
// when the object is made, so no resolver can forget it.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { seesPersonalData } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { BodyTypeEnum, MembershipStatusEnum, PositionEnum } from '../shared/graphql-enums.js';
import { MembershipEventEnum, SkipReasonEnum } from '../directory/directory-enums.js';
import type { AdhocBody, Membership, Person } from './adhoc-body.entity.js';
import type { MembershipChange } from './membership-change.entity.js';
import { oathAndPactOf } from './membership.service.js';

@ObjectType('Person', { description: 'NIK, address and phone are null for roles that may not see them.' })
export class PersonType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) nik?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'male or female, when on record.' }) sex?:
    string | null;
  @Field(() => String, { nullable: true }) birthPlace?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) birthDate?: string | null;
  @Field(() => Boolean) personalDataMasked: boolean;

  static from(person: Person, viewer: CurrentUser): PersonType {
    const reveal = seesPersonalData(viewer);
    return Object.assign(new PersonType(), {
      id: person.id,
      name: person.name,
      nik: reveal ? person.nik : null,
      address: reveal ? (person.address ?? null) : null,
      phone: reveal ? (person.phone ?? null) : null,
      email: reveal ? (person.email ?? null) : null,
      sex: person.sex ?? null,
      birthPlace: reveal ? (person.birthPlace ?? null) : null,
      birthDate: reveal ? (person.birthDate ?? null) : null,
      personalDataMasked: !reveal,
    });
  }
}

@ObjectType('AdhocBody')
export class AdhocBodyType {
  @Field(() => ID) id: string;
  @Field(() => BodyTypeEnum) type: string;
  @Field(() => String) name: string;
  @Field(() => ID) regionCode: string;
  @Field(() => ID) commissionId: string;
  @Field(() => Int, { nullable: true, description: 'The polling station (TPS) of a KPPS or Pantarlih.' })
  tpsNumber?: number | null;
  @Field(() => Int, {
    description: 'Name it when you change the body; a stale one is refused with CONFLICT.',
  })
  version: number;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Null for bodies recorded before it was kept.',
  })
  formedAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set once the body is dissolved.' })
  dissolvedAt?: Date | null;
  @Field(() => String, { nullable: true }) dissolveReason?: string | null;
  /** Resolved by the `election` field (adhoc-body.resolver.ts). */
  electionId: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the start of the body’s term.' })
  termStartsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the end of the body’s term.' })
  termEndsOn?: string | null;

  static from(body: AdhocBody): AdhocBodyType {
    return Object.assign(new AdhocBodyType(), {
      id: body.id,
      type: body.type,
      name: body.name,
      regionCode: body.region.code,
      commissionId: body.commission.id,
      tpsNumber: body.tpsNumber ?? null,
      version: body.version,
      formedAt: body.formedAt ?? null,
      dissolvedAt: body.dissolvedAt ?? null,
      dissolveReason: body.dissolveReason ?? null,
      electionId: body.electionId ?? null,
      termStartsOn: body.termStartsOn ?? null,
      termEndsOn: body.termEndsOn ?? null,
    });
  }
}

@ObjectType('Membership')
export class MembershipType {
  @Field(() => ID) id: string;
  @Field(() => PersonType) person: PersonType;
  @Field(() => ID) bodyId: string;
  @Field(() => PositionEnum) position: string;
  @Field(() => MembershipStatusEnum) status: string;
  @Field(() => Int, { nullable: true }) selectionRank?: number | null;
  @Field(() => ID, { nullable: true }) replacesMembershipId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the oath (sumpah/janji) was taken.' })
  oathTakenAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the integrity pact was signed.' })
  integrityPactSignedAt?: Date | null;
  /** The row, with person and body loaded. */
  record: Membership;

  static from(membership: Membership, viewer: CurrentUser): MembershipType {
    const { oathTakenAt, integrityPactSignedAt } = oathAndPactOf(membership.statusHistory);
    return Object.assign(new MembershipType(), {
      oathTakenAt: oathTakenAt ?? null,
      integrityPactSignedAt: integrityPactSignedAt ?? null,
      id: membership.id,
      bodyId: membership.body.id,
      position: membership.position,
      status: membership.status,
      selectionRank: membership.selectionRank ?? null,
      replacesMembershipId: membership.replaces?.id ?? null,
      person: PersonType.from(membership.person, viewer),
      record: membership,
    });
  }
}

@ObjectType('MembershipStatusChange', { description: 'One change of a membership, oldest first.' })
export class MembershipStatusChangeType {
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => MembershipEventEnum, { description: 'The membership event that made the change.' })
  reason: string;
  @Field(() => MembershipStatusEnum, {
    nullable: true,
    description: 'Null only for history taken over from before this was recorded.',
  })
  fromStatus?: string | null;
  @Field(() => MembershipStatusEnum) toStatus: string;
  @Field(() => PositionEnum, { nullable: true }) fromPosition?: string | null;
  @Field(() => PositionEnum, { nullable: true }) toPosition?: string | null;
  @Field(() => String, { nullable: true, description: 'Decree (SK), minutes or letter behind it.' })
  reference?: string | null;
  @Field(() => ID, { nullable: true, description: 'The case whose decision ordered it.' })
  caseId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'A transfer’s other membership: the new seat on the old one, the old seat on the new one.',
  })
  counterpartMembershipId?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'An appointment of a person dismissed before: the dismissals the officer confirmed.',
  })
  confirmedDismissals?: string[] | null;
  @Field(() => SkipReasonEnum, {
    nullable: true,
    description: 'A reserve passed over in a replacement (PAW): why. The seat is counterpartMembershipId.',
  })
  skipReason?: string | null;

  static from(change: MembershipChange): MembershipStatusChangeType {
    return Object.assign(new MembershipStatusChangeType(), {
      at: change.at,
      reason: change.reason,
      fromStatus: change.fromStatus ?? null,
      toStatus: change.toStatus,
      fromPosition: change.fromPosition ?? null,
      toPosition: change.toPosition ?? null,
      reference: change.reference ?? null,
      caseId: change.caseId ?? null,
      counterpartMembershipId: change.counterpartMembershipId ?? null,
      confirmedDismissals: change.confirmedDismissals ?? null,
      skipReason: change.skipReason ?? null,
    });
  }
}

@ObjectType('MembershipStatusCount')
export class MembershipStatusCountType {
  @Field(() => MembershipStatusEnum) status: string;
  @Field(() => Int) count: number;
}
