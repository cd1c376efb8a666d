import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import {
  AdhocBodyType,
  MembershipStatusChangeType,
  MembershipType,
  PersonType,
} from '../adhoc-bodies/adhoc-body.types.js';
import { ConflictDeclarationType } from '../conflict-declarations/declaration.types.js';
import { orThrow } from '../errors/to-graphql-error.js';
import { connectionOf } from '../shared/paging.js';
import { MembersArgs } from './members.inputs.js';
import {
  declarationsOfMembership,
  membershipById,
  membershipsOfPerson,
  replacementOf,
  respondentCasesOf,
  statusHistoryOf,
} from './members.loaders.js';
import { findMembership, findPerson, listMembers } from './members.service.js';
import { MemberConnectionType, RespondentCaseType } from './members.types.js';

@Resolver(() => MembershipType)
export class MembersResolver {
  @Query(() => MemberConnectionType, {
    description: 'Members and candidates of the bodies formed in your jurisdiction, paged like cases.',
  })
  async members(
    @Args(() => MembersArgs) args: MembersArgs,
    @Ctx() ctx: Context,
  ): Promise<MemberConnectionType> {
    return connectionOf(orThrow(await listMembers(ctx, args)));
  }

  @Query(() => MembershipType, { nullable: true, description: 'A membership in your jurisdiction, or null.' })
  membership(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MembershipType | null> {
    return findMembership(ctx, id);
  }

  @Query(() => PersonType, {
    nullable: true,
    description:
      'A person holding a membership in your jurisdiction (or on a commission’s staff there), with their history; else null.',
  })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PersonType | null> {
    return findPerson(ctx, id);
  }

  @FieldResolver(() => AdhocBodyType)
  body(@Root() membership: MembershipType): AdhocBodyType {
    return AdhocBodyType.from(membership.record.body);
  }

  @FieldResolver(() => MembershipType, {
    nullable: true,
    description: 'The seat this membership filled (PAW).',
  })
  async replaces(@Root() membership: MembershipType, @Ctx() ctx: Context): Promise<MembershipType | null> {
    const id = membership.replacesMembershipId;
    const found = id ? await membershipById(ctx).load(id) : null;
    return found ? MembershipType.from(found, requireUser(ctx.user)) : null;
  }

  @FieldResolver(() => MembershipType, {
    nullable: true,
    description: 'Who filled this seat once it was vacated.',
  })
  async replacedBy(@Root() membership: MembershipType, @Ctx() ctx: Context): Promise<MembershipType | null> {
    const found = await replacementOf(ctx).load(membership.id);
    return found ? MembershipType.from(found, requireUser(ctx.user)) : null;
  }

  @FieldResolver(() => [MembershipStatusChangeType], {
    description: 'Every status change, oldest first: when, from, to, why, and the case that ordered it.',
    complexity: 5,
  })
  async statusHistory(
    @Root() membership: MembershipType,
    @Ctx() ctx: Context,
  ): Promise<MembershipStatusChangeType[]> {
    return (await statusHistoryOf(ctx).load(membership.id)).map((change) =>
      MembershipStatusChangeType.from(change),
    );
  }

  @FieldResolver(() => [ConflictDeclarationType], {
    description: 'Declarations made under this membership, newest first (withdrawn ones included).',
    complexity: 5,
  })
  async declarations(
    @Root() membership: MembershipType,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclarationType[]> {
    const user = requireUser(ctx.user);
    return (await declarationsOfMembership(ctx).load(membership.id)).map((declaration) =>
      ConflictDeclarationType.from(declaration, user),
    );
  }
}

@Resolver(() => PersonType)
export class PersonResolver {
  @FieldResolver(() => [MembershipType], {
    description: 'Their memberships in bodies formed in your jurisdiction.',
    complexity: 5,
  })
  async memberships(@Root() person: PersonType, @Ctx() ctx: Context): Promise<MembershipType[]> {
    const user = requireUser(ctx.user);
    return (await membershipsOfPerson(ctx).load(person.id)).map((membership) =>
      MembershipType.from(membership, user),
    );
  }

  @FieldResolver(() => [ConflictDeclarationType], {
    description: 'Their declarations under those memberships, newest first.',
    complexity: 10,
  })
  async declarations(@Root() person: PersonType, @Ctx() ctx: Context): Promise<ConflictDeclarationType[]> {
    const user = requireUser(ctx.user);
    const memberships = await membershipsOfPerson(ctx).load(person.id);
    const lists = await Promise.all(
      memberships.map((membership) => declarationsOfMembership(ctx).load(membership.id)),
    );
    return lists
      .flat()
      .sort((a, b) => b.declaredAt.getTime() - a.declaredAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((declaration) => ConflictDeclarationType.from(declaration, user));
  }

  @FieldResolver(() => [RespondentCaseType], {
    description:
      'The cases you may see in which they are a respondent, newest first, with the outcome decided for them.',
    // Cases with their documents: as heavy as a case's timeline.
    complexity: 50,
  })
  respondentCases(@Root() person: PersonType, @Ctx() ctx: Context): Promise<RespondentCaseType[]> {
    return respondentCasesOf(ctx).load(person.id);
  }
}
