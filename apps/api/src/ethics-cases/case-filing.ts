// Filing: a complaint, report or finding received by a regency commission becomes a case, through the
// domain's `fileCase`, with its respondents read from the directory in the same transaction.
import { randomUUID } from 'node:crypto';
import {
  err,
  fileCase as fileDomainCase,
  ok,
  type ComplaintCheck,
  type EthicsCase,
  type Respondent,
  type Result,
} from '@etik/domain';
import { Membership } from '../adhoc-bodies/adhoc-body.entity.js';
import { FILING_ROLES, requireUser } from '../auth/access-policy.js';
import { Commission } from '../commissions/commission.entity.js';
import { calendarOf, type Context } from '../context.js';
import { runMutation } from '../db/transaction.js';
import type { CodedError } from '../errors/coded-error.js';
import { auditEntriesOf } from './case-change.js';
import { actorOf, utcOffsetOfCommission } from './case-context.js';
import { caseElectionOf } from './case-election.js';
import { viewOfWritten } from './case-list.js';
import { writeCase } from './case.mapper.js';
import { EthicsCaseRecord } from './ethics-case.entity.js';
import type { FileCaseInput } from './ethics-case.inputs.js';
import type { EthicsCaseView } from './ethics-case.type.js';
import { complaintDraftOf } from './to-command.js';

export interface FiledCaseView {
  readonly view: EthicsCaseView;
  readonly completeness: ComplaintCheck;
}

export async function fileCase(
  ctx: Context,
  input: FileCaseInput,
): Promise<Result<FiledCaseView, CodedError>> {
  const user = requireUser(ctx.user);
  if (!FILING_ROLES.includes(user.role)) return err({ code: 'FORBIDDEN', role: user.role });
  const filed = await runMutation<FiledRecord, CodedError>(ctx, async ({ em, now, audit }) => {
    const commission = await em.findOneOrFail(Commission, { id: user.commissionId });
    if (commission.level !== 'regency')
      return err({ code: 'OUT_OF_JURISDICTION', commissionId: commission.id });
    const ids = [...new Set(input.respondentMembershipIds ?? [])];
    const memberships = await em.find(
      Membership,
      { id: { $in: ids } },
      { populate: ['person', 'body.commission'] },
    );
    const missing = ids.find((id) => !memberships.some((membership) => membership.id === id));
    if (missing) return err({ code: 'UNKNOWN_RESPONDENT', membershipId: missing });
    const outside = memberships.find((membership) => membership.body.commission.id !== commission.id);
    if (outside) return err({ code: 'OUT_OF_JURISDICTION', commissionId: outside.body.commission.id });
    const respondents: Respondent[] = ids.map((id) => {
      const membership = memberships.find((candidate) => candidate.id === id)!;
      return {
        membershipId: membership.id,
        personId: membership.person.id,
        name: membership.person.name,
        bodyId: membership.body.id,
        bodyType: membership.body.type,
        position: membership.position,
      };
    });
    const election = await caseElectionOf(
      em,
      input,
      input.complaint.eventDate,
      utcOffsetOfCommission(commission),
    );
    if (!election.ok) return election;
    const bodyNames = new Map(memberships.map((membership) => [membership.body.id, membership.body.name]));
    const filed = fileDomainCase(
      {
        id: randomUUID(),
        commissionId: commission.id,
        receivedAt: input.receivedAt,
        complaint: complaintDraftOf(input.complaint, respondents, bodyNames),
        respondents,
        parties: (input.parties ?? []).map((party) => ({
          role: party.role,
          name: party.name,
          ...(party.personId ? { personId: party.personId } : {}),
        })),
        ...(input.findingPlenaryHeldAt ? { findingPlenaryHeldAt: input.findingPlenaryHeldAt } : {}),
        ...election.value,
      },
      {
        now,
        actor: actorOf(user),
        calendar: calendarOf(ctx),
        utcOffsetMinutes: utcOffsetOfCommission(commission),
      },
    );
    if (!filed.ok) return filed;
    const { ethicsCase, completeness, events } = filed.value;
    const record = new EthicsCaseRecord();
    await writeCase(em, record, { after: ethicsCase }, commission, now, calendarOf(ctx));
    record.version = ethicsCase.version;
    em.persist(record);
    for (const entry of auditEntriesOf(undefined, { ethicsCase, events }))
      audit({ ...entry, chain: commission.id });
    return ok({ record, ethicsCase, completeness });
  });
  return filed.ok
    ? ok({
        view: viewOfWritten(filed.value.record, filed.value.ethicsCase, user),
        completeness: filed.value.completeness,
      })
    : filed;
}

interface FiledRecord {
  readonly record: EthicsCaseRecord;
  readonly ethicsCase: EthicsCase;
  readonly completeness: ComplaintCheck;
}
