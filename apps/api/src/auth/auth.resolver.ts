import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Mutation, Resolver, Root } from 'type-graphql';
import { appendAudit, NATIONAL_CHAIN } from '../audit/audit-trail.js';
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

/** How much of a failed login's username the audit trail keeps. */
const MAX_AUDITED_USERNAME = 200;

/** A hash to compare against when the username is unknown, so both paths cost the same. */
let dummyHash: Promise<string> | undefined;

@Resolver(() => ViewerType)
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      'Rate-limited per client address and per username (attempts counted in the database before the password is checked; failures audited).',
  })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const { loginLimiter, jwtSecret, tokenTtlSeconds } = ctx.deps;
    const now = ctx.now();
    const keys = loginKeys(ctx.clientIp, username);
    // Counted before the password is checked: parallel guesses each take one of the attempts left.
    const wait = await loginLimiter.reserve(ctx.em, keys, now);
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
      // The attempt stays counted. The audit trail keeps who was tried, from where, never the password.
      await ctx.em.transactional((em) =>
        appendAudit(
          em,
          [
            {
              action: 'loginFailed',
              entityType: 'user',
              entityId: user?.id ?? '(unknown)',
              after: {
                username: username.trim().slice(0, MAX_AUDITED_USERNAME),
                address: ctx.clientIp,
                reason: !user ? 'unknownUsername' : !valid ? 'wrongPassword' : 'inactive',
              },
            },
          ],
          { chain: NATIONAL_CHAIN, at: now, requestId: ctx.requestId },
        ),
      );
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
