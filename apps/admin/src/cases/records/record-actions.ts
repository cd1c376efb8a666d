// What the records section may offer: the API's availableRecordActions, read per record. The buttons are
// drawn from this alone, as the action bar is drawn from availableCommands.
import type { RecordActionType, SessionKind } from '@etik/domain';
import type { CaseRecords } from '../../providers/records-types';

/** Whether `action` may be taken now, on the record `targetId` (none: an action that adds a record). */
export function canTake(records: CaseRecords, action: RecordActionType, targetId?: string): boolean {
  return records.availableRecordActions.some(
    (available) => available.action === action && (targetId === undefined || available.targetId === targetId),
  );
}

/** The kinds of session this user may schedule now. */
export function schedulableKinds(records: CaseRecords): SessionKind[] {
  return records.availableRecordActions
    .filter((available) => available.action === 'scheduleSession' && available.sessionKind)
    .map((available) => available.sessionKind as SessionKind);
}

/** The React Query key of a case's records; the case page and the dialogs share it. */
export const recordsKey = (caseId: string) => ['cases', caseId, 'records'] as const;
