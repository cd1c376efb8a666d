import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Result } from '@etik/domain';
import type { Context } from '../context.js';
import { toGraphQLError, type CodedError } from '../errors/to-graphql-error.js';
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

const valueOf = (result: Result<ConflictDeclarationType, CodedError>): ConflictDeclarationType => {
  if (!result.ok) throw toGraphQLError(result.error, DECLARATION_MESSAGES[result.error.code]);
  return result.value;
};

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
    return connectionOf(await listDeclarations(ctx, args));
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
    return valueOf(await declareConflict(ctx, input));
  }

  @Mutation(() => ConflictDeclarationType)
  async updateConflictDeclaration(
    @Args(() => UpdateConflictDeclarationArgs) args: UpdateConflictDeclarationArgs,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType> {
    return valueOf(await updateDeclaration(ctx, args));
  }

  @Mutation(() => ConflictDeclarationType, {
    description: 'Publishes (with the public page’s address) or unpublishes a declaration.',
  })
  async publishConflictDeclaration(
    @Args(() => PublishConflictDeclarationArgs) args: PublishConflictDeclarationArgs,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType> {
    return valueOf(await publishDeclaration(ctx, args));
  }

  @Mutation(() => ConflictDeclarationType, {
    description: 'Withdraws a declaration: it stays on record, and no longer counts in the team check.',
  })
  async withdrawConflictDeclaration(
    @Args(() => WithdrawConflictDeclarationArgs) args: WithdrawConflictDeclarationArgs,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType> {
    return valueOf(await withdrawDeclaration(ctx, args));
  }
}
