import type { WorkingDayCalendar } from '../calendar/index.js';
import { checkComplaint, type ComplaintCheck, type ComplaintDraft } from '../complaint/index.js';
import { RULE_SETS } from '../rule-sets/rule-set-catalogue.js';
import { ruleSetFor, type RuleSetError } from '../rule-sets/rule-set-registry.js';
import type { RuleSet } from '../rule-sets/rule-set.js';
import { err, ok, type Result } from '../shared/result.js';
import type { CaseTrack, Role } from '../vocabulary/codes.js';
import type { CaseActor } from './case-context.js';
import { countDays } from './case-deadlines.js';
import type { CaseReceivedEvent } from './case-event.js';
import type { CaseParty, EthicsCase, Respondent } from './ethics-case.js';

export interface FileCaseInput {
  /** Ids are inputs: the caller generates them. */
  readonly id: string;
  readonly commissionId: string;
  readonly receivedAt: Date;
  readonly complaint: ComplaintDraft;
  /** Respondents identified as members of a body; a complaint may name them only by name at first. */
  readonly respondents?: readonly Respondent[];
  readonly parties?: readonly CaseParty[];
  /** For internal findings: when the plenary that made the finding (Model PE-1) was held. */
  readonly findingPlenaryHeldAt?: Date;
  /** The election and stage of the alleged act; the caller has checked that the stage is the election's. */
  readonly electionId?: string;
  readonly electionStageId?: string;
}

export interface FileCaseContext {
  readonly now: Date;
  readonly actor: CaseActor;
  readonly calendar: WorkingDayCalendar;
  readonly ruleSets?: readonly RuleSet[];
  readonly utcOffsetMinutes?: number;
}

export interface FiledCase {
  readonly ethicsCase: EthicsCase;
  readonly ruleSet: RuleSet;
  readonly events: readonly [CaseReceivedEvent];
  /** What the complaint still lacks: shown to the clerk and on the receipt, never a reason to refuse it. */
  readonly completeness: ComplaintCheck;
}

/** Who records a complaint, report, finding or verdict as received: the secretariat. */
export const FILING_ROLES: readonly Role[] = ['officer'];

export type FileCaseError =
  | RuleSetError
  | { readonly code: 'OUT_OF_JURISDICTION'; readonly commissionId: string }
  | { readonly code: 'ROLE_NOT_PERMITTED'; readonly role: Role; readonly command: 'fileCase' }
  | { readonly code: 'RECEIVED_IN_FUTURE' }
  | { readonly code: 'FINDING_PLENARY_REQUIRED' }
  | { readonly code: 'INVALID_INPUT'; readonly field: string; readonly reason: string };

/** A case decided by DKPP only comes to the commission to be executed. */
const trackOf = (input: FileCaseInput): CaseTrack =>
  input.complaint.source === 'dkppVerdict' ? 'dkppExternal' : 'kpuInternal';

/**
 * Records a complaint, report, finding, recommendation or DKPP verdict as received. Incomplete input is
 * still received (a receipt is owed); the completeness check says what is missing.
 */
export function fileCase(input: FileCaseInput, context: FileCaseContext): Result<FiledCase, FileCaseError> {
  const { actor } = context;
  if (actor.commissionId !== input.commissionId) {
    return err({ code: 'OUT_OF_JURISDICTION', commissionId: input.commissionId });
  }
  if (!FILING_ROLES.includes(actor.role)) {
    return err({ code: 'ROLE_NOT_PERMITTED', role: actor.role, command: 'fileCase' });
  }
  if (Number.isNaN(input.receivedAt.getTime()))
    return err({ code: 'INVALID_INPUT', field: 'receivedAt', reason: 'notADate' });
  if (input.receivedAt > context.now) return err({ code: 'RECEIVED_IN_FUTURE' });
  const source = input.complaint.source;
  if (source === 'internalFinding' && input.findingPlenaryHeldAt === undefined) {
    return err({ code: 'FINDING_PLENARY_REQUIRED' });
  }
  const chosen = ruleSetFor(input.receivedAt, context.ruleSets ?? RULE_SETS);
  if (!chosen.ok) return chosen;
  const ruleSet = chosen.value;

  const ethicsCase: EthicsCase = {
    id: input.id,
    commissionId: input.commissionId,
    ruleSetCode: ruleSet.code,
    track: trackOf(input),
    source,
    status: 'received',
    version: 1,
    receivedAt: input.receivedAt,
    ...(input.electionId === undefined ? {} : { electionId: input.electionId }),
    ...(input.electionStageId === undefined ? {} : { electionStageId: input.electionStageId }),
    complaint: input.complaint,
    respondents: input.respondents ?? [],
    parties: input.parties ?? [],
    milestones: {
      received: input.receivedAt,
      ...(input.findingPlenaryHeldAt === undefined ? {} : { findingPlenaryHeld: input.findingPlenaryHeldAt }),
    },
    deliveries: [],
    replacements: [],
    allegations: [],
    sessions: [],
    externalProceedings: [],
  };
  const completeness = checkComplaint(input.complaint, ruleSet.complaint, {
    receivedAt: input.receivedAt,
    countDays: (from, to, unit) => countDays(context.calendar, from, to, unit, context.utcOffsetMinutes),
  });
  const event: CaseReceivedEvent = {
    type: 'caseReceived',
    caseId: input.id,
    at: context.now,
    actor: { userId: context.actor.userId, role: context.actor.role },
    to: 'received',
  };
  return ok({ ethicsCase, ruleSet, events: [event], completeness });
}
