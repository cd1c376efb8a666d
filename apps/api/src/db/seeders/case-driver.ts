// Drives a case through the domain and stores every step as the API would (record, participants, the
// case's record rows, audit rows, membership effects). Used by the demo seed and by test fixtures; not
// by request code.
import type { EntityManager } from '@mikro-orm/knex';
import {
  applyRecordAction,
  fileCase,
  transition,
  type CaseActor,
  type CaseCommand,
  type CaseContext,
  type EthicsCase,
  type FileCaseInput,
  type RecordAction,
  type WorkingDayCalendar,
} from '@etik/domain';
import { applyOrderedChanges, appointReplacement } from '../../adhoc-bodies/membership.service.js';
import { appendAudit, type AuditEntry } from '../../audit/audit-trail.js';
import { ALL_RECORD_LISTS, syncRecordRows } from '../../case-records/case-records.mapper.js';
import { Commission } from '../../commissions/commission.entity.js';
import { EthicsCaseRecord } from '../../ethics-cases/ethics-case.entity.js';
import { syncProjection } from '../../ethics-cases/case-projection.js';
import { applyToRecord, syncParticipants } from '../../ethics-cases/ethics-case.mapper.js';
import { ruleSetOf } from '../../ethics-cases/ethics-case.service.js';

export interface DriveStep {
  readonly command: CaseCommand;
  readonly actor: CaseActor;
  readonly at: Date;
}

/** A record action among the steps (an allegation, a hearing, a proceeding elsewhere). */
export interface RecordStep {
  readonly record: RecordAction;
  readonly actor: CaseActor;
  readonly at: Date;
}

/** Applies a record step as runRecordAction would; throws if the domain refuses it. */
function recordStep(ethicsCase: EthicsCase, step: RecordStep, context: CaseContext) {
  const result = applyRecordAction(ethicsCase, step.record, context);
  if (!result.ok) {
    throw new Error(`${step.record.type} refused on ${ethicsCase.status}: ${JSON.stringify(result.error)}`);
  }
  const { ethicsCase: after, event } = result.value;
  const entry: AuditEntry = {
    action: event.type,
    entityType: 'case',
    entityId: ethicsCase.id,
    before: { version: ethicsCase.version },
    after: { version: after.version, recordId: event.recordId, action: step.record },
  };
  return { after, entry };
}

/** Files the case and applies the steps in one transaction; throws if the domain refuses any step. */
export async function driveCase(
  em: EntityManager,
  input: FileCaseInput,
  filedBy: CaseActor,
  steps: readonly (DriveStep | RecordStep)[],
  calendar: WorkingDayCalendar,
): Promise<EthicsCase> {
  return em.transactional(async (tx) => {
    const filed = fileCase(input, { now: input.receivedAt, actor: filedBy, calendar });
    if (!filed.ok) throw new Error(`fileCase refused: ${JSON.stringify(filed.error)}`);
    let ethicsCase = filed.value.ethicsCase;
    const commission = await tx.findOneOrFail(Commission, { id: input.commissionId });
    const actorOf = (actor: CaseActor) => ({ actorUserId: actor.userId, actorRole: actor.role });
    await appendAudit(
      tx,
      [
        {
          action: 'caseReceived',
          entityType: 'case',
          entityId: ethicsCase.id,
          after: { status: 'received', version: 1 },
        },
      ],
      { chain: commission.id, at: input.receivedAt, ...actorOf(filedBy) },
    );
    for (const step of steps) {
      const context = {
        now: step.at,
        actor: step.actor,
        ruleSet: ruleSetOf(ethicsCase.ruleSetCode),
        calendar,
      };
      if ('record' in step) {
        const { after, entry } = recordStep(ethicsCase, step, context);
        ethicsCase = after;
        await appendAudit(tx, [entry], { chain: commission.id, at: step.at, ...actorOf(step.actor) });
        continue;
      }
      const result = transition(ethicsCase, step.command, context);
      if (!result.ok)
        throw new Error(
          `${step.command.type} refused on ${ethicsCase.status}: ${JSON.stringify(result.error)}`,
        );
      const before = ethicsCase;
      ethicsCase = result.value.ethicsCase;
      const entries: AuditEntry[] = result.value.events
        .filter((event) => event.type !== 'membershipChangeOrdered')
        .map((event) => ({
          action: event.type,
          entityType: 'case',
          entityId: ethicsCase.id,
          before: { status: before.status, version: before.version },
          after: { status: ethicsCase.status, version: ethicsCase.version, command: step.command },
        }));
      entries.push(...(await applyOrderedChanges(tx, result.value.events, step.at)));
      // As the completeReplacement mutation does: the ranked candidate takes the vacated seat.
      const given = step.command;
      if (given.type === 'completeReplacement' && given.replacementMembershipId) {
        const appointed = await appointReplacement(
          tx,
          given.replacementMembershipId,
          given.vacatedMembershipId,
          given.swornAt,
          ethicsCase.id,
        );
        if (appointed) entries.push(appointed);
      }
      await appendAudit(tx, entries, { chain: commission.id, at: step.at, ...actorOf(step.actor) });
    }
    const record = new EthicsCaseRecord();
    applyToRecord(record, ethicsCase, commission, ethicsCase.milestones.closed ?? input.receivedAt, calendar);
    record.version = ethicsCase.version;
    syncParticipants(record, ethicsCase);
    tx.persist(record);
    await syncRecordRows(tx, record, ethicsCase, ALL_RECORD_LISTS, { isNewCase: true });
    await syncProjection(tx, record, ethicsCase, { isNewCase: true });
    return ethicsCase;
  });
}
