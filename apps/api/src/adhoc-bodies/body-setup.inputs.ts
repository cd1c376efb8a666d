import { ArgsType, Extensions, Field, ID, InputType, Int } from 'type-graphql';
import type { BodyType } from '@etik/domain';
import { LONG_TEXT, NAME_TEXT } from '../errors/input-guard.plugin.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { BodyTypeEnum } from '../shared/graphql-enums.js';

@InputType('CreateAdhocBodyInput')
export class CreateAdhocBodyInput {
  @Field(() => BodyTypeEnum) type: BodyType;
  @Field(() => String) @Extensions(NAME_TEXT) name: string;
  @Field(() => ID, {
    description: 'A kecamatan for a PPK, a desa/kelurahan for a PPS, KPPS or Pantarlih (Kemendagri code).',
  })
  regionCode: string;
  @Field(() => Int, { nullable: true, description: 'KPPS and Pantarlih only: the TPS number, 1..999.' })
  tpsNumber?: number | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The forming KPU Kabupaten/Kota; omitted: your own (the national administrator names it).',
  })
  commissionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The election the body is formed for.' })
  electionId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, the start of the body’s term; omitted: the election’s start.',
  })
  termStartsOn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, the end of the body’s term, not before its start; omitted: the election’s end.',
  })
  termEndsOn?: string | null;
}

@ArgsType()
export class UpdateAdhocBodyArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
  @Field(() => String) @Extensions(NAME_TEXT) name: string;
}

@ArgsType()
export class DissolveAdhocBodyArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
  @Field(() => String, { description: 'Why, e.g. the decree (SK) that ends the body’s term.' })
  @Extensions(LONG_TEXT)
  reason: string;
  @Field(() => DateTimeScalar, { description: 'When the body ceased; not in the future.' })
  dissolvedAt: Date;
}
