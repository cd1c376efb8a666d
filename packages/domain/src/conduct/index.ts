// Public API of the code-of-conduct catalogue; citations.ts stays internal.
export type { LegalReference } from './legal-reference.js';
export { INSTRUMENTS, formatLegalReference, legalReferenceLabel } from './legal-reference.js';
export type { Definition, Principle, PrincipleCode, PrincipleGroup } from './principles.js';
export {
  PRINCIPLES,
  PRINCIPLE_GROUPS,
  PRINCIPLE_LABELS,
  PRINCIPLE_GROUP_LABELS,
  PRINCIPLE_CATALOGUE,
  PRINCIPLE_BY_CODE,
  isPrincipleCode,
  principlesInGroup,
} from './principles.js';
export { VIOLATION_CATEGORY_LABELS } from './violation-categories.js';
export type { Behaviour, BehaviourCode } from './behaviours.js';
export {
  BEHAVIOURS,
  BEHAVIOUR_CODES,
  BEHAVIOUR_BY_CODE,
  BEHAVIOUR_LABELS,
  isBehaviourCode,
  behavioursOf,
} from './behaviours.js';
export type { TypicalViolation, TypicalViolationCode, TypicalViolationMatch } from './typical-violations.js';
export {
  TYPICAL_VIOLATIONS,
  TYPICAL_VIOLATION_CODES,
  searchTypicalViolations,
} from './typical-violations.js';
export type { OathBodyType, OathInput, OathVersion, PactItem, SourcedText } from './oath-and-pact.js';
export {
  OATH_BODY_TYPES,
  ELECTION_NAMES,
  OATHS,
  INTEGRITY_PACT,
  hasKnownOath,
  oathText,
  pactItemsFor,
} from './oath-and-pact.js';
export type { ConductCatalogue } from './catalogue.js';
export { CONDUCT_CATALOGUE } from './catalogue.js';
