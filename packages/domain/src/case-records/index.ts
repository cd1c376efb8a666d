// Public API of the case's records: allegations, sessions (hearings), external proceedings.
export {
  ALLEGATION_PROBLEM_CODES,
  allegationFrom,
  checkAllegation,
  legalReferencesFor,
  type Allegation,
  type AllegationInput,
  type AllegationProblem,
  type AllegationProblemCode,
  type LegalReferenceInput,
} from './allegation.js';
export {
  partyKey,
  resolveSessionParty,
  type Attendance,
  type PartyError,
  type Session,
  type SessionMinutes,
  type SessionParty,
  type SessionPartyInput,
  type Summons,
} from './session.js';
export type { ExternalProceeding } from './external-proceeding.js';
export type { RecordAction, RecordActionOf } from './record-action.js';
export {
  RECORD_ERROR_CODES,
  RECORD_TYPES,
  type RecordError,
  type RecordErrorCode,
  type RecordType,
} from './record-error.js';
export {
  RECORD_ACTION_RULES,
  type Grant,
  type RecordActionRule,
  type RecordActionTable,
  type RecordTarget,
  type SessionGrants,
} from './record-actions.js';
export type { RecordChange, RecordPrecondition, RecordSubject } from './record-steps.js';
export {
  applyRecordAction,
  availableRecordActions,
  recordActionRefusal,
  type AvailableRecordAction,
  type Recorded,
  type RecordActionTarget,
} from './apply-record-action.js';
export {
  ALLEGATION_GUIDANCE_CODES,
  allegationGuidance,
  type AllegationGuidanceCode,
  type AllegationWarning,
} from './allegation-guidance.js';
