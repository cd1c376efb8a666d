import { Field, ID, ObjectType } from 'type-graphql';
import { CommissionLevelEnum } from '../shared/graphql-enums.js';
import type { CommissionRow } from '../ethics-cases/case.mapper.js';
import type { Commission } from './commission.entity.js';

@ObjectType('Commission', { description: 'KPU RI, KPU Provinsi or KPU/KIP Kabupaten/Kota.' })
export class CommissionType {
  @Field(() => ID) id: string;
  @Field(() => CommissionLevelEnum) level: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: 'Kemendagri code of its region.' }) regionCode?:
    string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;

  static fromRow(row: CommissionRow): CommissionType {
    return Object.assign(new CommissionType(), row);
  }

  static from(commission: Commission): CommissionType {
    return Object.assign(new CommissionType(), {
      id: commission.id,
      level: commission.level,
      name: commission.name,
      regionCode: commission.region?.code ?? null,
      parentId: commission.parent?.id ?? null,
    });
  }
}
