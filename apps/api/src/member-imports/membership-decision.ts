// What a good row does to the membership it names, given what is on record: create it, update it, or
// refuse. Recruitment results (candidate → active, rank, position) may change; what a case decided may
// not be undone by a file: a suspended, dismissed or ceased member stays so, an active one does not go
// back to candidate, and a chair removed from the chair is not put back.
import { applyMembershipEvent, type MemberRecord, type MembershipStatus, type Position } from '@etik/domain';
import type { MembershipStatusChange } from '../adhoc-bodies/adhoc-body.entity.js';

export interface RecordedMembership {
  readonly id: string;
  readonly position: Position;
  readonly status: MembershipStatus;
  readonly selectionRank: number | null;
  readonly statusHistory: readonly MembershipStatusChange[];
}

export interface MembershipValues {
  readonly position: Position;
  readonly status: MembershipStatus;
  readonly selectionRank: number | null;
  readonly statusHistory: readonly MembershipStatusChange[];
}

export type MembershipDecision =
  | { readonly kind: 'create'; readonly values: MembershipValues }
  | { readonly kind: 'update'; readonly changed: boolean; readonly values: MembershipValues }
  | {
      readonly kind: 'conflict';
      readonly code: 'MEMBERSHIP_STATUS_CONFLICT' | 'MEMBERSHIP_POSITION_CONFLICT';
      readonly field: 'status' | 'jabatan';
      readonly recorded: string;
    };

/** Midnight WIB of the decree date: when the appointment took effect. */
export const decreeInstant = (date: string): Date => new Date(`${date}T00:00:00.000+07:00`);

const appointment = (record: MemberRecord): MembershipStatusChange => ({
  status: 'active',
  at: decreeInstant(record.decreeDate!).toISOString(),
  reason: 'appoint',
  reference: record.decreeNumber!,
});

export function decideMembership(
  recorded: RecordedMembership | undefined,
  record: MemberRecord,
): MembershipDecision {
  if (!recorded) {
    return {
      kind: 'create',
      values: {
        position: record.position,
        status: record.status,
        selectionRank: record.selectionRank ?? null,
        statusHistory: record.status === 'active' ? [appointment(record)] : [],
      },
    };
  }
  const conflict = (
    code: 'MEMBERSHIP_STATUS_CONFLICT' | 'MEMBERSHIP_POSITION_CONFLICT',
    recordedValue: string,
  ) =>
    ({
      kind: 'conflict',
      code,
      field: code === 'MEMBERSHIP_STATUS_CONFLICT' ? 'status' : 'jabatan',
      recorded: recordedValue,
    }) as const;
  let { status, statusHistory } = recorded;
  if (recorded.status !== record.status) {
    if (recorded.status !== 'candidate' || record.status !== 'active') {
      return conflict('MEMBERSHIP_STATUS_CONFLICT', recorded.status);
    }
    // candidate → active: the domain's appointment, on the decree date (oath and pact taken by then).
    const at = decreeInstant(record.decreeDate!);
    const appointed = applyMembershipEvent(
      {
        id: recorded.id,
        personId: '',
        bodyId: '',
        bodyType: 'ppk',
        position: recorded.position,
        status: recorded.status,
        history: [],
      },
      { type: 'appoint', oathTakenAt: at, integrityPactSignedAt: at, reference: record.decreeNumber! },
      at,
    );
    if (!appointed.ok) return conflict('MEMBERSHIP_STATUS_CONFLICT', recorded.status);
    status = appointed.value.status;
    statusHistory = [...statusHistory, appointment(record)];
  }
  const removedFromChair = recorded.statusHistory.some((entry) => entry.reason === 'removeFromChair');
  if (record.position === 'chair' && recorded.position !== 'chair' && removedFromChair) {
    return conflict('MEMBERSHIP_POSITION_CONFLICT', recorded.position);
  }
  const selectionRank = record.selectionRank ?? recorded.selectionRank;
  const changed =
    status !== recorded.status ||
    record.position !== recorded.position ||
    selectionRank !== recorded.selectionRank;
  return {
    kind: 'update',
    changed,
    values: { position: record.position, status, selectionRank, statusHistory },
  };
}
