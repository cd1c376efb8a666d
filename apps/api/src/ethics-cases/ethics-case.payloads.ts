import { Field, Int, ObjectType } from 'type-graphql';
import type { ComplaintCheck } from '@etik/domain';
import { EthicsCaseView } from './ethics-case.type.js';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string | null;
}

@ObjectType('CaseEdge')
export class CaseEdgeType {
  @Field(() => String) cursor: string;
  @Field(() => EthicsCaseView) node: EthicsCaseView;
}

@ObjectType('CaseConnection')
export class CaseConnectionType {
  @Field(() => [CaseEdgeType]) edges: CaseEdgeType[];
  @Field(() => [EthicsCaseView]) nodes: EthicsCaseView[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}

@ObjectType('Deficiency')
export class DeficiencyType {
  @Field(() => String, { description: 'Stable code, e.g. EVIDENCE_INSUFFICIENT.' }) code: string;
  @Field(() => String, { description: '"formal" or "material".' }) requirement: string;
  @Field(() => String, { description: 'Path into the complaint, e.g. respondents[0].position.' })
  field: string;
}

@ObjectType('ComplaintCheck')
export class ComplaintCheckType {
  @Field(() => Boolean) complete: boolean;
  @Field(() => [DeficiencyType]) deficiencies: readonly DeficiencyType[];

  static from(check: ComplaintCheck): ComplaintCheckType {
    return Object.assign(new ComplaintCheckType(), {
      complete: check.complete,
      deficiencies: check.deficiencies,
    });
  }
}

@ObjectType('FileCasePayload')
export class FileCasePayload {
  @Field(() => EthicsCaseView) ethicsCase: EthicsCaseView;
  @Field(() => ComplaintCheckType, {
    description: 'What the complaint still lacks; a receipt is owed regardless.',
  })
  completeness: ComplaintCheckType;
}
