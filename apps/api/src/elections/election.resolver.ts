// Elections and their stages (election.service.ts): every signed-in user reads them, the national
// administrator creates and changes them.
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { orThrow } from '../errors/to-graphql-error.js';
import { createElection, findElection, listElections, updateElection } from './election.service.js';
import { CreateElectionInput, ElectionType, UpdateElectionInput } from './election.types.js';

@Resolver(() => ElectionType)
export class ElectionResolver {
  @Query(() => [ElectionType], { description: 'Every election, newest first (by start date).' })
  elections(@Ctx() ctx: Context): Promise<ElectionType[]> {
    return listElections(ctx);
  }

  @Query(() => ElectionType, { nullable: true, description: 'An election, or null.' })
  election(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ElectionType | null> {
    return findElection(ctx, id);
  }

  @Mutation(() => ElectionType, {
    description:
      'Records an election and its stages (national administrator only). Every problem of the draft is in `errors`.',
  })
  async createElection(
    @Arg('input', () => CreateElectionInput) input: CreateElectionInput,
    @Ctx() ctx: Context,
  ): Promise<ElectionType> {
    return orThrow(await createElection(ctx, input));
  }

  @Mutation(() => ElectionType, {
    description:
      'Changes an election’s name and dates, and its stages when given (national administrator only). A stage a case refers to cannot be removed (STAGE_IN_USE).',
  })
  async updateElection(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      description: 'The version you last read; a stale one is refused with CONFLICT.',
    })
    expectedVersion: number,
    @Arg('input', () => UpdateElectionInput) input: UpdateElectionInput,
    @Ctx() ctx: Context,
  ): Promise<ElectionType> {
    return orThrow(await updateElection(ctx, id, expectedVersion, input));
  }
}
