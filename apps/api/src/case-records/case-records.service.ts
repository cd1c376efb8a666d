// Record actions on a case (allegations, sessions, external proceedings): the same path as a command
// (changeCase), decided by the domain's `applyRecordAction` instead of `transition`. The case row's version
// is the lock for the case and its records alike.
import { applyRecordAction, ok, type RecordAction, type Result } from '@etik/domain';
import type { Context } from '../context.js';
import type { CodedError } from '../errors/coded-error.js';
import { changeCase, type CaseTarget } from '../ethics-cases/case-change.js';
import type { EthicsCaseView } from '../ethics-cases/ethics-case.type.js';

export function takeRecordAction(
  ctx: Context,
  target: CaseTarget,
  action: RecordAction,
): Promise<Result<EthicsCaseView, CodedError>> {
  return changeCase(ctx, target, {
    async decide({ before, context }) {
      const result = applyRecordAction(before, action, context);
      return result.ok ? ok({ ethicsCase: result.value.ethicsCase, events: [result.value.event] }) : result;
    },
  });
}
