// Commands on a case: the request completed with the facts only the server has, decided by the domain's
// `transition` on the one path of changeCase, and the membership changes the decision orders carried out
// in the same transaction.
import type { EntityManager } from '@mikro-orm/knex';
import {
  checkReplacementPick,
  ok,
  transition,
  type CaseCommand,
  type CommandEvent,
  type Result,
} from '@etik/domain';
import { teamMemberFacts, applyOrderedChanges } from '../adhoc-bodies/membership.service.js';
import {
  prepareAppointee,
  recordReplacement,
  replacementFactsOf,
  type PreparedAppointee,
} from '../adhoc-bodies/replacement.service.js';
import type { AuditEntry } from '../audit/audit-trail.js';
import { partyDeclarationsOf } from '../conflict-declarations/party-declarations.js';
import type { Context } from '../context.js';
import type { CodedError } from '../errors/coded-error.js';
import { changeCase, type CaseChange, type CaseTarget, type ChangeScope } from './case-change.js';
import type { EthicsCaseView } from './ethics-case.type.js';
import { nextRegisterNumberFor } from './register-numbers.js';
import { complaintDraftOf, type CommandRequest, type ReplacementRequest } from './to-command.js';

/** A domain command, and the person the PPS appoints when the command is a replacement by the PPS. */
interface Completed {
  readonly command: CaseCommand;
  readonly appointee?: PreparedAppointee;
}

/**
 * completeReplacement with the memberships the rules choose from. A PPS appointee is checked only once the
 * rules allow the appointment, so a wrong choice is told first; the new membership is named in the case.
 */
async function completeReplacement(
  scope: ChangeScope,
  request: ReplacementRequest,
): Promise<Result<Completed, CodedError>> {
  const { appointee, ...asked } = request;
  const skipped = (asked.skippedReserves ?? []).map((skip) => skip.membershipId);
  const picked = asked.replacementMembershipId ? [asked.replacementMembershipId] : [];
  const facts = await replacementFactsOf(scope.em, asked.vacatedMembershipId, [...picked, ...skipped]);
  const command = { ...asked, ...facts };
  if (command.method !== 'appointmentByPps' || !facts.vacated) return ok({ command });
  const allowed = checkReplacementPick(
    facts.vacated,
    facts.memberships,
    { method: 'appointmentByPps' },
    command.skippedReserves ?? [],
  );
  if (!allowed.ok) return ok({ command });
  const prepared = await prepareAppointee(scope, asked.vacatedMembershipId, appointee);
  if (!prepared.ok) return prepared;
  return ok({
    command: { ...command, replacementMembershipId: prepared.value.membership.id },
    appointee: prepared.value,
  });
}

/** The domain command for a request, with the facts it needs read in the command's transaction. */
async function completeCommand(
  scope: ChangeScope,
  request: CommandRequest,
): Promise<Result<Completed, CodedError>> {
  if (request.type === 'completeReplacement') return completeReplacement(scope, request);
  const command = await commandWithFacts(scope, request);
  return command.ok ? ok({ command: command.value }) : command;
}

async function commandWithFacts(
  scope: ChangeScope,
  request: Exclude<CommandRequest, ReplacementRequest>,
): Promise<Result<CaseCommand, CodedError>> {
  switch (request.type) {
    case 'register': {
      if (request.registerNumber) return ok({ type: 'register', registerNumber: request.registerNumber });
      const next = await nextRegisterNumberFor(scope.em, scope.record, scope.now);
      return next.ok ? ok({ type: 'register', registerNumber: next.value }) : next;
    }
    case 'formExaminationTeam':
      return ok({
        ...request,
        teamMembers: await teamMemberFacts(scope.em, [request.chairPersonId, ...request.memberPersonIds]),
        // Both ways: a tie a party declared to an examiner counts as much as the examiner's own.
        partyDeclarations: await partyDeclarationsOf(scope.em, scope.before),
      });
    case 'submitCorrection': {
      // A correction keeps the complaint's respondents unless it names others.
      const complaint = complaintDraftOf(request.complaint, [], new Map());
      return ok({
        type: 'submitCorrection',
        complaint: {
          ...complaint,
          respondents: request.complaint.respondents
            ? complaint.respondents
            : scope.before.complaint.respondents,
        },
      });
    }
    default:
      return ok(request);
  }
}

/**
 * The memberships a decision suspends, dismisses or reinstates, and what a PAW changes: the replacement
 * seated (the PPS's `appointee` made a member), reserves passed over, the vacated seat marked replaced.
 */
export async function carryOutMembershipChanges(
  em: EntityManager,
  change: CaseChange,
  at: Date,
  appointee?: PreparedAppointee,
): Promise<AuditEntry[]> {
  const entries = await applyOrderedChanges(em, change.events, at);
  const command = change.events.find(
    (event): event is CommandEvent => event.type === 'replacementCompleted',
  )?.command;
  if (command?.type === 'completeReplacement') {
    entries.push(...(await recordReplacement(em, command, change.ethicsCase.id, appointee, at)));
  }
  return entries;
}

/** Gives a command to a case: the one path every command mutation takes. */
export function giveCommand(
  ctx: Context,
  target: CaseTarget,
  request: CommandRequest,
): Promise<Result<EthicsCaseView, CodedError>> {
  let appointee: PreparedAppointee | undefined;
  return changeCase(ctx, target, {
    async decide(scope) {
      const completed = await completeCommand(scope, request);
      if (!completed.ok) return completed;
      appointee = completed.value.appointee;
      return transition(scope.before, completed.value.command, scope.context);
    },
    consequences: (scope, change) => carryOutMembershipChanges(scope.em, change, scope.now, appointee),
  });
}
