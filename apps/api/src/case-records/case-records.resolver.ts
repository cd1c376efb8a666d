// The case's records on EthicsCase (read from the case document: no query of their own), and one mutation
// per record action. Each builds the action from its arguments and hands it to runRecordAction.
import { randomUUID } from 'node:crypto';
import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import {
  allegationGuidance,
  availableRecordActions,
  type AllegationInput as DomainAllegationInput,
  type SessionPartyInput as DomainSessionPartyInput,
} from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { toGraphQLError } from '../errors/to-graphql-error.js';
import { auditConfidentialRead } from '../ethics-cases/ethics-case-reads.js';
import { caseContextOf } from '../ethics-cases/ethics-case.service.js';
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
  type AllegationInput,
  type SessionPartyInput,
} from './case-records.inputs.js';
import { runRecordAction, type RecordActionBuilder } from './case-records.service.js';
import {
  AllegationType,
  AllegationWarningType,
  AvailableRecordActionType,
  CaseSessionType,
  ExternalProceedingType,
} from './case-records.type.js';

async function record(ctx: Context, args: CommandArgs, build: RecordActionBuilder): Promise<EthicsCaseView> {
  const result = await runRecordAction(ctx, args.caseId, args.expectedVersion, build);
  if (!result.ok) throw toGraphQLError(result.error);
  return result.value;
}

/** GraphQL inputs may carry nulls (and a null prototype): the domain takes absent fields instead. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== null && item !== undefined),
  ) as T;
}

const allegationOf = (input: AllegationInput): DomainAllegationInput => ({
  ...defined(input),
  ...(input.extraLegalReferences
    ? { extraLegalReferences: input.extraLegalReferences.map((reference) => defined(reference)) }
    : {}),
});

const partyOf = (input: SessionPartyInput): DomainSessionPartyInput => defined(input);

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
    return record(ctx, args, () => ({
      type: 'addAllegation',
      allegationId,
      allegation: allegationOf(args.allegation),
    }));
  }

  @Mutation(() => EthicsCaseView, { description: 'Changes an allegation that has no finding yet.' })
  updateAllegation(@Args(() => UpdateAllegationArgs) args: UpdateAllegationArgs, @Ctx() ctx: Context) {
    return record(ctx, args, () => ({
      type: 'updateAllegation',
      allegationId: args.allegationId,
      allegation: allegationOf(args.allegation),
    }));
  }

  @Mutation(() => EthicsCaseView, { description: 'Removes an allegation that has no finding yet.' })
  removeAllegation(@Args(() => RemoveAllegationArgs) args: RemoveAllegationArgs, @Ctx() ctx: Context) {
    return record(ctx, args, () => ({ type: 'removeAllegation', allegationId: args.allegationId }));
  }

  @Mutation(() => EthicsCaseView, { description: 'Records (or corrects) the finding on an allegation.' })
  recordAllegationFinding(
    @Args(() => RecordAllegationFindingArgs) args: RecordAllegationFindingArgs,
    @Ctx() ctx: Context,
  ) {
    return record(ctx, args, () => ({
      type: 'recordAllegationFinding',
      allegationId: args.allegationId,
      finding: args.finding,
      ...(args.note ? { note: args.note } : {}),
    }));
  }

  @Mutation(() => EthicsCaseView, { description: 'Schedules a clarification or examination hearing.' })
  scheduleSession(@Args(() => ScheduleSessionArgs) args: ScheduleSessionArgs, @Ctx() ctx: Context) {
    const sessionId = randomUUID();
    return record(ctx, args, () => ({
      type: 'scheduleSession',
      sessionId,
      kind: args.kind,
      scheduledAt: args.scheduledAt,
      ...defined({ place: args.place, onlineLink: args.onlineLink, agenda: args.agenda }),
    }));
  }

  @Mutation(() => EthicsCaseView, {
    description: 'Records a summons sent to a party, at least the rule set’s lead time before the hearing.',
  })
  recordSummons(@Args(() => RecordSummonsArgs) args: RecordSummonsArgs, @Ctx() ctx: Context) {
    return record(ctx, args, () => ({
      type: 'recordSummons',
      sessionId: args.sessionId,
      party: partyOf(args.party),
      sentAt: args.sentAt,
      method: args.method,
      ...(args.reference ? { reference: args.reference } : {}),
    }));
  }

  @Mutation(() => EthicsCaseView, { description: 'Records whether a summoned party came (once held).' })
  recordAttendance(@Args(() => RecordAttendanceArgs) args: RecordAttendanceArgs, @Ctx() ctx: Context) {
    return record(ctx, args, () => ({
      type: 'recordAttendance',
      sessionId: args.sessionId,
      party: partyOf(args.party),
      status: args.status,
      ...(args.note ? { note: args.note } : {}),
    }));
  }

  @Mutation(() => EthicsCaseView, { description: 'Records the Berita Acara of a held session, closing it.' })
  recordSessionMinutes(
    @Args(() => RecordSessionMinutesArgs) args: RecordSessionMinutesArgs,
    @Ctx() ctx: Context,
  ) {
    return record(ctx, args, () => ({
      type: 'recordSessionMinutes',
      sessionId: args.sessionId,
      reference: args.reference,
      summary: args.summary,
      ...(args.outcomeNotes ? { outcomeNotes: args.outcomeNotes } : {}),
    }));
  }

  @Mutation(() => EthicsCaseView, {
    description: 'Records a proceeding at DKPP, PTUN, Bawaslu or Gakkumdu, or a referral there.',
  })
  recordExternalProceeding(
    @Args(() => RecordExternalProceedingArgs) args: RecordExternalProceedingArgs,
    @Ctx() ctx: Context,
  ) {
    const proceedingId = randomUUID();
    return record(ctx, args, () => ({
      type: 'recordExternalProceeding',
      proceedingId,
      forum: args.forum,
      kind: args.kind,
      filedAt: args.filedAt,
      status: args.status,
      ...defined({ externalNumber: args.externalNumber, result: args.result, reason: args.reason }),
    }));
  }

  @Mutation(() => EthicsCaseView, { description: 'Records a new status, number or result of a proceeding.' })
  updateExternalProceeding(
    @Args(() => UpdateExternalProceedingArgs) args: UpdateExternalProceedingArgs,
    @Ctx() ctx: Context,
  ) {
    return record(ctx, args, () => ({
      type: 'updateExternalProceeding',
      proceedingId: args.proceedingId,
      status: args.status,
      ...defined({ externalNumber: args.externalNumber, result: args.result }),
    }));
  }
}
