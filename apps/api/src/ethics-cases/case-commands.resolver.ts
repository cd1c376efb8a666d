// One mutation per domain command. Each builds the command from its arguments and hands it to
// runCommand, which loads the case, calls the domain's `transition` and persists the result.
import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { ok, type CaseCommand, type Result } from '@etik/domain';
import { teamMemberFacts } from '../adhoc-bodies/membership.service.js';
import type { Context } from '../context.js';
import { toGraphQLError, type CodedError } from '../errors/to-graphql-error.js';
import {
  CommandArgs,
  CompleteReplacementArgs,
  FormExaminationTeamArgs,
  IssueDecreeArgs,
  ReasonArgs,
  RecordDeliveryArgs,
  RecordDkppVerdictArgs,
  RecordPlenaryDecisionArgs,
  ReferArgs,
  RegisterArgs,
  RequestCorrectionArgs,
  SubmitCorrectionArgs,
  SubmitExaminationReportArgs,
} from './ethics-case.inputs.js';
import { nextRegisterNumberFor, runCommand, type CommandBuilder } from './ethics-case.service.js';
import { EthicsCaseView } from './ethics-case.type.js';

async function give(
  ctx: Context,
  args: CommandArgs,
  build: CommandBuilder | CaseCommand,
): Promise<EthicsCaseView> {
  const builder: CommandBuilder = typeof build === 'function' ? build : () => ok(build);
  const result = await runCommand(ctx, args.caseId, args.expectedVersion, builder);
  if (!result.ok) throw toGraphQLError(result.error);
  return result.value;
}

/** GraphQL input objects carry a null prototype and may hold nulls: plain, undefined-free objects for the domain. */
const plain = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value), (key, item: unknown) =>
    item === null
      ? undefined
      : typeof item === 'string' && /At$|Date$/.test(key) && !Number.isNaN(Date.parse(item))
        ? new Date(item)
        : item,
  ) as T;

@Resolver(() => EthicsCaseView)
export class CaseCommandsResolver {
  @Mutation(() => EthicsCaseView)
  startScreening(@Args(() => CommandArgs) args: CommandArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'startScreening' });
  }

  @Mutation(() => EthicsCaseView)
  requestCorrection(@Args(() => RequestCorrectionArgs) args: RequestCorrectionArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'requestCorrection', deficiencies: args.deficiencies });
  }

  @Mutation(() => EthicsCaseView)
  submitCorrection(@Args(() => SubmitCorrectionArgs) args: SubmitCorrectionArgs, @Ctx() ctx: Context) {
    return give(ctx, args, (_, __, ethicsCase) =>
      ok({
        type: 'submitCorrection',
        complaint: { respondents: ethicsCase.complaint.respondents, ...plain(args.complaint) },
      }),
    );
  }

  @Mutation(() => EthicsCaseView, {
    description: 'Registers the case; without a number, the next one is taken.',
  })
  registerCase(@Args(() => RegisterArgs) args: RegisterArgs, @Ctx() ctx: Context) {
    return give(ctx, args, async ({ em, now }, record): Promise<Result<CaseCommand, CodedError>> => {
      if (args.registerNumber) return ok({ type: 'register', registerNumber: args.registerNumber });
      const next = await nextRegisterNumberFor(em, record, now);
      return next.ok ? ok({ type: 'register', registerNumber: next.value }) : next;
    });
  }

  @Mutation(() => EthicsCaseView)
  startClarification(@Args(() => CommandArgs) args: CommandArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'startClarification' });
  }

  @Mutation(() => EthicsCaseView)
  discontinueCase(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'discontinue', reason: args.reason });
  }

  @Mutation(() => EthicsCaseView, {
    description: 'Forms the Tim Pemeriksa; conflicts of interest are checked.',
  })
  formExaminationTeam(
    @Args(() => FormExaminationTeamArgs) args: FormExaminationTeamArgs,
    @Ctx() ctx: Context,
  ) {
    return give(ctx, args, async ({ em }) =>
      ok({
        type: 'formExaminationTeam',
        chairPersonId: args.chairPersonId,
        memberPersonIds: args.memberPersonIds,
        teamMembers: await teamMemberFacts(em, [args.chairPersonId, ...args.memberPersonIds]),
      }),
    );
  }

  @Mutation(() => EthicsCaseView)
  submitExaminationReport(
    @Args(() => SubmitExaminationReportArgs) args: SubmitExaminationReportArgs,
    @Ctx() ctx: Context,
  ) {
    return give(ctx, args, { type: 'submitExaminationReport', summary: args.summary });
  }

  @Mutation(() => EthicsCaseView)
  recordPlenaryDecision(
    @Args(() => RecordPlenaryDecisionArgs) args: RecordPlenaryDecisionArgs,
    @Ctx() ctx: Context,
  ) {
    const { plenary, outcomes, considerations } = plain({
      plenary: args.plenary,
      outcomes: args.outcomes,
      considerations: args.considerations,
    });
    return give(ctx, args, {
      type: 'recordPlenaryDecision',
      plenary,
      outcomes,
      ...(considerations ? { considerations } : {}),
    });
  }

  @Mutation(() => EthicsCaseView)
  forwardToDkpp(@Args(() => CommandArgs) args: CommandArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'forwardToDkpp' });
  }

  @Mutation(() => EthicsCaseView)
  recordDkppVerdict(@Args(() => RecordDkppVerdictArgs) args: RecordDkppVerdictArgs, @Ctx() ctx: Context) {
    const { outcomes } = plain({ outcomes: args.outcomes });
    return give(ctx, args, {
      type: 'recordDkppVerdict',
      dkppCaseNumber: args.dkppCaseNumber,
      readAt: args.readAt,
      outcomes,
    });
  }

  @Mutation(() => EthicsCaseView)
  issueDecree(@Args(() => IssueDecreeArgs) args: IssueDecreeArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'issueDecree', decreeNumber: args.decreeNumber, signedAt: args.signedAt });
  }

  @Mutation(() => EthicsCaseView)
  recordDelivery(@Args(() => RecordDeliveryArgs) args: RecordDeliveryArgs, @Ctx() ctx: Context) {
    return give(ctx, args, {
      type: 'recordDelivery',
      recipient: args.recipient,
      deliveredAt: args.deliveredAt,
      channel: args.channel,
    });
  }

  @Mutation(() => EthicsCaseView)
  startReplacement(@Args(() => CommandArgs) args: CommandArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'startReplacement' });
  }

  @Mutation(() => EthicsCaseView)
  completeReplacement(
    @Args(() => CompleteReplacementArgs) args: CompleteReplacementArgs,
    @Ctx() ctx: Context,
  ) {
    return give(ctx, args, {
      type: 'completeReplacement',
      vacatedMembershipId: args.vacatedMembershipId,
      method: args.method,
      swornAt: args.swornAt,
      ...(args.replacementMembershipId ? { replacementMembershipId: args.replacementMembershipId } : {}),
    });
  }

  @Mutation(() => EthicsCaseView)
  referCase(@Args(() => ReferArgs) args: ReferArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'refer', referredTo: args.referredTo, reason: args.reason });
  }

  @Mutation(() => EthicsCaseView)
  rejectCase(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'reject', reason: args.reason });
  }

  @Mutation(() => EthicsCaseView)
  withdrawCase(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'withdraw', reason: args.reason });
  }

  @Mutation(() => EthicsCaseView)
  closeCase(@Args(() => CommandArgs) args: CommandArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'close' });
  }
}
