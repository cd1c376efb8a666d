import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfoType } from '../ethics-cases/ethics-case.payloads.js';
import { EthicsCaseView, RespondentOutcomeType } from '../ethics-cases/ethics-case.type.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { Int } from 'type-graphql';
import { MembershipType } from '../adhoc-bodies/adhoc-body.types.js';

@ObjectType('MemberEdge')
export class MemberEdgeType {
  @Field(() => String) cursor: string;
  @Field(() => MembershipType) node: MembershipType;
}

@ObjectType('MemberConnection')
export class MemberConnectionType {
  @Field(() => [MemberEdgeType]) edges: MemberEdgeType[];
  @Field(() => [MembershipType]) nodes: MembershipType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}

@ObjectType('RespondentCase', {
  description: 'A case in which the person is a respondent, with the outcome decided for them (if any).',
})
export class RespondentCaseType {
  @Field(() => ID, { description: 'The membership the case is against.' }) membershipId: string;
  @Field(() => EthicsCaseView) ethicsCase: EthicsCaseView;
  @Field(() => RespondentOutcomeType, {
    nullable: true,
    description: 'From the case’s decision (DKPP’s verdict on that track); null until decided.',
  })
  outcome?: RespondentOutcomeType | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true, description: '"commission" or "dkpp".' }) decidedBy?: string | null;
}
