import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/index.js';
import { KPT_337_2020, PKPU_8_2019 } from '../rule-sets/rule-set-catalogue.js';
import { deriveRuleSet } from '../rule-sets/rule-set-registry.js';
import { sampleCommand, SAMPLE_EXAMINERS } from '../testing/index.js';
import { CASE_COMMANDS, CASE_STATUSES, ROLES, type CaseStatus } from '../vocabulary/codes.js';
import {
  actorOf,
  contextFor,
  DAY,
  decide,
  decidedWith,
  DELIVER_ALL,
  drive,
  HOUR,
  NOW,
  received,
  TO_PLENARY,
  type Step,
} from '../../test/drive.js';
import { availableCommands, commandAvailability } from './available-commands.js';
import { checkCaseInvariants } from './case-invariants.js';
import { CASE_TRANSITIONS } from './case-transitions.js';
import type { EthicsCase } from './ethics-case.js';
import { refusalOf, transition } from './transition.js';

/** One representative case in every status, reached through real transitions. */
function casesInEveryStatus(): Map<CaseStatus, EthicsCase> {
  const byStatus = new Map<CaseStatus, EthicsCase>();
  const keep = (ethicsCase: EthicsCase) => {
    if (!byStatus.has(ethicsCase.status)) byStatus.set(ethicsCase.status, ethicsCase);
  };
  const paths: Step[][] = [
    ['startScreening', 'requestCorrection'],
    ['startScreening', 'reject'],
    ['startScreening', 'refer'],
    ['withdraw'],
    [...TO_PLENARY.slice(0, 3), 'discontinue'],
    [...TO_PLENARY],
  ];
  const start = received();
  keep(start);
  for (const path of paths) {
    let ethicsCase = start;
    for (const step of path) {
      ethicsCase = drive(ethicsCase, [step]).ethicsCase;
      keep(ethicsCase);
    }
  }
  let dismissal = decidedWith('permanentDismissal');
  keep(dismissal.ethicsCase);
  for (const step of ['issueDecree', ...DELIVER_ALL, 'startReplacement', 'completeReplacement'] as const) {
    dismissal = drive(dismissal.ethicsCase, [step], KPT_337_2020, dismissal.now);
    keep(dismissal.ethicsCase);
  }
  const forwarded = decidedWith('temporaryDismissal', ['forwardToDkpp'], 1, PKPU_8_2019);
  byStatus.set('awaitingDkpp', forwarded.ethicsCase);
  return byStatus;
}

const CASES = casesInEveryStatus();
const caseIn = (status: CaseStatus): EthicsCase => {
  const found = CASES.get(status);
  if (!found) throw new Error(`no fixture in ${status}`);
  return found;
};
const ruleSetOf = (ethicsCase: EthicsCase) =>
  ethicsCase.ruleSetCode === PKPU_8_2019.code ? PKPU_8_2019 : KPT_337_2020;

describe('the transition table', () => {
  it('has a fixture in every status', () => {
    expect([...CASES.keys()].sort()).toEqual([...CASE_STATUSES].sort());
  });

  const statusCommandPairs = CASE_STATUSES.flatMap((status) =>
    CASE_COMMANDS.map((command) => [status, command] as const),
  );
  const refusedPairs = statusCommandPairs.filter(
    ([status, command]) => !CASE_TRANSITIONS[command].from.includes(status),
  );

  it.each(refusedPairs)('refuses %s → %s as not allowed in that status', (status, command) => {
    const ethicsCase = caseIn(status);
    const context = contextFor(ethicsCase, command, {
      now: new Date(NOW.getTime() + 30 * DAY),
      ruleSet: ruleSetOf(ethicsCase),
    });
    const result = transition(ethicsCase, sampleCommand(ethicsCase, command, context), context);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', from: status, command },
    });
  });

  it('accepts no command at all in a terminal status', () => {
    for (const status of ['closed', 'rejected', 'referred', 'discontinued', 'withdrawn'] as const) {
      for (const role of ROLES) {
        const ethicsCase = caseIn(status);
        expect(
          availableCommands(ethicsCase, { ...contextFor(ethicsCase, 'close'), actor: actorOf(role) }),
        ).toEqual([]);
      }
    }
  });

  it('gives each step to the roles the procedure names, and no other', () => {
    // Stated here a second time on purpose: a change to who may act must be made in both places.
    const WHO_MAY = {
      startScreening: ['officer'],
      requestCorrection: ['officer'],
      submitCorrection: ['officer'],
      register: ['officer', 'commissioner'],
      startClarification: ['officer', 'commissioner'],
      discontinue: ['commissioner'],
      formExaminationTeam: ['commissioner'],
      submitExaminationReport: ['examiner'],
      recordPlenaryDecision: ['commissioner'],
      forwardToDkpp: ['commissioner'],
      recordDkppVerdict: ['officer', 'commissioner'],
      issueDecree: ['commissioner'],
      recordDelivery: ['officer'],
      startReplacement: ['officer', 'commissioner'],
      completeReplacement: ['officer', 'commissioner'],
      refer: ['commissioner'],
      reject: ['officer', 'commissioner'],
      withdraw: ['officer'],
      close: ['officer', 'commissioner'],
    };
    expect(
      Object.fromEntries(CASE_COMMANDS.map((command) => [command, CASE_TRANSITIONS[command].roles])),
    ).toEqual(WHO_MAY);
  });

  const roleCommandPairs = CASE_COMMANDS.flatMap((command) =>
    ROLES.filter((role) => !(CASE_TRANSITIONS[command].roles as readonly string[]).includes(role)).map(
      (role) => [command, role] as const,
    ),
  );

  it.each(roleCommandPairs)('refuses %s to the %s role', (command, role) => {
    const status = CASE_TRANSITIONS[command].from[0]!;
    const ethicsCase = caseIn(status);
    const context = {
      ...contextFor(ethicsCase, command, { ruleSet: ruleSetOf(ethicsCase) }),
      actor: actorOf(role),
    };
    expect(refusalOf(ethicsCase, command, context)).toEqual({ code: 'ROLE_NOT_PERMITTED', role, command });
  });

  const permittedPairs = CASE_COMMANDS.flatMap((command) =>
    CASE_TRANSITIONS[command].roles.map((role) => [command, role] as const),
  );

  /** Cases in every status, with the extra variants some commands need to be offered at all. */
  const POOL: readonly EthicsCase[] = [
    ...CASES.values(),
    decidedWith('temporaryDismissal', [], 1, PKPU_8_2019).ethicsCase,
    decidedWith('warning', ['issueDecree', ...DELIVER_ALL]).ethicsCase,
    received('dkppVerdict'),
    received('internalFinding'),
  ];
  const justAfter = (ethicsCase: EthicsCase) =>
    new Date(Math.max(...Object.values(ethicsCase.milestones).map((at) => at.getTime())) + HOUR);

  it.each(permittedPairs)('lets %s be given by a %s of the handling commission', (command, role) => {
    const offered = POOL.filter((ethicsCase) => {
      const context = {
        ...contextFor(ethicsCase, command, { now: justAfter(ethicsCase), ruleSet: ruleSetOf(ethicsCase) }),
        actor: actorOf(role, ethicsCase.commissionId, SAMPLE_EXAMINERS[0].personId),
      };
      return refusalOf(ethicsCase, command, context) === undefined;
    });
    expect(offered.length).toBeGreaterThan(0);
  });

  it.each(permittedPairs)('refuses %s to a %s of another regency', (command, role) => {
    const ethicsCase = caseIn(CASE_TRANSITIONS[command].from[0]!);
    const context = { ...contextFor(ethicsCase, command), actor: actorOf(role, 'kpu-3573') };
    expect(refusalOf(ethicsCase, command, context)).toEqual({
      code: 'OUT_OF_JURISDICTION',
      commissionId: 'kpu-3507',
    });
  });
});

describe('a complaint decided by the KPU Kabupaten/Kota', () => {
  it('walks from receipt to closed through every stage, with a warning', () => {
    const { ethicsCase } = decidedWith('warning', ['issueDecree', ...DELIVER_ALL, 'close']);
    expect(ethicsCase.status).toBe('closed');
    expect(ethicsCase.decree?.number).toBe('12/HK.06.2-Kpt/3507/2025');
    expect(ethicsCase.deliveries.map((delivery) => delivery.recipient)).toEqual([
      'respondent',
      'complainant',
      'superiorBody',
      'provincialCommission',
    ]);
    expect(checkCaseInvariants(ethicsCase, KPT_337_2020)).toEqual([]);
  });

  it('bumps the version and keeps the previous case untouched', () => {
    const start = received();
    const result = transition(start, { type: 'startScreening' }, contextFor(start, 'startScreening'));
    expect(result.ok && result.value.ethicsCase.version).toBe(2);
    expect(start.status).toBe('received');
    expect(start.version).toBe(1);
  });

  it('emits the past-tense event with actor, time and the statuses it moved between', () => {
    const start = received();
    const context = contextFor(start, 'startScreening');
    const result = transition(start, { type: 'startScreening' }, context);
    expect(result.ok && result.value.events).toEqual([
      {
        type: 'screeningStarted',
        caseId: 'case-1',
        at: NOW,
        actor: { userId: 'user-officer', role: 'officer' },
        from: 'received',
        to: 'screening',
        command: { type: 'startScreening' },
      },
    ]);
  });

  it('refuses to register a complaint that lacks its evidence, naming every deficiency', () => {
    const screening = drive(received(), ['startScreening']).ethicsCase;
    const incomplete = { ...screening, complaint: { ...screening.complaint, evidence: [], eventPlace: ' ' } };
    const result = transition(
      incomplete,
      { type: 'register', registerNumber: '0001/ETIK/3507/2025' },
      contextFor(incomplete, 'register'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('REQUIREMENTS_NOT_MET');
    expect(
      result.error.code === 'REQUIREMENTS_NOT_MET' && result.error.deficiencies.map((d) => d.code),
    ).toEqual(expect.arrayContaining(['EVIDENCE_INSUFFICIENT', 'EVENT_PLACE_MISSING']));
    expect(availableCommands(incomplete, contextFor(incomplete, 'register'))).not.toContain('register');
  });

  it('refuses a register number that is not in the register’s format', () => {
    const screening = drive(received(), ['startScreening']).ethicsCase;
    const context = contextFor(screening, 'register');
    for (const registerNumber of ['', '7/ETIK/3507/2025', 'ETIK-1']) {
      expect(transition(screening, { type: 'register', registerNumber }, context)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field: 'registerNumber' },
      });
    }
  });

  it('refuses to register a public complaint straight from receipt, without screening', () => {
    const start = received();
    expect(refusalOf(start, 'register', contextFor(start, 'register'))).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('registers an internal finding without a document check', () => {
    const { ethicsCase } = drive(received('internalFinding'), ['register']);
    expect(ethicsCase.status).toBe('registered');
  });

  it('refuses a plenary decision before the examination report', () => {
    const clarification = drive(received(), TO_PLENARY.slice(0, 3)).ethicsCase;
    const result = transition(
      clarification,
      decide(clarification, 'warning', NOW),
      contextFor(clarification, 'recordPlenaryDecision'),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'RULE_SET_FORBIDS', option: 'directDecision' },
    });
  });

  it('lets a plenary decide straight after clarification where the rule set allows it', () => {
    const direct = deriveRuleSet(KPT_337_2020, { code: 'KPT-337-2020-direct', allowDirectDecision: true });
    const clarification = {
      ...drive(received(), TO_PLENARY.slice(0, 3)).ethicsCase,
      ruleSetCode: direct.code,
    };
    const result = transition(
      clarification,
      decide(clarification, 'warning', NOW),
      contextFor(clarification, 'recordPlenaryDecision', { ruleSet: direct }),
    );
    expect(result.ok && result.value.ethicsCase.status).toBe('decided');
  });

  it('refuses an examination team with a respondent on it', () => {
    const clarification = drive(received(), TO_PLENARY.slice(0, 3)).ethicsCase;
    const respondent = clarification.respondents[0]!;
    const command = {
      type: 'formExaminationTeam' as const,
      chairPersonId: respondent.personId,
      memberPersonIds: [SAMPLE_EXAMINERS[1].personId, SAMPLE_EXAMINERS[2].personId],
      teamMembers: [
        {
          personId: respondent.personId,
          name: respondent.name,
          bodyIds: [respondent.bodyId],
          declarations: [],
        },
        ...SAMPLE_EXAMINERS.slice(1).map((examiner) => ({ ...examiner, bodyIds: [], declarations: [] })),
      ],
    };
    const result = transition(clarification, command, contextFor(clarification, 'formExaminationTeam'));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'CONFLICT_OF_INTEREST')
      throw new Error('expected a conflict of interest');
    expect(result.error.violations.map((violation) => violation.code)).toEqual(
      expect.arrayContaining(['TEAM_MEMBER_IS_PARTY', 'TEAM_MEMBER_IN_RESPONDENT_BODY']),
    );
  });

  it('lets only an examiner on the team submit the report', () => {
    const examination = drive(received(), TO_PLENARY.slice(0, 4)).ethicsCase;
    const outsider = {
      ...contextFor(examination, 'submitExaminationReport'),
      actor: actorOf('examiner', 'kpu-3507', 'person-x'),
    };
    expect(refusalOf(examination, 'submitExaminationReport', outsider)).toEqual({
      code: 'NOT_ON_EXAMINATION_TEAM',
      userId: 'user-examiner',
    });
    expect(
      refusalOf(examination, 'submitExaminationReport', contextFor(examination, 'submitExaminationReport')),
    ).toBeUndefined();
  });

  it('refuses an empty examination report', () => {
    const examination = drive(received(), TO_PLENARY.slice(0, 4)).ethicsCase;
    const result = transition(
      examination,
      { type: 'submitExaminationReport', summary: '  ' },
      contextFor(examination, 'submitExaminationReport'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'summary' } });
  });

  it('refuses a decision without quorum', () => {
    const atPlenary = drive(received(), TO_PLENARY).ethicsCase;
    const command = {
      ...decide(atPlenary, 'warning', NOW),
      plenary: { heldAt: NOW, commissionersPresent: 2, commissionSize: 5 },
    };
    expect(transition(atPlenary, command, contextFor(atPlenary, 'recordPlenaryDecision'))).toMatchObject({
      ok: false,
      error: { code: 'QUORUM_NOT_MET', present: 2, required: 3 },
    });
  });

  it('refuses a decision that leaves a respondent without an outcome', () => {
    const atPlenary = drive(received('publicComplaint', 2), TO_PLENARY).ethicsCase;
    const command = decide(atPlenary, 'warning', NOW);
    const partial = {
      ...command,
      outcomes: command.type === 'recordPlenaryDecision' ? command.outcomes.slice(0, 1) : [],
    };
    expect(transition(atPlenary, partial, contextFor(atPlenary, 'recordPlenaryDecision'))).toMatchObject({
      ok: false,
      error: { code: 'OUTCOME_MISSING', membershipId: 'membership-1' },
    });
  });

  it('refuses an outcome for someone who is not a respondent, and two outcomes for one respondent', () => {
    const atPlenary = drive(received(), TO_PLENARY).ethicsCase;
    const context = contextFor(atPlenary, 'recordPlenaryDecision');
    const stranger = {
      membershipId: 'membership-99',
      finding: 'proven' as const,
      outcome: 'warning' as const,
    };
    const base = {
      type: 'recordPlenaryDecision' as const,
      plenary: { heldAt: NOW, commissionersPresent: 5, commissionSize: 5 },
    };
    expect(transition(atPlenary, { ...base, outcomes: [stranger] }, context)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_RESPONDENT' },
    });
    const twice = { ...stranger, membershipId: 'membership-0' };
    expect(transition(atPlenary, { ...base, outcomes: [twice, twice] }, context)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', reason: 'duplicateRespondent' },
    });
  });

  it('refuses outcome, finding, measure and principle codes it does not know', () => {
    const atPlenary = drive(received(), TO_PLENARY).ethicsCase;
    const context = contextFor(atPlenary, 'recordPlenaryDecision');
    const base = {
      type: 'recordPlenaryDecision' as const,
      plenary: { heldAt: NOW, commissionersPresent: 5, commissionSize: 5 },
    };
    const valid = { membershipId: 'membership-0', finding: 'proven' as const, outcome: 'warning' as const };
    for (const [field, outcome] of [
      ['outcomes.outcome', { ...valid, outcome: 'exile' }],
      ['outcomes.finding', { ...valid, finding: 'maybe' }],
      ['outcomes.additionalMeasures', { ...valid, additionalMeasures: ['pushups'] }],
      // The statute's term, not the catalogue's code: reports by principle count codes.
      ['outcomes.principlesViolated', { ...valid, principlesViolated: ['mandiri'] }],
    ] as const) {
      expect(transition(atPlenary, { ...base, outcomes: [outcome as never] }, context)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field },
      });
    }
    expect(
      transition(
        atPlenary,
        { ...base, plenary: { ...base.plenary, commissionSize: 0 }, outcomes: [valid] },
        context,
      ),
    ).toMatchObject({
      ok: false,
      error: { field: 'plenary.commissionSize' },
    });
  });

  it('refuses a plenary held in the future or before the case was received', () => {
    const atPlenary = drive(received(), TO_PLENARY).ethicsCase;
    const context = contextFor(atPlenary, 'recordPlenaryDecision');
    expect(
      transition(atPlenary, decide(atPlenary, 'warning', new Date(NOW.getTime() + DAY)), context),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', reason: 'inFuture' },
    });
    expect(transition(atPlenary, decide(atPlenary, 'warning', new Date(0)), context)).toMatchObject({
      ok: false,
      error: { code: 'DATE_BEFORE_RECEIPT' },
    });
  });

  it('orders a dismissed member suspended at the decision and dismissed at the decree', () => {
    const decided = decidedWith('permanentDismissal');
    const atPlenary = drive(received(), TO_PLENARY);
    const decision = transition(
      atPlenary.ethicsCase,
      decide(atPlenary.ethicsCase, 'permanentDismissal', atPlenary.now),
      contextFor(atPlenary.ethicsCase, 'recordPlenaryDecision'),
    );
    expect(
      decision.ok &&
        decision.value.events.map((event) => event.type === 'membershipChangeOrdered' && event.change),
    ).toEqual([false, 'suspend']);
    const decree = transition(
      decided.ethicsCase,
      sampleCommand(decided.ethicsCase, 'issueDecree', { now: NOW, ruleSet: KPT_337_2020 }),
      contextFor(decided.ethicsCase, 'issueDecree'),
    );
    expect(decree.ok && decree.value.events[1]).toMatchObject({
      type: 'membershipChangeOrdered',
      membershipId: 'membership-0',
      change: 'dismiss',
    });
  });

  it('refuses to close a dismissal before the seat is filled, and closes once it is', () => {
    const delivered = decidedWith('permanentDismissal', ['issueDecree', ...DELIVER_ALL]);
    expect(delivered.ethicsCase.status).toBe('delivered');
    expect(refusalOf(delivered.ethicsCase, 'close', contextFor(delivered.ethicsCase, 'close'))).toEqual({
      code: 'DISMISSAL_NEEDS_REPLACEMENT',
    });
    const closed = drive(
      delivered.ethicsCase,
      ['startReplacement', 'completeReplacement'],
      KPT_337_2020,
      delivered.now,
    );
    expect(closed.ethicsCase.status).toBe('closed');
    expect(closed.ethicsCase.replacements).toHaveLength(1);
  });

  it('fills every dismissed respondent’s seat before it closes', () => {
    const replacing = decidedWith(
      'permanentDismissal',
      ['issueDecree', ...DELIVER_ALL, 'startReplacement'],
      2,
    );
    const first = drive(replacing.ethicsCase, ['completeReplacement'], KPT_337_2020, replacing.now);
    expect(first.ethicsCase.status).toBe('replacementInProgress');
    const again = transition(
      first.ethicsCase,
      {
        type: 'completeReplacement',
        vacatedMembershipId: 'membership-0',
        method: 'nextRank',
        replacementMembershipId: 'm-x',
        swornAt: NOW,
        vacated: undefined,
        memberships: [],
      },
      contextFor(first.ethicsCase, 'completeReplacement', { now: new Date(NOW.getTime() + 30 * DAY) }),
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'REPLACEMENT_NOT_NEEDED' } });
    expect(drive(first.ethicsCase, ['completeReplacement'], KPT_337_2020, first.now).ethicsCase.status).toBe(
      'closed',
    );
  });

  it('refuses a replacement for a case without a dismissal', () => {
    const delivered = decidedWith('warning', ['issueDecree', ...DELIVER_ALL]);
    expect(
      refusalOf(
        delivered.ethicsCase,
        'startReplacement',
        contextFor(delivered.ethicsCase, 'startReplacement'),
      ),
    ).toEqual({ code: 'NO_DISMISSAL_TO_REPLACE' });
  });

  it('stays at decree issued until every required recipient has it, and refuses a second delivery to one', () => {
    const partly = decidedWith('warning', ['issueDecree', 'recordDelivery']);
    expect(partly.ethicsCase.status).toBe('decreeIssued');
    const context = contextFor(partly.ethicsCase, 'recordDelivery', {
      now: new Date(NOW.getTime() + 30 * DAY),
    });
    const again = {
      type: 'recordDelivery' as const,
      recipient: 'respondent' as const,
      deliveredAt: partly.now,
      channel: 'pos',
    };
    expect(transition(partly.ethicsCase, again, context)).toMatchObject({
      ok: false,
      error: { code: 'DELIVERY_ALREADY_RECORDED' },
    });
    const bawaslu = { ...again, recipient: 'bawaslu' as const };
    expect(transition(partly.ethicsCase, bawaslu, context)).toMatchObject({
      ok: false,
      error: { code: 'RECIPIENT_NOT_REQUIRED' },
    });
  });

  it('refuses a delivery or a replacement dated before the case or with no channel', () => {
    const decreed = decidedWith('permanentDismissal', ['issueDecree']);
    const context = contextFor(decreed.ethicsCase, 'recordDelivery', {
      now: new Date(NOW.getTime() + 30 * DAY),
    });
    const blank = {
      type: 'recordDelivery' as const,
      recipient: 'respondent' as const,
      deliveredAt: decreed.now,
      channel: ' ',
    };
    expect(transition(decreed.ethicsCase, blank, context)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'channel' },
    });
    const replacing = drive(
      decreed.ethicsCase,
      [...DELIVER_ALL, 'startReplacement'],
      KPT_337_2020,
      decreed.now,
    ).ethicsCase;
    const noReplacement = {
      type: 'completeReplacement' as const,
      vacatedMembershipId: 'membership-0',
      method: 'nextRank' as const,
      swornAt: NOW,
      vacated: undefined,
      memberships: [],
    };
    expect(
      transition(
        replacing,
        noReplacement,
        contextFor(replacing, 'completeReplacement', { now: new Date(NOW.getTime() + 30 * DAY) }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'replacementMembershipId' },
    });
    const byPps = {
      ...noReplacement,
      method: 'appointmentByPps' as const,
      swornAt: new Date(NOW.getTime() + 20 * DAY),
      // A KPPS seat with no reserve left: the PPS appoints.
      vacated: {
        id: 'membership-0',
        personId: 'p-0',
        bodyId: 'body-kpps-0',
        bodyType: 'kpps' as const,
        position: 'member' as const,
        status: 'dismissed' as const,
        history: [],
      },
    };
    expect(
      transition(
        replacing,
        byPps,
        contextFor(replacing, 'completeReplacement', { now: new Date(NOW.getTime() + 30 * DAY) }),
      ),
    ).toMatchObject({
      ok: true,
      value: { ethicsCase: { status: 'closed' } },
    });
  });

  it('refuses a replacement out of rank, and takes it once the better-ranked reserve is passed over', () => {
    const decreed = decidedWith('permanentDismissal', ['issueDecree']);
    const replacing = drive(
      decreed.ethicsCase,
      [...DELIVER_ALL, 'startReplacement'],
      KPT_337_2020,
      decreed.now,
    ).ethicsCase;
    const seat = {
      id: 'membership-0',
      personId: 'p-0',
      bodyId: 'body-kpps-0',
      bodyType: 'kpps' as const,
      position: 'member' as const,
      status: 'dismissed' as const,
      history: [],
    };
    const reserve = (id: string, selectionRank: number) => ({
      ...seat,
      id,
      personId: `p-${id}`,
      status: 'candidate' as const,
      selectionRank,
    });
    const rank9 = {
      type: 'completeReplacement' as const,
      vacatedMembershipId: 'membership-0',
      method: 'nextRank' as const,
      replacementMembershipId: 'm-9',
      swornAt: NOW,
      vacated: seat,
      memberships: [seat, reserve('m-8', 8), reserve('m-9', 9)],
    };
    const context = contextFor(replacing, 'completeReplacement', { now: new Date(NOW.getTime() + 30 * DAY) });
    expect(transition(replacing, rank9, context)).toMatchObject({
      ok: false,
      error: { code: 'REPLACEMENT_OUT_OF_RANK', waitingMembershipId: 'm-8', waitingRank: 8 },
    });
    const skipped = { ...rank9, skippedReserves: [{ membershipId: 'm-8', reason: 'declined' as const }] };
    expect(transition(replacing, skipped, context)).toMatchObject({
      ok: true,
      value: { ethicsCase: { status: 'closed', replacements: [{ replacementMembershipId: 'm-9' }] } },
    });
  });

  it('refuses a decree without a number', () => {
    const decided = decidedWith('warning');
    const command = { type: 'issueDecree' as const, decreeNumber: '', signedAt: decided.now };
    expect(
      transition(
        decided.ethicsCase,
        command,
        contextFor(decided.ethicsCase, 'issueDecree', { now: new Date(NOW.getTime() + 30 * DAY) }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'decreeNumber' },
    });
  });

  it('discontinues a case when clarification finds nothing, with a reason', () => {
    const clarification = drive(received(), TO_PLENARY.slice(0, 3)).ethicsCase;
    const context = contextFor(clarification, 'discontinue');
    expect(transition(clarification, { type: 'discontinue', reason: '' }, context)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const result = transition(clarification, { type: 'discontinue', reason: 'Tidak ada indikasi.' }, context);
    expect(result.ok && result.value.ethicsCase).toMatchObject({
      status: 'discontinued',
      closure: { reason: 'Tidak ada indikasi.' },
    });
  });

  it('refers a matter outside its jurisdiction and says to whom', () => {
    const screening = drive(received(), ['startScreening']).ethicsCase;
    const context = contextFor(screening, 'refer');
    expect(transition(screening, { type: 'refer', referredTo: '', reason: 'x' }, context)).toMatchObject({
      ok: false,
      error: { field: 'referredTo' },
    });
    expect(
      transition(screening, { type: 'refer', referredTo: 'Bawaslu', reason: '' }, context),
    ).toMatchObject({ ok: false, error: { field: 'reason' } });
    const result = transition(
      screening,
      { type: 'refer', referredTo: 'Bawaslu Kabupaten Malang', reason: 'Teradu anggota Panwascam.' },
      context,
    );
    expect(result.ok && result.value.ethicsCase.closure).toMatchObject({
      referredTo: 'Bawaslu Kabupaten Malang',
    });
  });
});

describe('corrections', () => {
  const awaiting = () => drive(received(), ['startScreening', 'requestCorrection']);

  it('refuses a correction request that names nothing missing', () => {
    const screening = drive(received(), ['startScreening']).ethicsCase;
    expect(
      transition(
        screening,
        { type: 'requestCorrection', deficiencies: [] },
        contextFor(screening, 'requestCorrection'),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'deficiencies' },
    });
  });

  it('takes a correction within the window and screens again', () => {
    const { ethicsCase, now } = awaiting();
    const corrected = drive(ethicsCase, ['submitCorrection'], KPT_337_2020, now).ethicsCase;
    expect(corrected.status).toBe('screening');
    expect(corrected.requestedCorrections).toEqual([]);
  });

  it('refuses a correction after the window and offers rejection instead', () => {
    const { ethicsCase, now } = awaiting();
    const late = new Date(now.getTime() + 5 * DAY);
    const context = contextFor(ethicsCase, 'submitCorrection', { now: late });
    const result = transition(
      ethicsCase,
      { type: 'submitCorrection', complaint: ethicsCase.complaint },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'DEADLINE_PASSED', deadline: 'correction' } });
    expect(availableCommands(ethicsCase, { ...context, actor: actorOf('officer') })).toEqual([
      'reject',
      'withdraw',
    ]);
  });

  it('refuses to reject a pending correction while its window is open', () => {
    const { ethicsCase, now } = awaiting();
    const context = contextFor(ethicsCase, 'reject', { now: new Date(now.getTime() + HOUR) });
    expect(transition(ethicsCase, { type: 'reject', reason: 'Terlambat.' }, context)).toMatchObject({
      ok: false,
      error: { code: 'DEADLINE_NOT_PASSED', deadline: 'correction' },
    });
  });
});

describe('withdrawal', () => {
  it('lets a complainant withdraw before the decision under KPT 337/2020', () => {
    const start = received();
    const result = transition(
      start,
      { type: 'withdraw', reason: 'Dicabut oleh pengadu.' },
      contextFor(start, 'withdraw'),
    );
    expect(result.ok && result.value.ethicsCase.status).toBe('withdrawn');
  });

  it('refuses withdrawal where the rule set forbids it', () => {
    const start = { ...received(), ruleSetCode: PKPU_8_2019.code };
    expect(refusalOf(start, 'withdraw', contextFor(start, 'withdraw', { ruleSet: PKPU_8_2019 }))).toEqual({
      code: 'RULE_SET_FORBIDS',
      option: 'withdrawal',
    });
  });

  it('refuses to withdraw an internal finding: no complainant owns it', () => {
    const finding = received('internalFinding');
    expect(refusalOf(finding, 'withdraw', contextFor(finding, 'withdraw'))).toEqual({
      code: 'NOT_WITHDRAWABLE',
      reason: 'noComplainant',
    });
  });
});

describe('the 2019 regime: DKPP decides dismissal', () => {
  it('refuses to let the commission decide a permanent dismissal', () => {
    const atPlenary = drive(received(), TO_PLENARY, PKPU_8_2019);
    const result = transition(
      atPlenary.ethicsCase,
      decide(atPlenary.ethicsCase, 'permanentDismissal', atPlenary.now),
      contextFor(atPlenary.ethicsCase, 'recordPlenaryDecision', {
        ruleSet: PKPU_8_2019,
        now: new Date(atPlenary.now.getTime() + HOUR),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'OUTCOME_NOT_ALLOWED', outcome: 'permanentDismissal', ruleSetCode: 'PKPU-8-2019' },
    });
  });

  it('forwards a temporary dismissal to DKPP, refuses a decree meanwhile, and executes the verdict', () => {
    const decided = decidedWith('temporaryDismissal', [], 1, PKPU_8_2019);
    const context = contextFor(decided.ethicsCase, 'issueDecree', { ruleSet: PKPU_8_2019 });
    expect(refusalOf(decided.ethicsCase, 'issueDecree', context)).toEqual({ code: 'DKPP_VERDICT_REQUIRED' });
    const forwarded = drive(decided.ethicsCase, ['forwardToDkpp'], PKPU_8_2019, decided.now);
    expect(forwarded.ethicsCase).toMatchObject({
      status: 'awaitingDkpp',
      forwardedDecision: { decidedBy: 'commission' },
    });
    const verdict = {
      type: 'recordDkppVerdict' as const,
      dkppCaseNumber: '12-PKE-DKPP/II/2020',
      readAt: forwarded.now,
      outcomes: [
        { membershipId: 'membership-0', finding: 'proven' as const, outcome: 'permanentDismissal' as const },
      ],
    };
    const executed = drive(
      forwarded.ethicsCase,
      [verdict, 'issueDecree', ...DELIVER_ALL, 'startReplacement', 'completeReplacement'],
      PKPU_8_2019,
      forwarded.now,
    );
    expect(executed.ethicsCase.status).toBe('closed');
    expect(executed.ethicsCase.decision).toMatchObject({
      decidedBy: 'dkpp',
      dkppCaseNumber: '12-PKE-DKPP/II/2020',
    });
  });

  it('refuses to forward a decision DKPP need not see', () => {
    const decided = decidedWith('warning', [], 1, PKPU_8_2019);
    expect(
      refusalOf(
        decided.ethicsCase,
        'forwardToDkpp',
        contextFor(decided.ethicsCase, 'forwardToDkpp', { ruleSet: PKPU_8_2019 }),
      ),
    ).toEqual({ code: 'NOTHING_TO_FORWARD' });
  });
});

describe('the DKPP track', () => {
  const dkppCase = () => received('dkppVerdict');
  const verdict = (readAt: Date, outcome: 'permanentDismissal' | 'warning' = 'permanentDismissal') => ({
    type: 'recordDkppVerdict' as const,
    dkppCaseNumber: '69-PKE-DKPP/V/2024',
    readAt,
    outcomes: [{ membershipId: 'membership-0', finding: 'proven' as const, outcome }],
  });

  it('records the verdict on receipt and executes it to closed', () => {
    const start = dkppCase();
    expect(
      availableCommands(start, { ...contextFor(start, 'recordDkppVerdict'), actor: actorOf('officer') }),
    ).toEqual(['recordDkppVerdict']);
    const { ethicsCase } = drive(start, [
      verdict(start.receivedAt),
      'issueDecree',
      'recordDelivery',
      'recordDelivery',
      'recordDelivery',
      'startReplacement',
      'completeReplacement',
    ]);
    expect(ethicsCase.status).toBe('closed');
    expect(ethicsCase.milestones.dkppVerdictRead).toEqual(start.receivedAt);
  });

  it('refuses screening, which only the internal track has', () => {
    const start = dkppCase();
    expect(refusalOf(start, 'startScreening', contextFor(start, 'startScreening'))).toEqual({
      code: 'TRACK_NOT_ALLOWED',
      track: 'dkppExternal',
      command: 'startScreening',
    });
  });

  it('refuses a verdict without a DKPP case number or read in the future', () => {
    const start = dkppCase();
    const context = contextFor(start, 'recordDkppVerdict');
    expect(transition(start, { ...verdict(start.receivedAt), dkppCaseNumber: ' ' }, context)).toMatchObject({
      ok: false,
      error: { field: 'dkppCaseNumber' },
    });
    expect(transition(start, verdict(new Date(NOW.getTime() + DAY)), context)).toMatchObject({
      ok: false,
      error: { field: 'readAt', reason: 'inFuture' },
    });
    expect(transition(start, verdict(new Date(Number.NaN)), context)).toMatchObject({
      ok: false,
      error: { field: 'readAt', reason: 'notADate' },
    });
  });

  it('refuses a DKPP verdict on an internal case that was never forwarded', () => {
    const start = received();
    expect(refusalOf(start, 'recordDkppVerdict', contextFor(start, 'recordDkppVerdict'))).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });
});

describe('every source', () => {
  it.each([
    'publicComplaint',
    'report',
    'internalFinding',
    'bawasluRecommendation',
    'adhocBodyReport',
  ] as const)('takes a %s through to closed', (source) => {
    const start = received(source);
    const screening = source === 'internalFinding' ? [] : (['startScreening'] as const);
    const toPlenary = drive(start, [
      ...screening,
      'register',
      'startClarification',
      'formExaminationTeam',
      'submitExaminationReport',
    ]);
    const decided = drive(
      toPlenary.ethicsCase,
      [decide(toPlenary.ethicsCase, 'strongWarning', toPlenary.now)],
      KPT_337_2020,
      toPlenary.now,
    );
    let state = drive(decided.ethicsCase, ['issueDecree'], KPT_337_2020, decided.now);
    while (state.ethicsCase.status === 'decreeIssued')
      state = drive(state.ethicsCase, ['recordDelivery'], KPT_337_2020, state.now);
    const closed = drive(state.ethicsCase, ['close'], KPT_337_2020, state.now).ethicsCase;
    expect(closed.status).toBe('closed');
    expect(closed.deliveries.some((d) => d.recipient === 'bawaslu')).toBe(source === 'bawasluRecommendation');
    expect(closed.deliveries.some((d) => d.recipient === 'complainant')).toBe(
      source === 'publicComplaint' || source === 'report',
    );
  });
});

describe('command availability', () => {
  it('explains why each command is not available', () => {
    const start = received();
    const availability = commandAvailability(start, {
      ...contextFor(start, 'startScreening'),
      actor: actorOf('officer'),
    });
    expect(availability.find((entry) => entry.command === 'startScreening')).toEqual({
      command: 'startScreening',
      available: true,
    });
    expect(availability.find((entry) => entry.command === 'issueDecree')).toMatchObject({
      available: false,
      refusal: { code: 'ROLE_NOT_PERMITTED' },
    });
  });

  it('offers a commissioner at the plenary exactly the decision', () => {
    const atPlenary = drive(received(), TO_PLENARY).ethicsCase;
    expect(
      availableCommands(atPlenary, {
        ...contextFor(atPlenary, 'recordPlenaryDecision'),
        actor: actorOf('commissioner'),
      }),
    ).toEqual(['recordPlenaryDecision']);
  });

  it('offers analysts and supervisors nothing: they read', () => {
    const start = received();
    for (const role of ['analyst', 'provincialSupervisor', 'nationalAdmin'] as const) {
      expect(
        availableCommands(start, { ...contextFor(start, 'startScreening'), actor: actorOf(role) }),
      ).toEqual([]);
    }
  });

  it('throws on a command the table does not know: that is a bug, not a refusal', () => {
    const start = received();
    expect(() => refusalOf(start, 'explode' as never, contextFor(start, 'startScreening'))).toThrow(
      /Unknown case command/,
    );
  });

  it('uses the shipped calendar', () => {
    expect(defaultCalendar.isWorkingDay(defaultCalendar.coverage.from)).toBeTypeOf('boolean');
  });
});
