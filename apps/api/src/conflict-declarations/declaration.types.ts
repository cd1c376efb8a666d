import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CurrentUser } from '../auth/current-user.js';
import { PageInfoType } from '../ethics-cases/ethics-case.payloads.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { FamilyRelationEnum, RelativeRoleEnum } from '../shared/graphql-enums.js';
import type { ConflictDeclaration } from '../adhoc-bodies/adhoc-body.entity.js';
import { MembershipType, PersonType } from '../adhoc-bodies/adhoc-body.types.js';

@ObjectType('ConflictDeclaration', {
  description:
    'A declaration of a close family tie with a candidate or campaign team, by an ad hoc member or by one of the commission’s own commissioners and staff. Current ones feed the examination-team conflict check.',
})
export class ConflictDeclarationType {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Send it back as expectedVersion with the next change.' }) version: number;
  @Field(() => ID, { nullable: true }) membershipId: string | null;
  @Field(() => MembershipType, {
    nullable: true,
    description:
      'The declarer’s seat in an ad hoc body; null for the commission’s own commissioners and staff.',
  })
  membership: MembershipType | null;
  @Field(() => PersonType, { description: 'The declarer.' }) person: PersonType;
  @Field(() => ID, {
    description: 'The commission whose register holds it: the one that formed the body, or the staff’s own.',
  })
  commissionId: string;
  @Field(() => String) relativeName: string;
  @Field(() => ID, { nullable: true, description: 'The relative’s person record, when known.' })
  relativePersonId?: string | null;
  @Field(() => FamilyRelationEnum) relation: string;
  @Field(() => RelativeRoleEnum) relativeRole: string;
  @Field(() => DateTimeScalar) declaredAt: Date;
  @Field(() => Boolean) published: boolean;
  @Field(() => String, { nullable: true }) publishedUrl?: string | null;
  @Field(() => Boolean, { description: 'Withdrawn: kept on record, no longer counted.' }) withdrawn: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) withdrawnAt?: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'The election the declaration was made for.' })
  electionId?: string | null;

  /** `declaration.person`, and its membership's person and body if any, loaded. */
  static from(declaration: ConflictDeclaration, viewer: CurrentUser): ConflictDeclarationType {
    const membership = declaration.membership ? MembershipType.from(declaration.membership, viewer) : null;
    return Object.assign(new ConflictDeclarationType(), {
      id: declaration.id,
      version: declaration.version,
      membershipId: membership?.id ?? null,
      membership,
      person: membership?.person ?? PersonType.from(declaration.person, viewer),
      commissionId: declaration.commission.id,
      relativeName: declaration.relativeName,
      relativePersonId: declaration.relativePersonId ?? null,
      relation: declaration.relation,
      relativeRole: declaration.relativeRole,
      declaredAt: declaration.declaredAt,
      published: declaration.published,
      publishedUrl: declaration.publishedUrl ?? null,
      withdrawn: declaration.withdrawnAt != null,
      withdrawnAt: declaration.withdrawnAt ?? null,
      withdrawalReason: declaration.withdrawalReason ?? null,
      updatedAt: declaration.updatedAt ?? null,
      electionId: declaration.electionId ?? null,
    });
  }
}

@ObjectType('ConflictDeclarationEdge')
export class ConflictDeclarationEdgeType {
  @Field(() => String) cursor: string;
  @Field(() => ConflictDeclarationType) node: ConflictDeclarationType;
}

@ObjectType('ConflictDeclarationConnection')
export class ConflictDeclarationConnectionType {
  @Field(() => [ConflictDeclarationEdgeType]) edges: ConflictDeclarationEdgeType[];
  @Field(() => [ConflictDeclarationType]) nodes: ConflictDeclarationType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}
