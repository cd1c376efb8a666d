import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { apiError } from '../errors/to-graphql-error.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { RoleEnum } from '../shared/graphql-enums.js';
import { User } from '../users/user.entity.js';
import { requireUser } from './access-policy.js';
import { loginKeys } from './login-rate-limiter.js';
import { hashPassword, verifyPassword } from './password.js';
import { signToken } from './token.js';
import { Commission } from '../commissions/commission.entity.js';
import { CommissionType } from '../commissions/commission.type.js';

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerType {
  @Field(() => String) userId: string;
  @Field(() => String) username: string;
  @Field(() => RoleEnum) role: string;
  /** Given by `login`; `me` leaves it to the field resolver, so a query without it reads no commission. */
  @Field(() => CommissionType) commission?: CommissionType;
  @Field(() => String, { nullable: true }) personId?: string | null;
  commissionId?: string;
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>".' }) token: string;
  @Field(() => DateTimeScalar) expiresAt: Date;
  @Field(() => ViewerType) viewer: ViewerType;
}

/** A hash to compare against when the username is unknown, so both paths cost the same. */
let dummyHash: Promise<string> | undefined;

@Resolver(() => ViewerType)
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: 'Rate-limited per client address and per username (counted in the database).',
  })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const { loginLimiter, jwtSecret, tokenTtlSeconds } = ctx.deps;
    const now = ctx.now();
    const keys = loginKeys(ctx.clientIp, username);
    const wait = await loginLimiter.retryAfter(ctx.em, keys, now);
    if (wait > 0) throw apiError('TOO_MANY_REQUESTS', { retryAfterSeconds: Math.ceil(wait / 1000) });
    const user = await ctx.em.findOne(
      User,
      { username: username.trim().toLowerCase() },
      { populate: ['commission'] },
    );
    dummyHash ??= hashPassword('not-a-password');
    const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    // A deactivated account is refused like a wrong password: sign-in says nothing about accounts.
    if (!user || !valid || !user.active) {
      await loginLimiter.recordFailure(ctx.em, keys, now);
      throw apiError('INVALID_CREDENTIALS');
    }
    await loginLimiter.recordSuccess(ctx.em, keys);
    const current = {
      userId: user.id,
      username: user.username,
      role: user.role,
      commissionId: user.commission.id,
      commissionPath: user.commission.path,
      ...(user.personId ? { personId: user.personId } : {}),
    };
    return {
      token: await signToken(
        { ...current, sessionVersion: user.sessionVersion },
        jwtSecret,
        tokenTtlSeconds,
        now,
      ),
      expiresAt: new Date(now.getTime() + tokenTtlSeconds * 1000),
      viewer: {
        ...current,
        commission: CommissionType.from(user.commission),
        personId: user.personId ?? null,
      },
    };
  }

  @Query(() => ViewerType)
  me(@Ctx() ctx: Context): ViewerType {
    const user = requireUser(ctx.user);
    return { ...user, personId: user.personId ?? null };
  }

  @FieldResolver(() => CommissionType)
  async commission(@Root() viewer: ViewerType, @Ctx() ctx: Context): Promise<CommissionType> {
    if (viewer.commission) return viewer.commission;
    return CommissionType.from(await ctx.em.findOneOrFail(Commission, { id: viewer.commissionId! }));
  }
}
