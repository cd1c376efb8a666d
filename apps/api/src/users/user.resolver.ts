import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CommissionType } from '../commissions/commission.type.js';
import type { Context } from '../context.js';
import { commissionById } from '../directory/directory.loaders.js';
import { orThrow } from '../errors/to-graphql-error.js';
import { connectionOf } from '../shared/paging.js';
import {
  createUser,
  findUser,
  listUsers,
  resetUserPassword,
  updateUser,
  USER_MESSAGES,
} from './user.service.js';
import {
  CreateUserInput,
  ResetUserPasswordArgs,
  UpdateUserArgs,
  UserConnectionType,
  UsersArgs,
  UserType,
} from './user.types.js';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserConnectionType, { description: 'User accounts (national administrator only).' })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: Context): Promise<UserConnectionType> {
    return connectionOf(orThrow(await listUsers(ctx, args)));
  }

  @Query(() => UserType, { nullable: true, description: 'A user account (national administrator only).' })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UserType | null> {
    return orThrow(await findUser(ctx, id));
  }

  @Mutation(() => UserType, { description: 'Creates an account (national administrator only).' })
  async createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return orThrow(await createUser(ctx, input), USER_MESSAGES);
  }

  @Mutation(() => UserType, {
    description:
      'Changes an account’s role, commission, name, person or active flag (national administrator only). A deactivated user’s tokens stop working at their next request.',
  })
  async updateUser(@Args(() => UpdateUserArgs) args: UpdateUserArgs, @Ctx() ctx: Context): Promise<UserType> {
    return orThrow(await updateUser(ctx, args), USER_MESSAGES);
  }

  @Mutation(() => UserType, {
    description: 'Sets a new password; the tokens issued before stop working (national administrator only).',
  })
  async resetUserPassword(
    @Args(() => ResetUserPasswordArgs) args: ResetUserPasswordArgs,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return orThrow(await resetUserPassword(ctx, args), USER_MESSAGES);
  }

  @FieldResolver(() => CommissionType)
  async commission(@Root() user: UserType, @Ctx() ctx: Context): Promise<CommissionType> {
    const commission = await commissionById(ctx).load(user.commissionId);
    if (!commission) throw new Error(`Commission ${user.commissionId} of user ${user.id} is missing`);
    return CommissionType.from(commission);
  }
}
