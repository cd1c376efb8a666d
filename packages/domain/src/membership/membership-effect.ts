import type { Outcome } from '../vocabulary/codes.js';
import { canApplyMembershipEvent } from './apply-membership-event.js';
import type { Membership } from './membership.js';
import type { MembershipEventType } from './membership-event.js';

/** The moments of a case at which an outcome changes the respondent's membership. */
export const EFFECT_PHASES = ['decided', 'decreeIssued'] as const;
export type EffectPhase = (typeof EFFECT_PHASES)[number];

export interface EffectOptions {
  /** From the rule set: a dismissal decided in plenary suspends the member until the decree. */
  readonly dismissalSuspendsUntilDecree: boolean;
}

/**
 * The membership event an outcome calls for at a phase of the case, or `null` when it calls for none
 * (warnings are recorded on the case, not on the membership). Check `isEffectApplicable` before applying:
 * rehabilitation only reinstates a member who is actually suspended.
 */
export function membershipEffectOf(
  outcome: Outcome,
  phase: EffectPhase,
  options: EffectOptions,
): MembershipEventType | null {
  switch (outcome) {
    case 'warning':
    case 'strongWarning':
    case 'finalStrongWarning':
      return null;
    // Not proven: a suspension must not outlast the decision that found nothing.
    case 'rehabilitation':
      return phase === 'decided' ? 'reinstate' : null;
    case 'removalFromChair':
      return phase === 'decreeIssued' ? 'removeFromChair' : null;
    case 'temporaryDismissal':
      return phase === 'decided' ? 'suspend' : null;
    case 'permanentDismissal':
      if (phase === 'decreeIssued') return 'dismiss';
      return options.dismissalSuspendsUntilDecree ? 'suspend' : null;
  }
}

/**
 * Whether an effect still has something to do on the membership as it stands: a rehabilitated member who
 * was never suspended, or a member suspended by an earlier decision, needs nothing more.
 */
export const isEffectApplicable = (membership: Membership, event: MembershipEventType): boolean =>
  canApplyMembershipEvent(membership, event);
