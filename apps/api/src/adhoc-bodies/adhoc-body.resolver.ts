import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ruleSetFor, type BodyType } from '@etik/domain';
import { descendantsPattern, requireUser } from '../auth/access-policy.js';
import { CommissionType } from '../commissions/commission.type.js';
import type { Context } from '../context.js';
import { commissionById, regionByCode, statusCountsOf, vacanciesOf } from '../directory/directory.loaders.js';
import { electionById } from '../elections/election.loaders.js';
import { ElectionType } from '../elections/election.types.js';
import { apiError, orThrow } from '../errors/to-graphql-error.js';
import { RegionType } from '../regions/region.type.js';
import { connectionOf } from '../shared/paging.js';
import { BodyTypeEnum } from '../shared/graphql-enums.js';
import { AdhocBody, Membership } from './adhoc-body.entity.js';
import { AdhocBodyType, MembershipStatusCountType, MembershipType } from './adhoc-body.types.js';
import { AdhocBodyConnectionType, BodiesArgs } from './bodies.inputs.js';
import { findBody, listBodies } from './bodies.service.js';
import { CreateAdhocBodyInput, DissolveAdhocBodyArgs, UpdateAdhocBodyArgs } from './body-setup.inputs.js';
import { createBody, dissolveBody, updateBody } from './body-setup.service.js';

export { AdhocBodyType, MembershipType, PersonType } from './adhoc-body.types.js';

@Resolver(() => AdhocBodyType)
export class AdhocBodyResolver {
  @Query(() => [AdhocBodyType], {
    description: 'Ad hoc bodies formed by commissions in your jurisdiction (at most 100, by id).',
    deprecationReason: 'Use `bodies`: a connection with totalCount, cursor paging, more filters and sorts.',
  })
  async adhocBodies(
    @Arg('commissionId', () => ID, { nullable: true }) commissionId: string | undefined,
    @Arg('type', () => BodyTypeEnum, { nullable: true }) type: BodyType | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg('electionId', () => ID, { nullable: true, description: 'Formed for this election.' })
    electionId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<AdhocBodyType[]> {
    const user = requireUser(ctx.user);
    if (first < 1 || first > 100) throw apiError('BAD_USER_INPUT', { field: 'first', max: 100 });
    const bodies = await ctx.em.find(
      AdhocBody,
      {
        commission: {
          path: { $like: descendantsPattern(user.commissionPath) },
          ...(commissionId ? { id: commissionId } : {}),
        },
        ...(type ? { type } : {}),
        ...(electionId ? { electionId } : {}),
      },
      { orderBy: { id: 'asc' }, limit: first },
    );
    return bodies.map((body) => AdhocBodyType.from(body));
  }

  @Query(() => AdhocBodyConnectionType, {
    description: 'Ad hoc bodies formed by commissions in your jurisdiction, paged like cases.',
  })
  async bodies(
    @Args(() => BodiesArgs) args: BodiesArgs,
    @Ctx() ctx: Context,
  ): Promise<AdhocBodyConnectionType> {
    return connectionOf(orThrow(await listBodies(ctx, args)));
  }

  @Query(() => AdhocBodyType, { nullable: true, description: 'A body formed in your jurisdiction, or null.' })
  adhocBody(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AdhocBodyType | null> {
    return findBody(ctx, id);
  }

  @Query(() => [MembershipType], {
    description: 'Members and ranked candidates of a body in your jurisdiction.',
  })
  async memberships(@Arg('bodyId', () => ID) bodyId: string, @Ctx() ctx: Context): Promise<MembershipType[]> {
    const user = requireUser(ctx.user);
    const memberships = await ctx.em.find(
      Membership,
      { body: { id: bodyId, commission: { path: { $like: descendantsPattern(user.commissionPath) } } } },
      { populate: ['person', 'body'], orderBy: { position: 'asc', selectionRank: 'asc', id: 'asc' } },
    );
    return memberships.map((membership) => MembershipType.from(membership, user));
  }

  @Mutation(() => AdhocBodyType, {
    description:
      'Forms a PPK (per kecamatan), PPS (per desa/kelurahan), KPPS or Pantarlih (per TPS) of a KPU Kabupaten/Kota (its officers and commissioners, or the national administrator).',
  })
  async createAdhocBody(
    @Arg('input', () => CreateAdhocBodyInput) input: CreateAdhocBodyInput,
    @Ctx() ctx: Context,
  ): Promise<AdhocBodyType> {
    return orThrow(await createBody(ctx, input));
  }

  @Mutation(() => AdhocBodyType, { description: 'Renames a body.' })
  async updateAdhocBody(
    @Args(() => UpdateAdhocBodyArgs) args: UpdateAdhocBodyArgs,
    @Ctx() ctx: Context,
  ): Promise<AdhocBodyType> {
    return orThrow(await updateBody(ctx, args));
  }

  @Mutation(() => AdhocBodyType, {
    description:
      'Dissolves a body: it stays on record with its members’ history. Refused while members hold seats.',
  })
  async dissolveAdhocBody(
    @Args(() => DissolveAdhocBodyArgs) args: DissolveAdhocBodyArgs,
    @Ctx() ctx: Context,
  ): Promise<AdhocBodyType> {
    return orThrow(await dissolveBody(ctx, args));
  }

  @FieldResolver(() => Int, {
    description: 'Members the body has, by the rule set in force when it was formed (or today, if unknown).',
  })
  seats(@Root() body: AdhocBodyType, @Ctx() ctx: Context): number {
    const ruleSet = ruleSetFor(body.formedAt ?? ctx.now());
    if (!ruleSet.ok) throw new Error(`No rule set for body ${body.id}: ${ruleSet.error.code}`);
    return ruleSet.value.bodySeats[body.type as BodyType].seats;
  }

  @FieldResolver(() => ElectionType, { nullable: true, description: 'The election the body was formed for.' })
  async election(@Root() body: AdhocBodyType, @Ctx() ctx: Context): Promise<ElectionType | null> {
    if (!body.electionId) return null;
    const election = await electionById(ctx).load(body.electionId);
    return election ? ElectionType.from(election) : null;
  }

  @FieldResolver(() => RegionType)
  async region(@Root() body: AdhocBodyType, @Ctx() ctx: Context): Promise<RegionType> {
    const region = await regionByCode(ctx).load(body.regionCode);
    if (!region) throw new Error(`Region ${body.regionCode} of body ${body.id} is missing`);
    return RegionType.from(region);
  }

  @FieldResolver(() => CommissionType, { description: 'The commission that formed the body.' })
  async commission(@Root() body: AdhocBodyType, @Ctx() ctx: Context): Promise<CommissionType> {
    const commission = await commissionById(ctx).load(body.commissionId);
    if (!commission) throw new Error(`Commission ${body.commissionId} of body ${body.id} is missing`);
    return CommissionType.from(commission);
  }

  @FieldResolver(() => [MembershipStatusCountType], {
    description: 'Memberships (members and candidates) by status; statuses with none are left out.',
  })
  memberCounts(@Root() body: AdhocBodyType, @Ctx() ctx: Context): Promise<MembershipStatusCountType[]> {
    return statusCountsOf(ctx).load(body.id);
  }

  @FieldResolver(() => Int, { description: 'Active members.' })
  async activeMemberCount(@Root() body: AdhocBodyType, @Ctx() ctx: Context): Promise<number> {
    const counts = await statusCountsOf(ctx).load(body.id);
    return counts.find((count) => count.status === 'active')?.count ?? 0;
  }

  @FieldResolver(() => Int, {
    description: 'Seats vacated (member dismissed or ceased) that no replacement has filled yet.',
  })
  vacancies(@Root() body: AdhocBodyType, @Ctx() ctx: Context): Promise<number> {
    return vacanciesOf(ctx).load(body.id);
  }
}
