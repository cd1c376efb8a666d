// @etik/domain: the one public entry. Everything not exported here is internal.
export * from './vocabulary/codes.js';
export type { Actor, CommissionRef } from './vocabulary/actor.js';
export { ok, err, type Result } from './shared/result.js';
export { invariant, InvariantViolation } from './shared/invariant.js';

export * from './ethics-case/index.js';
export * from './case-records/index.js';
export * from './rule-sets/index.js';
export * from './calendar/index.js';
export * from './complaint/index.js';
export * from './conduct/index.js';
export * from './membership/index.js';
export * from './adhoc-body/index.js';
export * from './election/index.js';
export * from './member-record/index.js';
export * from './outcomes/index.js';
export * from './register-number/index.js';
export * from './labels/index.js';
export * from './accounts/index.js';
export {
  checkExaminationTeam,
  FAMILY_RELATIONS,
  isSameName,
  normaliseName,
  RELATIVE_ROLES,
  REQUIRED_TEAM_MEMBERS,
  validateDeclaration,
  type CaseParty as TeamCheckParty,
  type DeclarationError,
  type DeclarationErrorCode,
  type DeclarationInput,
  type ExaminationTeam as ProposedExaminationTeam,
  type ExaminationTeamFacts,
  type FamilyRelation,
  type FamilyTieDeclaration,
  type RelativeRole,
  type TeamMemberFacts,
  type TeamViolation,
  type TeamViolationCode,
} from './conflict-of-interest/index.js';
