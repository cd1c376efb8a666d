// The one path of every change to an existing case, a command or a record action alike: load the visible
// case, check the version the caller saw, decode it once, let the domain decide, write the record and its
// rows, and append the audit entries derived from the domain's events, all in the one transaction of
// runMutation (with the idempotency row). The view is built once committed, at the version the ORM gave it.
import {
  checkOccurredAt,
  err,
  ok,
  type CaseCommand,
  type CaseContext,
  type CaseEvent,
  type DatedAct,
  type EthicsCase,
  type Result,
} from '@etik/domain';
import type { AuditEntry } from '../audit/audit-trail.js';
import { requireUser } from '../auth/access-policy.js';
import { calendarOf, type Context } from '../context.js';
import { runMutation, type MutationScope } from '../db/transaction.js';
import type { CodedError } from '../errors/coded-error.js';
import { caseContextOf } from './case-context.js';
import { viewOfWritten } from './case-list.js';
import { toDomain, writeCase } from './case.mapper.js';
import { findVisibleCase } from './case-scope.js';
import type { EthicsCaseRecord } from './ethics-case.entity.js';
import type { EthicsCaseView } from './ethics-case.type.js';

/** The case a change is aimed at, as the caller last saw it, and when the act took place if not now. */
export interface CaseTarget {
  readonly caseId: string;
  readonly expectedVersion: number;
  readonly occurredAt?: Date | null;
  readonly occurredAtReason?: string | null;
}

/** Everything a decision may read: the transaction, the loaded record, the case and the domain's context. */
export interface ChangeScope extends MutationScope {
  readonly record: EthicsCaseRecord;
  readonly before: EthicsCase;
  readonly context: CaseContext;
}

/** What the domain decided: the case after, and what happened. */
export interface CaseChange {
  readonly ethicsCase: EthicsCase;
  readonly events: readonly CaseEvent[];
}

/**
 * A decision on the case, and what it changes outside the case (memberships a decree suspends, say),
 * returned as audit entries of the same transaction.
 */
export interface CaseDecision {
  decide(scope: ChangeScope): Promise<Result<CaseChange, CodedError>>;
  consequences?(scope: ChangeScope, change: CaseChange): Promise<readonly AuditEntry[]>;
}

interface Written {
  readonly record: EthicsCaseRecord;
  readonly ethicsCase: EthicsCase;
}

export async function changeCase(
  ctx: Context,
  target: CaseTarget,
  decision: CaseDecision,
): Promise<Result<EthicsCaseView, CodedError>> {
  const user = requireUser(ctx.user);
  const { caseId, expectedVersion } = target;
  const changed = await runMutation<Written, CodedError>(ctx, async (mutation) => {
    const record = await findVisibleCase(mutation.em, user, caseId);
    if (!record) return err({ code: 'NOT_FOUND', caseId });
    if (record.version !== expectedVersion)
      return err({ code: 'CONFLICT', caseId, expectedVersion, currentVersion: record.version });
    const before = toDomain(record);
    // The domain dates what happens by its context's `now`: a dated act moves it back, within bounds.
    const act = datedActOf(target);
    const context = caseContextOf(ctx, user, record, mutation.now);
    if (act) {
      const checked = checkOccurredAt(before, act, context);
      if (!checked.ok) return checked;
    }
    const scope: ChangeScope = {
      ...mutation,
      record,
      before,
      context: act ? { ...context, now: act.occurredAt } : context,
    };
    const decided = await decision.decide(scope);
    if (!decided.ok) return decided;
    const change = decided.value;
    await writeCase(
      mutation.em,
      record,
      { before, after: change.ethicsCase },
      record.commission,
      mutation.now,
      calendarOf(ctx),
    );
    const chain = record.commission.id;
    for (const entry of auditEntriesOf(before, change)) mutation.audit({ ...dated(entry, act), chain });
    for (const entry of (await decision.consequences?.(scope, change)) ?? [])
      mutation.audit({ ...entry, chain });
    return ok({ record, ethicsCase: change.ethicsCase });
  });
  return changed.ok ? ok(viewOfWritten(changed.value.record, changed.value.ethicsCase, user)) : changed;
}

const datedActOf = (target: CaseTarget): DatedAct | undefined =>
  target.occurredAt
    ? {
        occurredAt: target.occurredAt,
        ...(target.occurredAtReason ? { reason: target.occurredAtReason } : {}),
      }
    : undefined;

/** An audit entry of a dated act keeps both times: the row's own (recording) and the act's. */
const dated = (entry: AuditEntry, act: DatedAct | undefined): AuditEntry =>
  act
    ? {
        ...entry,
        after: {
          ...(entry.after as object),
          occurredAt: act.occurredAt.toISOString(),
          ...(act.reason ? { occurredAtReason: act.reason } : {}),
        },
      }
    : entry;

/**
 * The case's audit entries for what the domain says happened: one per event, naming the version it left
 * and the one it made (and the status, for commands). Ordered membership changes are audited on the
 * membership by whoever carries them out.
 */
export function auditEntriesOf(before: EthicsCase | undefined, change: CaseChange): AuditEntry[] {
  const after = change.ethicsCase;
  return change.events.flatMap((event): AuditEntry[] => {
    const base = { action: event.type, entityType: 'case', entityId: after.id };
    switch (event.type) {
      case 'membershipChangeOrdered':
        return [];
      case 'caseReceived':
        return [
          {
            ...base,
            after: {
              status: after.status,
              version: after.version,
              source: after.source,
              ruleSetCode: after.ruleSetCode,
            },
          },
        ];
      default:
        if ('recordId' in event) {
          return [
            {
              ...base,
              before: { version: before?.version },
              after: { version: after.version, recordId: event.recordId, action: event.action },
            },
          ];
        }
        return [
          {
            ...base,
            before: { status: before?.status, version: before?.version },
            after: { status: after.status, version: after.version, command: withoutFacts(event.command) },
          },
        ];
    }
  });
}

/** A command as the audit keeps it: the memberships a replacement was chosen from are read, not given. */
function withoutFacts(command: CaseCommand): unknown {
  if (command.type !== 'completeReplacement') return command;
  const { vacated: _vacated, memberships: _memberships, ...given } = command;
  return given;
}
