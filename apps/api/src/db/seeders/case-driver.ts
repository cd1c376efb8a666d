// Drives a case through the domain and stores every step as the API would (record, participants,
// audit rows, membership effects). Used by the demo seed and by test fixtures; not by request code.
import type { EntityManager } from '@mikro-orm/knex';
import {
  fileCase,
  transition,
  type CaseActor,
  type CaseCommand,
  type EthicsCase,
  type FileCaseInput,
  type WorkingDayCalendar,
} from '@etik/domain';
import { applyOrderedChanges } from '../../adhoc-bodies/membership.service.js';
import { appendAudit, type AuditEntry } from '../../audit/audit-trail.js';
import { Commission } from '../../commissions/commission.entity.js';
import { EthicsCaseRecord } from '../../ethics-cases/ethics-case.entity.js';
import { applyToRecord, syncParticipants } from '../../ethics-cases/ethics-case.mapper.js';
import { ruleSetOf } from '../../ethics-cases/ethics-case.service.js';

export interface DriveStep {
  readonly command: CaseCommand;
  readonly actor: CaseActor;
  readonly at: Date;
}

/** Files the case and applies the steps in one transaction; throws if the domain refuses any step. */
export async function driveCase(
  em: EntityManager,
  input: FileCaseInput,
  filedBy: CaseActor,
  steps: readonly DriveStep[],
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
      { at: input.receivedAt, ...actorOf(filedBy) },
    );
    for (const step of steps) {
      const result = transition(ethicsCase, step.command, {
        now: step.at,
        actor: step.actor,
        ruleSet: ruleSetOf(ethicsCase.ruleSetCode),
        calendar,
      });
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
      await appendAudit(tx, entries, { at: step.at, ...actorOf(step.actor) });
    }
    const record = new EthicsCaseRecord();
    applyToRecord(record, ethicsCase, commission, ethicsCase.milestones.closed ?? input.receivedAt, calendar);
    record.version = ethicsCase.version;
    syncParticipants(record, ethicsCase);
    tx.persist(record);
    return ethicsCase;
  });
}
