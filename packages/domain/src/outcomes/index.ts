export { OUTCOME_CATALOGUE, isAllowedOutcome, isDismissal, type OutcomeInfo } from './outcome-catalogue.js';
export {
  GUIDANCE_CODES,
  sanctionGuidance,
  type GuidanceCode,
  type GuidanceWarning,
  type ProposedOutcome,
} from './sanction-guidance.js';
