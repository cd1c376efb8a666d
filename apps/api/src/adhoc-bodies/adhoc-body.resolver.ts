import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { BodyType } from '@etik/domain';
import { descendantsPattern, requireUser, seesPersonalData } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { apiError } from '../errors/to-graphql-error.js';
import { BodyTypeEnum, MembershipStatusEnum, PositionEnum } from '../shared/graphql-enums.js';
import { AdhocBody, Membership } from './adhoc-body.entity.js';

@ObjectType('Person', {
  description:
    'NIK, address, phone, e-mail and birth place and date are null for roles that may not see them.',
})
export class PersonType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) nik?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'male or female, when on record.' }) sex?:
    string | null;
  @Field(() => String, { nullable: true }) birthPlace?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) birthDate?: string | null;
  @Field(() => Boolean) personalDataMasked: boolean;
}

@ObjectType('AdhocBody')
export class AdhocBodyType {
  @Field(() => ID) id: string;
  @Field(() => BodyTypeEnum) type: string;
  @Field(() => String) name: string;
  @Field(() => ID) regionCode: string;
  @Field(() => ID) commissionId: string;
}

@ObjectType('Membership')
export class MembershipType {
  @Field(() => ID) id: string;
  @Field(() => PersonType) person: PersonType;
  @Field(() => ID) bodyId: string;
  @Field(() => PositionEnum) position: string;
  @Field(() => MembershipStatusEnum) status: string;
  @Field(() => Int, { nullable: true }) selectionRank?: number | null;
  @Field(() => ID, { nullable: true }) replacesMembershipId?: string | null;
}

@Resolver()
export class AdhocBodyResolver {
  @Query(() => [AdhocBodyType], { description: 'Ad hoc bodies formed by commissions in your jurisdiction.' })
  async adhocBodies(
    @Arg('commissionId', () => ID, { nullable: true }) commissionId: string | undefined,
    @Arg('type', () => BodyTypeEnum, { nullable: true }) type: BodyType | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first: number,
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
      },
      { orderBy: { id: 'asc' }, limit: first },
    );
    return bodies.map((body) => ({
      id: body.id,
      type: body.type,
      name: body.name,
      regionCode: body.region.code,
      commissionId: body.commission.id,
    }));
  }

  @Query(() => [MembershipType], {
    description: 'Members and ranked candidates of a body in your jurisdiction.',
  })
  async memberships(@Arg('bodyId', () => ID) bodyId: string, @Ctx() ctx: Context): Promise<MembershipType[]> {
    const user = requireUser(ctx.user);
    const memberships = await ctx.em.find(
      Membership,
      { body: { id: bodyId, commission: { path: { $like: descendantsPattern(user.commissionPath) } } } },
      { populate: ['person'], orderBy: { position: 'asc', selectionRank: 'asc', id: 'asc' } },
    );
    const reveal = seesPersonalData(user);
    return memberships.map((membership) => ({
      id: membership.id,
      bodyId,
      position: membership.position,
      status: membership.status,
      selectionRank: membership.selectionRank ?? null,
      replacesMembershipId: membership.replaces?.id ?? null,
      person: {
        id: membership.person.id,
        name: membership.person.name,
        nik: reveal ? membership.person.nik : null,
        address: reveal ? (membership.person.address ?? null) : null,
        phone: reveal ? (membership.person.phone ?? null) : null,
        email: reveal ? (membership.person.email ?? null) : null,
        sex: membership.person.sex ?? null,
        birthPlace: reveal ? (membership.person.birthPlace ?? null) : null,
        birthDate: reveal ? (membership.person.birthDate ?? null) : null,
        personalDataMasked: !reveal,
      },
    }));
  }
}
