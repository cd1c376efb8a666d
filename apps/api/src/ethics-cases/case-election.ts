// The election and stage a filed case names: the stage must be one of the election's; a stage given alone
// names its election; an election given alone takes the stage whose dates include the day of the alleged
// act (in the commission's zone), when the complaint gives that day and a stage covers it.
import { epochDayOf, err, formatLocalDate, ok, stageOn, type Result } from '@etik/domain';
import type { EntityManager } from '@mikro-orm/knex';
import { Election, ElectionStage } from '../elections/election.entity.js';
import { codedError, type CodedError } from '../errors/coded-error.js';

export interface CaseElection {
  readonly electionId?: string;
  readonly electionStageId?: string;
}

export async function caseElectionOf(
  em: EntityManager,
  given: { readonly electionId?: string | null; readonly stageId?: string | null },
  eventDate: Date | undefined,
  utcOffsetMinutes: number,
): Promise<Result<CaseElection, CodedError>> {
  const { electionId, stageId } = given;
  if (!electionId) {
    if (!stageId) return ok({});
    const stage = await em.findOne(ElectionStage, { id: stageId });
    if (!stage) return err(codedError('NOT_FOUND', { field: 'stageId', stageId }));
    return ok({ electionId: stage.election.id, electionStageId: stage.id });
  }
  const election = await em.findOne(Election, { id: electionId }, { populate: ['stages'] });
  if (!election) return err({ code: 'UNKNOWN_ELECTION', electionId });
  const stages = election.stages.getItems();
  if (stageId) {
    if (!stages.some((stage) => stage.id === stageId))
      return err({ code: 'STAGE_NOT_IN_ELECTION', stageId, electionId });
    return ok({ electionId, electionStageId: stageId });
  }
  const stage = eventDate
    ? stageOn({ stages }, formatLocalDate(epochDayOf(eventDate, utcOffsetMinutes)))
    : undefined;
  return ok({ electionId, ...(stage ? { electionStageId: stage.id } : {}) });
}
