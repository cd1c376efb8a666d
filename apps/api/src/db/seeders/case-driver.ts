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
import { appendAudit, type AuditEntry } from '../../audit/audit-trail.js';
import { Commission } from '../../commissions/commission.entity.js';
import { EthicsCaseRecord } from '../../ethics-cases/ethics-case.entity.js';
import { writeCase } from '../../ethics-cases/case.mapper.js';
import { auditEntriesOf } from '../../ethics-cases/case-change.js';
import { carryOutMembershipChanges } from '../../ethics-cases/case-commands.js';
import { ruleSetOf } from '../../ethics-cases/case-context.js';

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
      // As a command mutation does: the same audit entries and membership changes (changeCase).
      const entries = [
        ...auditEntriesOf(before, result.value),
        ...(await carryOutMembershipChanges(tx, result.value, step.at)),
      ];
      await appendAudit(tx, entries, { chain: commission.id, at: step.at, ...actorOf(step.actor) });
    }
    const record = new EthicsCaseRecord();
    const writtenAt = ethicsCase.milestones.closed ?? input.receivedAt;
    await writeCase(tx, record, { after: ethicsCase }, commission, writtenAt, calendar);
    record.version = ethicsCase.version;
    tx.persist(record);
    return ethicsCase;
  });
}
