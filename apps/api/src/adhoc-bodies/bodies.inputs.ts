import { ArgsType, Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { BodyType } from '@etik/domain';
import { NAME_TEXT } from '../errors/input-guard.plugin.js';
import { PageInfoType } from '../ethics-cases/ethics-case.payloads.js';
import { BodyTypeEnum } from '../shared/graphql-enums.js';
import { BodySortEnum, type BodySort } from '../directory/directory-enums.js';
import { AdhocBodyType } from './adhoc-body.types.js';

@InputType('BodyFilter')
export class BodyFilter {
  @Field(() => [BodyTypeEnum], { nullable: true }) types?: BodyType[];
  @Field(() => ID, { nullable: true, description: 'Formed by this commission or any commission under it.' })
  commissionId?: string;
  @Field(() => ID, { nullable: true, description: 'Of this region or any region under it.' })
  regionCode?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name (any case), or the start of the id.',
  })
  @Extensions(NAME_TEXT)
  text?: string;
  @Field(() => Boolean, { nullable: true, description: 'Omitted: both serving and dissolved bodies.' })
  dissolved?: boolean;
  @Field(() => ID, { nullable: true, description: 'Formed for this election.' })
  electionId?: string;
}

@ArgsType()
export class BodiesArgs {
  @Field(() => BodyFilter, { nullable: true }) filter?: BodyFilter;
  @Field(() => BodySortEnum, { nullable: true, defaultValue: 'nameAsc' }) sort: BodySort;
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, at most 100.' })
  first: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string;
}

@ObjectType('AdhocBodyEdge')
export class AdhocBodyEdgeType {
  @Field(() => String) cursor: string;
  @Field(() => AdhocBodyType) node: AdhocBodyType;
}

@ObjectType('AdhocBodyConnection')
export class AdhocBodyConnectionType {
  @Field(() => [AdhocBodyEdgeType]) edges: AdhocBodyEdgeType[];
  @Field(() => [AdhocBodyType]) nodes: AdhocBodyType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}
