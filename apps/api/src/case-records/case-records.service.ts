// Load → domain → persist, for the case's records: the same path as a command (ethics-case.service's
// runCommand), with `applyRecordAction` in place of `transition`. The case row's version is the lock for
// the case and its records alike: its JSON document changes, so the ORM bumps it and checks it.
import { applyRecordAction, ok, type EthicsCase, type RecordAction, type Result } from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import { calendarOf, type Context } from '../context.js';
import { runMutation } from '../db/transaction.js';
import type { EthicsCaseRecord } from '../ethics-cases/ethics-case.entity.js';
import { apiError, type CodedError } from '../errors/to-graphql-error.js';
import { syncProjection } from '../ethics-cases/case-projection.js';
import { applyToRecord, toDomain } from '../ethics-cases/ethics-case.mapper.js';
import { caseContextOf, findVisibleCase, viewOfRecord } from '../ethics-cases/ethics-case.service.js';
import type { EthicsCaseView } from '../ethics-cases/ethics-case.type.js';
import { LIST_OF_ACTION, syncRecordRows } from './case-records.mapper.js';

/** Builds the action from the case as it is now (ids, what the arguments name). */
export type RecordActionBuilder = (ethicsCase: EthicsCase) => RecordAction;

export async function runRecordAction(
  ctx: Context,
  caseId: string,
  expectedVersion: number,
  build: RecordActionBuilder,
): Promise<Result<EthicsCaseView, CodedError>> {
  const user = requireUser(ctx.user);
  const changed = await runMutation<EthicsCaseRecord, CodedError>(ctx, async ({ em, now, audit }) => {
    const record = await findVisibleCase(em, user, caseId);
    if (!record) throw apiError('NOT_FOUND', { caseId });
    if (record.version !== expectedVersion) {
      throw apiError('CONFLICT', { caseId, expectedVersion, currentVersion: record.version });
    }
    const before = toDomain(record);
    const action = build(before);
    const result = applyRecordAction(before, action, caseContextOf(ctx, user, record, now));
    if (!result.ok) return result;
    const { ethicsCase: after, event } = result.value;
    applyToRecord(record, after, record.commission, now, calendarOf(ctx));
    await syncRecordRows(em, record, after, [LIST_OF_ACTION[action.type]]);
    await syncProjection(em, record, after, { before });
    audit({
      chain: record.commission.id,
      action: event.type,
      entityType: 'case',
      entityId: caseId,
      before: { version: before.version },
      after: { version: after.version, recordId: event.recordId, action },
    });
    return ok(record);
  });
  return changed.ok ? ok(viewOfRecord(changed.value, user)) : changed;
}
