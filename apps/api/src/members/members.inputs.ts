import { ArgsType, Extensions, Field, ID, InputType, Int } from 'type-graphql';
import type { BodyType, MembershipStatus, Position } from '@etik/domain';
import { NAME_TEXT } from '../errors/input-guard.plugin.js';
import { BodyTypeEnum, MembershipStatusEnum, PositionEnum } from '../shared/graphql-enums.js';
import { MemberSortEnum, type MemberSort } from '../directory/directory-enums.js';

@InputType('MemberFilter')
export class MemberFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Part of the person’s name (any case), or the start of their NIK for roles that may see NIKs.',
  })
  @Extensions(NAME_TEXT)
  text?: string;
  @Field(() => [BodyTypeEnum], { nullable: true }) bodyTypes?: BodyType[];
  @Field(() => ID, { nullable: true }) bodyId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Bodies formed by this commission or any commission under it.',
  })
  commissionId?: string;
  @Field(() => ID, { nullable: true, description: 'Bodies of this region or any region under it.' })
  regionCode?: string;
  @Field(() => [MembershipStatusEnum], { nullable: true }) statuses?: MembershipStatus[];
  @Field(() => [PositionEnum], { nullable: true }) positions?: Position[];
}

@ArgsType()
export class MembersArgs {
  @Field(() => MemberFilter, { nullable: true }) filter?: MemberFilter;
  @Field(() => MemberSortEnum, { nullable: true, defaultValue: 'nameAsc' }) sort: MemberSort;
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, at most 100.' })
  first: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string;
}
