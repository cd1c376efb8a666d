import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  availableCommands,
  caseDeadlines,
  commandAvailability,
  recipientsStillOwed,
  requiredRecipients,
  seatsStillOpen,
  timeZoneOfRegion,
} from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { electionById, electionStageById } from '../elections/election.loaders.js';
import { ElectionStageType, ElectionType } from '../elections/election.types.js';
import { orThrow, toGraphQLError } from '../errors/to-graphql-error.js';
import { connectionOf } from '../shared/paging.js';
import { CaseCommandEnum, DeliveryRecipientEnum } from '../shared/graphql-enums.js';
import { CasesArgs, FileCaseInput } from './ethics-case.inputs.js';
import { CaseConnectionType, ComplaintCheckType, FileCasePayload } from './ethics-case.payloads.js';
import { caseContextOf, ruleSetOf } from './case-context.js';
import { MUTATION_OF_COMMAND } from './command-mutations.js';
import { fileCase } from './case-filing.js';
import { getCase, listCases } from './case-list.js';
import { auditConfidentialRead, timelineOf } from './ethics-case-reads.js';
import {
  CaseDeadlineType,
  CasePartyType,
  CommandAvailabilityType,
  ComplaintType,
  EthicsCaseView,
  TimelineEntryType,
} from './ethics-case.type.js';

@Resolver(() => EthicsCaseView)
export class EthicsCaseResolver {
  @Query(() => CaseConnectionType, { description: 'Cases in your jurisdiction, newest first by default.' })
  async cases(@Args(() => CasesArgs) args: CasesArgs, @Ctx() ctx: Context): Promise<CaseConnectionType> {
    return connectionOf(orThrow(await listCases(ctx, args)));
  }

  @Query(() => EthicsCaseView, { nullable: true, description: 'A case in your jurisdiction, or null.' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EthicsCaseView | null> {
    return getCase(ctx, id);
  }

  @Mutation(() => FileCasePayload, { description: 'Records a complaint, report or finding as received.' })
  async fileCase(
    @Arg('input', () => FileCaseInput) input: FileCaseInput,
    @Ctx() ctx: Context,
  ): Promise<FileCasePayload> {
    const result = await fileCase(ctx, input);
    if (!result.ok) throw toGraphQLError(result.error);
    return {
      ethicsCase: result.value.view,
      completeness: ComplaintCheckType.from(result.value.completeness),
    };
  }

  @FieldResolver(() => ComplaintType)
  async complaint(@Root() view: EthicsCaseView, @Ctx() ctx: Context): Promise<ComplaintType> {
    await auditConfidentialRead(ctx, view);
    return view.maskedComplaint();
  }

  @FieldResolver(() => [CasePartyType])
  async parties(@Root() view: EthicsCaseView, @Ctx() ctx: Context): Promise<CasePartyType[]> {
    await auditConfidentialRead(ctx, view);
    return view.maskedParties();
  }

  @FieldResolver(() => [CaseDeadlineType], {
    description: 'Every deadline the case has started, at server time.',
  })
  deadlines(@Root() view: EthicsCaseView, @Ctx() ctx: Context): CaseDeadlineType[] {
    const context = caseContextOf(ctx, requireUser(ctx.user), view.record);
    return caseDeadlines(view.domain, context).map((deadline) => CaseDeadlineType.from(deadline));
  }

  @FieldResolver(() => String, {
    description:
      'The handling commission\'s zone ("WIB", "WITA" or "WIT"): its dates and deadlines are local there.',
  })
  timeZone(@Root() view: EthicsCaseView): string {
    return timeZoneOfRegion(view.record.commission.regionCode);
  }

  @FieldResolver(() => [CaseCommandEnum], {
    description: 'Commands you may give this case now, from the domain.',
  })
  availableCommands(@Root() view: EthicsCaseView, @Ctx() ctx: Context): readonly string[] {
    return availableCommands(view.domain, caseContextOf(ctx, requireUser(ctx.user), view.record));
  }

  @FieldResolver(() => [String], {
    description: 'The mutations you may call on this case now (registerCase, closeCase…), from the domain.',
  })
  availableMutations(@Root() view: EthicsCaseView, @Ctx() ctx: Context): string[] {
    return availableCommands(view.domain, caseContextOf(ctx, requireUser(ctx.user), view.record)).map(
      (command) => MUTATION_OF_COMMAND[command],
    );
  }

  @FieldResolver(() => [DeliveryRecipientEnum], {
    description:
      'Who must still receive the decree, as the rule set requires for these respondents; empty before the decree.',
  })
  decreeRecipientsOwed(@Root() view: EthicsCaseView): readonly string[] {
    if (!view.domain.decree) return [];
    return recipientsStillOwed(view.domain, ruleSetOf(view.record.ruleSetCode));
  }

  @FieldResolver(() => [DeliveryRecipientEnum], {
    description: 'Who must receive the decree, as the rule set requires for these respondents.',
  })
  decreeRecipientsRequired(@Root() view: EthicsCaseView): readonly string[] {
    return requiredRecipients(view.domain, ruleSetOf(view.record.ruleSetCode));
  }

  @FieldResolver(() => [ID], {
    description: 'The memberships permanently dismissed in this case whose seat has not been filled yet.',
  })
  seatsStillOpen(@Root() view: EthicsCaseView): readonly string[] {
    return seatsStillOpen(view.domain);
  }

  @FieldResolver(() => [CommandAvailabilityType], {
    description: 'Every command, with why it is refused if it is.',
  })
  commandAvailability(@Root() view: EthicsCaseView, @Ctx() ctx: Context): CommandAvailabilityType[] {
    const context = caseContextOf(ctx, requireUser(ctx.user), view.record);
    return commandAvailability(view.domain, context).map((item) => ({
      command: item.command,
      mutation: MUTATION_OF_COMMAND[item.command],
      available: item.available,
      refusalCode: item.refusal?.code ?? null,
    }));
  }

  @FieldResolver(() => ElectionType, {
    nullable: true,
    description: 'The election in which the alleged act took place, when recorded.',
  })
  async election(@Root() view: EthicsCaseView, @Ctx() ctx: Context): Promise<ElectionType | null> {
    const id = view.record.electionId;
    const election = id ? await electionById(ctx).load(id) : null;
    return election ? ElectionType.from(election) : null;
  }

  @FieldResolver(() => ElectionStageType, {
    nullable: true,
    description: 'The election’s stage (tahapan) in which the alleged act took place, when recorded.',
  })
  async stage(@Root() view: EthicsCaseView, @Ctx() ctx: Context): Promise<ElectionStageType | null> {
    const { electionId, electionStageId } = view.record;
    const stage = electionId && electionStageId ? await electionStageById(ctx).load(electionStageId) : null;
    return stage && electionId ? ElectionStageType.from(stage, electionId) : null;
  }

  @FieldResolver(() => [TimelineEntryType], {
    description: 'The audit trail of the case, oldest first.',
    // A query per case: a page of 100 cases with their timelines is over the cost limit.
    complexity: 50,
  })
  async timeline(@Root() view: EthicsCaseView, @Ctx() ctx: Context): Promise<TimelineEntryType[]> {
    return timelineOf(ctx, view.id);
  }
}
