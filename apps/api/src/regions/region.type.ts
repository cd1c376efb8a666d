import { Field, ID, ObjectType } from 'type-graphql';
import { RegionLevelEnum } from '../shared/graphql-enums.js';
import type { Region } from './region.entity.js';

@ObjectType('Region', { description: 'An administrative area with its Kemendagri code.' })
export class RegionType {
  @Field(() => ID) code: string;
  @Field(() => RegionLevelEnum) level: string;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) parentCode?: string | null;

  static from(region: Region): RegionType {
    return Object.assign(new RegionType(), {
      code: region.code,
      level: region.level,
      name: region.name,
      parentCode: region.parent?.code ?? null,
    });
  }
}
