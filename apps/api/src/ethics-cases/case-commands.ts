// Commands on a case: the request completed with the facts only the server has, decided by the domain's
// `transition` on the one path of changeCase, and the membership changes the decision orders carried out
// in the same transaction.
import type { EntityManager } from '@mikro-orm/knex';
import { ok, transition, type CaseCommand, type CommandEvent, type Result } from '@etik/domain';
import {
  teamMemberFacts,
  applyOrderedChanges,
  appointReplacement,
} from '../adhoc-bodies/membership.service.js';
import type { AuditEntry } from '../audit/audit-trail.js';
import { partyDeclarationsOf } from '../conflict-declarations/party-declarations.js';
import type { Context } from '../context.js';
import type { CodedError } from '../errors/coded-error.js';
import { changeCase, type CaseChange, type CaseTarget, type ChangeScope } from './case-change.js';
import type { EthicsCaseView } from './ethics-case.type.js';
import { nextRegisterNumberFor } from './register-numbers.js';
import { complaintDraftOf, type CommandRequest } from './to-command.js';

/** The domain command for a request, with the facts it needs read in the command's transaction. */
async function completeCommand(
  scope: ChangeScope,
  request: CommandRequest,
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

/** The memberships a decision suspends, dismisses or reinstates, and the replacement a PAW appoints. */
export async function carryOutMembershipChanges(
  em: EntityManager,
  change: CaseChange,
  at: Date,
): Promise<AuditEntry[]> {
  const entries = await applyOrderedChanges(em, change.events, at);
  const command = change.events.find(
    (event): event is CommandEvent => event.type === 'replacementCompleted',
  )?.command;
  if (command?.type === 'completeReplacement' && command.replacementMembershipId) {
    const entry = await appointReplacement(
      em,
      command.replacementMembershipId,
      command.vacatedMembershipId,
      command.swornAt,
      change.ethicsCase.id,
    );
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Gives a command to a case: the one path every command mutation takes. */
export function giveCommand(
  ctx: Context,
  target: CaseTarget,
  request: CommandRequest,
): Promise<Result<EthicsCaseView, CodedError>> {
  return changeCase(ctx, target, {
    async decide(scope) {
      const command = await completeCommand(scope, request);
      return command.ok ? transition(scope.before, command.value, scope.context) : command;
    },
    consequences: (scope, change) => carryOutMembershipChanges(scope.em, change, scope.now),
  });
}
