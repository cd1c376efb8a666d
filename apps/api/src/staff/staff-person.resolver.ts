import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { orThrow } from '../errors/to-graphql-error.js';
import { UserType } from '../users/user.types.js';
import { giveUserPerson, listStaffPersons } from './staff-person.service.js';
import { GiveUserPersonArgs, StaffPersonType } from './staff-person.types.js';

@Resolver()
export class StaffPersonResolver {
  @Mutation(() => UserType, {
    description:
      'Gives an account without a person record a new person (NIK checked) or an existing one: the national administrator for any account, an officer for the accounts of their own commission. Audited.',
  })
  async giveUserPerson(
    @Args(() => GiveUserPersonArgs) args: GiveUserPersonArgs,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return orThrow(await giveUserPerson(ctx, args));
  }

  @Query(() => [StaffPersonType], {
    description:
      'The accounts of a commission (its commissioners and staff) with the person record behind each, if any, by username. The national administrator, or the commission’s own users.',
  })
  async staffPersons(
    @Arg('commissionId', () => ID) commissionId: string,
    @Ctx() ctx: Context,
  ): Promise<StaffPersonType[]> {
    return orThrow(await listStaffPersons(ctx, commissionId));
  }
}
