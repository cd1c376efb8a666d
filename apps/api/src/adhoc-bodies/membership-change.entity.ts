import { EntitySchema } from '@mikro-orm/core';
import type { MembershipEventType, MembershipStatus, Position, SkipReason } from '@etik/domain';
import { Membership } from './adhoc-body.entity.js';

/**
 * One change of a membership, as a row: a member's history (and "who was suspended by which case") is a
 * query, not a scan of JSON. Written in the transaction that changes the membership (membership.service.ts).
 */
export class MembershipChange {
  id!: number;
  membership!: Membership;
  /** When the change took effect (the command's time, or the oath for an appointment). */
  at!: Date;
  /** The membership event that made the change (appoint, suspend, dismiss, reinstate, …). */
  reason!: MembershipEventType;
  /** Null only where the status before is not known (rows taken over from older data). */
  fromStatus?: MembershipStatus | null;
  toStatus!: MembershipStatus;
  fromPosition?: Position | null;
  toPosition?: Position | null;
  /** Decree (SK) number, plenary minutes or letter behind the change. */
  reference?: string | null;
  /** The case whose decision ordered the change. */
  caseId?: string | null;
  /** A transfer's other membership: the new seat on the old one's row, the old seat on the new one's. */
  counterpartMembershipId?: string | null;
  /** Memberships the person was dismissed from, that the appointing officer confirmed knowing of. */
  confirmedDismissals?: string[] | null;
  /** A reserve passed over in a replacement (PAW): why. */
  skipReason?: SkipReason | null;
}

export const MembershipChangeSchema = new EntitySchema<MembershipChange>({
  class: MembershipChange,
  tableName: 'membership_status_change',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    membership: { kind: 'm:1', entity: () => Membership, index: true },
    at: { type: 'datetime' },
    reason: { type: 'string', length: 32 },
    fromStatus: { type: 'string', length: 32, nullable: true },
    toStatus: { type: 'string', length: 32 },
    fromPosition: { type: 'string', length: 16, nullable: true },
    toPosition: { type: 'string', length: 16, nullable: true },
    reference: { type: 'string', length: 255, nullable: true },
    caseId: { type: 'string', length: 64, nullable: true, index: true },
    counterpartMembershipId: { type: 'string', length: 64, nullable: true },
    confirmedDismissals: { type: 'json', nullable: true },
    skipReason: { type: 'string', length: 32, nullable: true },
  },
});
