// The case's records on EthicsCase (read from the case document: no query of their own), and one mutation
// per record action. Each names the action's fields from its arguments and hands it to takeRecordAction.
import { randomUUID } from 'node:crypto';
import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { allegationGuidance, availableRecordActions, type RecordAction } from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { toGraphQLError } from '../errors/to-graphql-error.js';
import { auditConfidentialRead } from '../ethics-cases/ethics-case-reads.js';
import { caseContextOf } from '../ethics-cases/case-context.js';
import { EthicsCaseView } from '../ethics-cases/ethics-case.type.js';
import type { CommandArgs } from '../ethics-cases/ethics-case.inputs.js';
import {
  AddAllegationArgs,
  RecordAllegationFindingArgs,
  RecordAttendanceArgs,
  RecordExternalProceedingArgs,
  RecordSessionMinutesArgs,
  RecordSummonsArgs,
  RemoveAllegationArgs,
  ScheduleSessionArgs,
  UpdateAllegationArgs,
  UpdateExternalProceedingArgs,
} from './case-records.inputs.js';
import { takeRecordAction } from './case-records.service.js';
import { withoutNulls, type WithNulls } from '../ethics-cases/to-command.js';
import {
  AllegationType,
  AllegationWarningType,
  AvailableRecordActionType,
  CaseSessionType,
  ExternalProceedingType,
} from './case-records.type.js';

async function record(
  ctx: Context,
  args: CommandArgs,
  action: WithNulls<RecordAction>,
): Promise<EthicsCaseView> {
  const result = await takeRecordAction(ctx, args, withoutNulls<RecordAction>(action));
  if (!result.ok) throw toGraphQLError(result.error);
  return result.value;
}

@Resolver(() => EthicsCaseView)
export class CaseRecordsResolver {
  @FieldResolver(() => [AllegationType], { description: 'What each respondent is accused of.' })
  allegations(@Root() view: EthicsCaseView): AllegationType[] {
    return view.domain.allegations.map((allegation) => AllegationType.from(allegation));
  }

  @FieldResolver(() => [CaseSessionType], {
    description:
      'Clarification and examination hearings. A confidential complainant named in them is masked as in parties.',
  })
  async sessions(@Root() view: EthicsCaseView, @Ctx() ctx: Context): Promise<CaseSessionType[]> {
    requireUser(ctx.user);
    const { sessions } = view.domain;
    const namesComplainant = sessions.some((session) =>
      [...session.summons, ...session.attendance].some((entry) => entry.party.role === 'complainant'),
    );
    // Showing a confidential name is audited, as for the complaint and the parties.
    if (namesComplainant) await auditConfidentialRead(ctx, view);
    return sessions.map((session) => CaseSessionType.from(session, view.revealsComplainant));
  }

  @FieldResolver(() => [ExternalProceedingType], {
    description: 'The matter before DKPP, PTUN, Bawaslu or Gakkumdu.',
  })
  externalProceedings(@Root() view: EthicsCaseView): ExternalProceedingType[] {
    return view.domain.externalProceedings.map((proceeding) => ExternalProceedingType.from(proceeding));
  }

  @FieldResolver(() => [AvailableRecordActionType], {
    description: 'Record actions you may take now, per record, from the domain.',
  })
  availableRecordActions(@Root() view: EthicsCaseView, @Ctx() ctx: Context): AvailableRecordActionType[] {
    const context = caseContextOf(ctx, requireUser(ctx.user), view.record);
    return availableRecordActions(view.domain, context).map((item) => AvailableRecordActionType.from(item));
  }

  @FieldResolver(() => [AllegationWarningType], {
    description: 'Where the findings on the allegations and the decision disagree (advice, not a refusal).',
  })
  allegationGuidance(@Root() view: EthicsCaseView): AllegationWarningType[] {
    return allegationGuidance(view.domain).map((warning) => AllegationWarningType.from(warning));
  }

  @Mutation(() => EthicsCaseView, { description: 'Adds an allegation against one respondent.' })
  addAllegation(@Args(() => AddAllegationArgs) args: AddAllegationArgs, @Ctx() ctx: Context) {
    const allegationId = randomUUID();
    return record(ctx, args, {
      type: 'addAllegation',
      allegationId,
      allegation: args.allegation,
    });
  }

  @Mutation(() => EthicsCaseView, { description: 'Changes an allegation that has no finding yet.' })
  updateAllegation(@Args(() => UpdateAllegationArgs) args: UpdateAllegationArgs, @Ctx() ctx: Context) {
    return record(ctx, args, {
      type: 'updateAllegation',
      allegationId: args.allegationId,
      allegation: args.allegation,
    });
  }

  @Mutation(() => EthicsCaseView, { description: 'Removes an allegation that has no finding yet.' })
  removeAllegation(@Args(() => RemoveAllegationArgs) args: RemoveAllegationArgs, @Ctx() ctx: Context) {
    return record(ctx, args, { type: 'removeAllegation', allegationId: args.allegationId });
  }

  @Mutation(() => EthicsCaseView, { description: 'Records (or corrects) the finding on an allegation.' })
  recordAllegationFinding(
    @Args(() => RecordAllegationFindingArgs) args: RecordAllegationFindingArgs,
    @Ctx() ctx: Context,
  ) {
    return record(ctx, args, {
      type: 'recordAllegationFinding',
      allegationId: args.allegationId,
      finding: args.finding,
      note: args.note,
    });
  }

  @Mutation(() => EthicsCaseView, { description: 'Schedules a clarification or examination hearing.' })
  scheduleSession(@Args(() => ScheduleSessionArgs) args: ScheduleSessionArgs, @Ctx() ctx: Context) {
    const sessionId = randomUUID();
    return record(ctx, args, {
      type: 'scheduleSession',
      sessionId,
      kind: args.kind,
      scheduledAt: args.scheduledAt,
      place: args.place,
      onlineLink: args.onlineLink,
      agenda: args.agenda,
    });
  }

  @Mutation(() => EthicsCaseView, {
    description: 'Records a summons sent to a party, at least the rule set’s lead time before the hearing.',
  })
  recordSummons(@Args(() => RecordSummonsArgs) args: RecordSummonsArgs, @Ctx() ctx: Context) {
    return record(ctx, args, {
      type: 'recordSummons',
      sessionId: args.sessionId,
      party: args.party,
      sentAt: args.sentAt,
      method: args.method,
      reference: args.reference,
    });
  }

  @Mutation(() => EthicsCaseView, { description: 'Records whether a summoned party came (once held).' })
  recordAttendance(@Args(() => RecordAttendanceArgs) args: RecordAttendanceArgs, @Ctx() ctx: Context) {
    return record(ctx, args, {
      type: 'recordAttendance',
      sessionId: args.sessionId,
      party: args.party,
      status: args.status,
      note: args.note,
    });
  }

  @Mutation(() => EthicsCaseView, { description: 'Records the Berita Acara of a held session, closing it.' })
  recordSessionMinutes(
    @Args(() => RecordSessionMinutesArgs) args: RecordSessionMinutesArgs,
    @Ctx() ctx: Context,
  ) {
    return record(ctx, args, {
      type: 'recordSessionMinutes',
      sessionId: args.sessionId,
      reference: args.reference,
      summary: args.summary,
      outcomeNotes: args.outcomeNotes,
    });
  }

  @Mutation(() => EthicsCaseView, {
    description: 'Records a proceeding at DKPP, PTUN, Bawaslu or Gakkumdu, or a referral there.',
  })
  recordExternalProceeding(
    @Args(() => RecordExternalProceedingArgs) args: RecordExternalProceedingArgs,
    @Ctx() ctx: Context,
  ) {
    const proceedingId = randomUUID();
    return record(ctx, args, {
      type: 'recordExternalProceeding',
      proceedingId,
      forum: args.forum,
      kind: args.kind,
      filedAt: args.filedAt,
      status: args.status,
      externalNumber: args.externalNumber,
      result: args.result,
      reason: args.reason,
    });
  }

  @Mutation(() => EthicsCaseView, { description: 'Records a new status, number or result of a proceeding.' })
  updateExternalProceeding(
    @Args(() => UpdateExternalProceedingArgs) args: UpdateExternalProceedingArgs,
    @Ctx() ctx: Context,
  ) {
    return record(ctx, args, {
      type: 'updateExternalProceeding',
      proceedingId: args.proceedingId,
      status: args.status,
      externalNumber: args.externalNumber,
      result: args.result,
    });
  }
}
