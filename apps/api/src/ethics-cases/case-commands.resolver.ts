// One mutation per domain command. Each names the command's fields from its arguments (toCommand) and
// hands it to giveCommand: the one path that loads the case, runs the domain's `transition` and writes.
import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { toGraphQLError } from '../errors/to-graphql-error.js';
import { giveCommand } from './case-commands.js';
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
import { EthicsCaseView } from './ethics-case.type.js';
import { toCommand, type CommandRequest, type WithNulls } from './to-command.js';

async function give(
  ctx: Context,
  args: CommandArgs,
  request: WithNulls<CommandRequest>,
): Promise<EthicsCaseView> {
  const result = await giveCommand(ctx, args, toCommand(request));
  if (!result.ok) throw toGraphQLError(result.error);
  return result.value;
}

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
    return give(ctx, args, { type: 'submitCorrection', complaint: args.complaint });
  }

  @Mutation(() => EthicsCaseView, {
    description: 'Registers the case; without a number, the next one is taken.',
  })
  registerCase(@Args(() => RegisterArgs) args: RegisterArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'register', registerNumber: args.registerNumber });
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
    return give(ctx, args, {
      type: 'formExaminationTeam',
      chairPersonId: args.chairPersonId,
      memberPersonIds: args.memberPersonIds,
    });
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
    return give(ctx, args, {
      type: 'recordPlenaryDecision',
      plenary: args.plenary,
      outcomes: args.outcomes,
      considerations: args.considerations,
    });
  }

  @Mutation(() => EthicsCaseView)
  forwardToDkpp(@Args(() => CommandArgs) args: CommandArgs, @Ctx() ctx: Context) {
    return give(ctx, args, { type: 'forwardToDkpp' });
  }

  @Mutation(() => EthicsCaseView)
  recordDkppVerdict(@Args(() => RecordDkppVerdictArgs) args: RecordDkppVerdictArgs, @Ctx() ctx: Context) {
    return give(ctx, args, {
      type: 'recordDkppVerdict',
      dkppCaseNumber: args.dkppCaseNumber,
      readAt: args.readAt,
      outcomes: args.outcomes,
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
      replacementMembershipId: args.replacementMembershipId,
      skippedReserves: args.skippedReserves,
      appointee: args.appointee,
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
