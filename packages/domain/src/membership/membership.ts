import type { BodyType, MembershipStatus, Position } from '../vocabulary/codes.js';
import type { CessationReason, MembershipEventType, SkipReason } from './membership-event.js';

/** A person's seat in one ad hoc body, from selection candidate to the end of the seat. */
export interface Membership {
  readonly id: string;
  readonly personId: string;
  readonly bodyId: string;
  readonly bodyType: BodyType;
  readonly position: Position;
  readonly status: MembershipStatus;
  /** Rank on the body's selection results; replacement (PAW) takes the lowest-ranked candidate. */
  readonly selectionRank?: number;
  /** The seat this membership filled by replacement (PAW). */
  readonly replacesMembershipId?: string;
  /** Set on appointment: an active member has taken the oath and signed the integrity pact. */
  readonly oathTakenAt?: Date;
  readonly integrityPactSignedAt?: Date;
  readonly history: readonly MembershipHistoryEntry[];
}

export interface MembershipHistoryEntry {
  /** The status after the event. */
  readonly status: MembershipStatus;
  readonly at: Date;
  readonly reason: MembershipEventType;
  /** Decree (SK) number, plenary minutes or letter behind the event. */
  readonly reference?: string;
  readonly cessationReason?: CessationReason;
  /** A reserve passed over for a replacement: why. */
  readonly skipReason?: SkipReason;
  /**
   * A transfer's other seat (the new membership on the old one's entry, and the other way round); for a
   * replacement, the seat it was about.
   */
  readonly counterpartMembershipId?: string;
}
