import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { orThrow } from '../errors/to-graphql-error.js';
import { MembershipType } from './adhoc-body.types.js';
import {
  AppointMemberInput,
  EndMembershipArgs,
  RecordIntegrityPactArgs,
  RecordOathArgs,
  TransferMemberArgs,
} from './membership-lifecycle.inputs.js';
import {
  appointMember,
  endMembership,
  recordOathOrPact,
  transferMember,
} from './membership-lifecycle.service.js';

/** The office's own acts on memberships, outside a case: for the keepers of the body's commission. */
@Resolver(() => MembershipType)
export class MembershipLifecycleResolver {
  @Mutation(() => MembershipType, {
    description:
      'Appoints a member to a body (a new person, a person on record or a ranked candidate): refused when every seat is taken (SEATS_FULL), and for a person dismissed permanently before unless confirmed (PREVIOUSLY_DISMISSED).',
  })
  async appointMember(
    @Arg('input', () => AppointMemberInput) input: AppointMemberInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipType> {
    return orThrow(await appointMember(ctx, input));
  }

  @Mutation(() => MembershipType, {
    description: 'Records when a seated member took the oath (sumpah/janji).',
  })
  async recordOath(
    @Args(() => RecordOathArgs) args: RecordOathArgs,
    @Ctx() ctx: Context,
  ): Promise<MembershipType> {
    return orThrow(
      await recordOathOrPact(ctx, 'recordOath', args.membershipId, args.takenAt, args.reference),
    );
  }

  @Mutation(() => MembershipType, { description: 'Records when a seated member signed the integrity pact.' })
  async recordIntegrityPact(
    @Args(() => RecordIntegrityPactArgs) args: RecordIntegrityPactArgs,
    @Ctx() ctx: Context,
  ): Promise<MembershipType> {
    return orThrow(
      await recordOathOrPact(ctx, 'recordIntegrityPact', args.membershipId, args.signedAt, args.reference),
    );
  }

  @Mutation(() => MembershipType, {
    description:
      'Ends a seat: resignation, death, permanent incapacity (PKPU 8/2022 Pasal 43(2)) or end of term.',
  })
  async endMembership(
    @Args(() => EndMembershipArgs) args: EndMembershipArgs,
    @Ctx() ctx: Context,
  ): Promise<MembershipType> {
    return orThrow(await endMembership(ctx, args.membershipId, args.reason, args.at, args.reference));
  }

  @Mutation(() => MembershipType, {
    description:
      'Moves a member to another body: the old seat ends, the new one is taken (its seats checked). Returns the new membership.',
  })
  async transferMember(
    @Args(() => TransferMemberArgs) args: TransferMemberArgs,
    @Ctx() ctx: Context,
  ): Promise<MembershipType> {
    return orThrow(await transferMember(ctx, args.membershipId, args.toBodyId, args.at, args.reference));
  }
}
