import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { electionById } from '../elections/election.loaders.js';
import { ElectionType } from '../elections/election.types.js';
import { orThrow } from '../errors/to-graphql-error.js';
import { connectionOf } from '../shared/paging.js';
import {
  ConflictDeclarationsArgs,
  DeclareConflictInput,
  PublishConflictDeclarationArgs,
  UpdateConflictDeclarationArgs,
  WithdrawConflictDeclarationArgs,
} from './declaration.inputs.js';
import {
  DECLARATION_MESSAGES,
  declareConflict,
  findDeclaration,
  listDeclarations,
  publishDeclaration,
  updateDeclaration,
  withdrawDeclaration,
} from './declaration.service.js';
import { ConflictDeclarationConnectionType, ConflictDeclarationType } from './declaration.types.js';

@Resolver(() => ConflictDeclarationType)
export class ConflictDeclarationResolver {
  @Query(() => ConflictDeclarationConnectionType, {
    description:
      'Declarations of members of the bodies formed in your jurisdiction, newest first by default.',
  })
  async conflictDeclarations(
    @Args(() => ConflictDeclarationsArgs) args: ConflictDeclarationsArgs,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationConnectionType> {
    return connectionOf(orThrow(await listDeclarations(ctx, args)));
  }

  @Query(() => ConflictDeclarationType, { nullable: true })
  conflictDeclaration(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType | null> {
    return findDeclaration(ctx, id);
  }

  @Mutation(() => ConflictDeclarationType, {
    description:
      'Records a declaration (officers of the commission that formed the body, or the national administrator).',
  })
  async declareConflict(
    @Arg('input', () => DeclareConflictInput) input: DeclareConflictInput,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType> {
    return orThrow(await declareConflict(ctx, input), DECLARATION_MESSAGES);
  }

  @Mutation(() => ConflictDeclarationType)
  async updateConflictDeclaration(
    @Args(() => UpdateConflictDeclarationArgs) args: UpdateConflictDeclarationArgs,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType> {
    return orThrow(await updateDeclaration(ctx, args), DECLARATION_MESSAGES);
  }

  @Mutation(() => ConflictDeclarationType, {
    description: 'Publishes (with the public page’s address) or unpublishes a declaration.',
  })
  async publishConflictDeclaration(
    @Args(() => PublishConflictDeclarationArgs) args: PublishConflictDeclarationArgs,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType> {
    return orThrow(await publishDeclaration(ctx, args), DECLARATION_MESSAGES);
  }

  @Mutation(() => ConflictDeclarationType, {
    description: 'Withdraws a declaration: it stays on record, and no longer counts in the team check.',
  })
  async withdrawConflictDeclaration(
    @Args(() => WithdrawConflictDeclarationArgs) args: WithdrawConflictDeclarationArgs,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType> {
    return orThrow(await withdrawDeclaration(ctx, args), DECLARATION_MESSAGES);
  }

  @FieldResolver(() => ElectionType, {
    nullable: true,
    description: 'The election the declaration was made for.',
  })
  async election(
    @Root() declaration: ConflictDeclarationType,
    @Ctx() ctx: Context,
  ): Promise<ElectionType | null> {
    const election = declaration.electionId ? await electionById(ctx).load(declaration.electionId) : null;
    return election ? ElectionType.from(election) : null;
  }
}
