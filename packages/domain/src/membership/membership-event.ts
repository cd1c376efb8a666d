/** Commands on a membership (regulation.md §10.2); each appends one history entry. */
export const MEMBERSHIP_EVENT_TYPES = [
  'appoint',
  'suspend',
  'dismiss',
  'reinstate',
  'cease',
  'endTerm',
  'removeFromChair',
  // Outside a case (the office's own records): dates learnt after the appointment, and moves between bodies.
  'recordOath',
  'recordIntegrityPact',
  'transferOut',
  'transferIn',
  // Replacement (PAW): a reserve passed over with a reason, and the vacated seat naming who filled it.
  'passOver',
  'replaced',
] as const;
export type MembershipEventType = (typeof MEMBERSHIP_EVENT_TYPES)[number];

/** Why a waiting reserve was passed over for a replacement (PAW); the last two take them off the list. */
export const SKIP_REASONS = ['declined', 'noLongerEligible', 'deceased'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** PKPU 8/2022 Pasal 43(2)(a)–(c). */
export const CESSATION_REASONS = ['death', 'permanentIncapacity', 'resignation'] as const;
export type CessationReason = (typeof CESSATION_REASONS)[number];

interface EventBase {
  /** Decree (SK) number, plenary minutes or letter behind the event. */
  readonly reference?: string;
}

export type MembershipEvent =
  | (EventBase & {
      readonly type: 'appoint';
      /** Both are required before the member becomes active; absent ones are reported, not assumed. */
      readonly oathTakenAt?: Date;
      readonly integrityPactSignedAt?: Date;
    })
  | (EventBase & { readonly type: 'suspend' })
  | (EventBase & { readonly type: 'dismiss' })
  | (EventBase & { readonly type: 'reinstate' })
  | (EventBase & { readonly type: 'cease'; readonly reason?: CessationReason })
  | (EventBase & { readonly type: 'endTerm' })
  | (EventBase & { readonly type: 'removeFromChair' })
  /** The oath (sumpah/janji) was taken at the event's time: the date is recorded, the status kept. */
  | (EventBase & { readonly type: 'recordOath' })
  /** The integrity pact (pakta integritas) was signed at the event's time. */
  | (EventBase & { readonly type: 'recordIntegrityPact' })
  /** The seat ends because the member moves to another body (`toMembershipId` there). */
  | (EventBase & { readonly type: 'transferOut'; readonly toMembershipId?: string })
  /**
   * The member takes a seat moved from another body: sworn and bound by the pact already, so the dates of
   * the old seat are carried over rather than required again.
   */
  | (EventBase & {
      readonly type: 'transferIn';
      readonly fromMembershipId?: string;
      readonly oathTakenAt?: Date;
      readonly integrityPactSignedAt?: Date;
    })
  /** A waiting reserve was passed over when the seat `vacatedMembershipId` was filled. */
  | (EventBase & {
      readonly type: 'passOver';
      /** Required by a replacement (SKIP_REASON_REQUIRED); optional here so any event type can be ordered. */
      readonly skipReason?: SkipReason;
      readonly vacatedMembershipId?: string;
    })
  /** The vacated seat was filled by `replacementMembershipId` (absent until the PPS appointee is on record). */
  | (EventBase & { readonly type: 'replaced'; readonly replacementMembershipId?: string });
