// The API shapes of elections and their stages.
import { ELECTION_KINDS } from '@etik/domain';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { NAME_TEXT } from '../errors/input-guard.plugin.js';
import { graphQLEnum } from '../shared/graphql-enums.js';
import type { Election, ElectionStage } from './election.entity.js';

export const ElectionKindEnum = graphQLEnum(
  'ElectionKind',
  ELECTION_KINDS,
  'general: Pemilu; regional: Pemilihan of governors, regents and mayors.',
);

@ObjectType('ElectionStage', { description: 'A stage (tahapan) of an election, within its dates.' })
export class ElectionStageType {
  @Field(() => ID) id: string;
  @Field(() => ID) electionId: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) startsOn: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) endsOn: string;
  @Field(() => Int, { description: 'Position in the schedule, from 0.' }) ordinal: number;

  static from(stage: ElectionStage, electionId: string): ElectionStageType {
    return Object.assign(new ElectionStageType(), {
      id: stage.id,
      electionId,
      name: stage.name,
      startsOn: stage.startsOn,
      endsOn: stage.endsOn,
      ordinal: stage.ordinal,
    });
  }
}

@ObjectType('Election')
export class ElectionType {
  @Field(() => ID) id: string;
  @Field(() => ElectionKindEnum) kind: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) startsOn: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) endsOn: string;
  @Field(() => Int, {
    description: 'Name it when you change the election; a stale one is refused with CONFLICT.',
  })
  version: number;
  @Field(() => [ElectionStageType], { description: 'In schedule order.' }) stages: ElectionStageType[];

  /** The election with its stages loaded. */
  static from(election: Election): ElectionType {
    return Object.assign(new ElectionType(), {
      id: election.id,
      kind: election.kind,
      name: election.name,
      startsOn: election.startsOn,
      endsOn: election.endsOn,
      version: election.version,
      stages: election.stages
        .getItems()
        .slice()
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((stage) => ElectionStageType.from(stage, election.id)),
    });
  }
}

@InputType('ElectionStageInput')
export class ElectionStageInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'updateElection only: the stage this entry keeps (cases refer to it by id). Omitted: the stage of the same name, else a new one.',
  })
  id?: string | null;
  @Field(() => String) @Extensions(NAME_TEXT) name: string;
  @Field(() => String, { description: 'YYYY-MM-DD, within the election.' }) startsOn: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not before startsOn.' }) endsOn: string;
}

@InputType('CreateElectionInput')
export class CreateElectionInput {
  @Field(() => ElectionKindEnum) kind: (typeof ELECTION_KINDS)[number];
  @Field(() => String) @Extensions(NAME_TEXT) name: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) startsOn: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not before startsOn.' }) endsOn: string;
  @Field(() => [ElectionStageInput], { nullable: true, description: 'In schedule order.' })
  stages?: ElectionStageInput[] | null;
}

@InputType('UpdateElectionInput')
export class UpdateElectionInput {
  @Field(() => String) @Extensions(NAME_TEXT) name: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) startsOn: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not before startsOn.' }) endsOn: string;
  @Field(() => [ElectionStageInput], {
    nullable: true,
    description:
      'The full stage list, in schedule order; omitted: the stages stay. A stage a case refers to cannot be removed (STAGE_IN_USE).',
  })
  stages?: ElectionStageInput[] | null;
}
