import { partyKey } from '../case-records/session.js';
import type { RuleSet } from '../rule-sets/rule-set.js';
import { CASE_STATUSES, isTerminal, type CaseStatus } from '../vocabulary/codes.js';
import { recipientsStillOwed, seatsStillOpen, seatsToFill } from './case-facts.js';
import type { EthicsCase } from './ethics-case.js';

const AFTER_REGISTRATION: readonly CaseStatus[] = [
  'registered',
  'clarification',
  'examination',
  'awaitingPlenary',
];
const WITH_DECISION: readonly CaseStatus[] = [
  'decided',
  'awaitingDkpp',
  'decreeIssued',
  'delivered',
  'replacementInProgress',
];
const WITH_DECREE: readonly CaseStatus[] = ['decreeIssued', 'delivered', 'replacementInProgress'];

/**
 * What must hold of a case in each status, as sentences; empty when the case is sound. Used by the
 * property tests and by anyone loading cases from storage who wants to know they are intact.
 */
export function checkCaseInvariants(ethicsCase: EthicsCase, ruleSet: RuleSet): readonly string[] {
  const broken: string[] = [];
  const expect = (holds: unknown, sentence: string) => {
    if (!holds) broken.push(sentence);
  };
  const { status } = ethicsCase;
  expect(CASE_STATUSES.includes(status), `unknown status ${String(status)}`);
  expect(Number.isInteger(ethicsCase.version) && ethicsCase.version >= 1, 'version is a positive integer');
  expect(ethicsCase.milestones.received !== undefined, 'the receipt is recorded');
  expect(ethicsCase.ruleSetCode === ruleSet.code, 'the case is read under its own rule set');

  if (ethicsCase.track === 'kpuInternal' && AFTER_REGISTRATION.includes(status)) {
    expect(ethicsCase.registerNumber, `a ${status} case has a register number`);
  }
  if (status === 'awaitingCorrection') {
    expect((ethicsCase.requestedCorrections ?? []).length > 0, 'a pending correction says what is missing');
  }
  if (status === 'examination' || status === 'awaitingPlenary') {
    expect(ethicsCase.examinationTeam, `a ${status} case has an examination team`);
  }
  if (status === 'awaitingPlenary')
    expect(ethicsCase.examinationReport, 'the plenary has a report to decide on');
  if (WITH_DECISION.includes(status) || (status === 'closed' && ethicsCase.decision)) {
    const outcomes = ethicsCase.decision?.outcomes ?? [];
    expect(ethicsCase.decision, `a ${status} case has a decision`);
    for (const respondent of ethicsCase.respondents) {
      expect(
        outcomes.filter((decided) => decided.membershipId === respondent.membershipId).length === 1,
        `respondent ${respondent.membershipId} has exactly one outcome`,
      );
    }
    for (const decided of outcomes) {
      expect(
        ruleSet.allowedOutcomes.includes(decided.outcome) || ethicsCase.decision?.decidedBy === 'dkpp',
        `outcome ${decided.outcome} is one the commission may decide`,
      );
    }
  }
  if (status === 'awaitingDkpp')
    expect(ethicsCase.forwardedDecision, 'a forwarded case keeps what was forwarded');
  if (WITH_DECREE.includes(status)) expect(ethicsCase.decree, `a ${status} case has a decree`);
  if (status === 'delivered' || status === 'replacementInProgress') {
    expect(recipientsStillOwed(ethicsCase, ruleSet).length === 0, 'every required recipient has the decree');
  }
  if (status === 'replacementInProgress')
    expect(seatsToFill(ethicsCase).length > 0, 'a replacement has a seat to fill');
  if (isTerminal(status)) expect(ethicsCase.closure, `a ${status} case says why it ended`);
  if (status === 'closed') {
    expect(seatsStillOpen(ethicsCase).length === 0, 'a closed case left no dismissed member unreplaced');
    expect(ethicsCase.decree, 'a closed case was decided by decree');
  }
  checkRecords(ethicsCase, expect);
  return broken;
}

/** The case's records: ids unique per list, allegations about its respondents, hearings as they happened. */
function checkRecords(ethicsCase: EthicsCase, expect: (holds: unknown, sentence: string) => void): void {
  const lists = {
    allegation: ethicsCase.allegations,
    session: ethicsCase.sessions,
    'external proceeding': ethicsCase.externalProceedings,
  };
  for (const [name, records] of Object.entries(lists)) {
    expect(new Set(records.map((record) => record.id)).size === records.length, `${name} ids are unique`);
  }
  for (const allegation of ethicsCase.allegations) {
    expect(
      ethicsCase.respondents.some((r) => r.membershipId === allegation.respondentMembershipId),
      `allegation ${allegation.id} is about a respondent of the case`,
    );
  }
  for (const session of ethicsCase.sessions) {
    const summoned = new Set(session.summons.map((summons) => partyKey(summons.party)));
    expect(
      session.attendance.every((entry) => summoned.has(partyKey(entry.party))),
      `session ${session.id} records attendance only of summoned parties`,
    );
    expect(
      !session.minutes || session.minutes.recordedAt >= session.scheduledAt,
      `session ${session.id} has minutes only after it was held`,
    );
  }
}
