import { describe, expect, it } from 'vitest';
import {
  DAY,
  drive,
  decidedWith,
  DELIVER_ALL,
  NOW,
  received,
  TO_PLENARY,
  type Step,
} from '../../test/drive.js';
import { aSession, anAllegation, recordContext, withRecords } from '../../test/records.js';
import { actorOf } from '../../test/drive.js';
import { availableCommands } from '../ethics-case/available-commands.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import { PKPU_8_2019 } from '../rule-sets/rule-set-catalogue.js';
import {
  CASE_STATUSES,
  RECORD_ACTIONS,
  ROLES,
  SESSION_KINDS,
  type CaseStatus,
  type RecordActionType,
  type Role,
  type SessionKind,
} from '../vocabulary/codes.js';
import { availableRecordActions, recordActionRefusal } from './apply-record-action.js';
import { RECORD_ACTION_RULES, type Grant } from './record-actions.js';

/** One case in every status, reached through real transitions. */
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
  keep(received());
  for (const path of paths) {
    let ethicsCase = received();
    for (const step of path) {
      ethicsCase = drive(ethicsCase, [step]).ethicsCase;
      keep(ethicsCase);
    }
  }
  let dismissal = decidedWith('permanentDismissal');
  keep(dismissal.ethicsCase);
  for (const step of ['issueDecree', ...DELIVER_ALL, 'startReplacement', 'completeReplacement'] as const) {
    dismissal = drive(dismissal.ethicsCase, [step], undefined, dismissal.now);
    keep(dismissal.ethicsCase);
  }
  byStatus.set(
    'awaitingDkpp',
    decidedWith('temporaryDismissal', ['forwardToDkpp'], 1, PKPU_8_2019).ethicsCase,
  );
  return byStatus;
}

const CASES = casesInEveryStatus();
/** The case in `status`, with one record of each kind to act on. */
const caseWithRecordsIn = (status: CaseStatus): EthicsCase => {
  const ethicsCase = CASES.get(status)!;
  return withRecords(ethicsCase, {
    allegations: [anAllegation(ethicsCase)],
    sessions: [aSession({ id: 'clarification-1' }), aSession({ id: 'examination-1', kind: 'examination' })],
    externalProceedings: [
      {
        id: 'proceeding-1',
        forum: 'dkpp',
        kind: 'proceeding',
        filedAt: ethicsCase.receivedAt,
        status: 'filed',
        recordedAt: ethicsCase.receivedAt,
      },
    ],
  });
};
const targetFor = (action: RecordActionType, kind: SessionKind) => {
  switch (RECORD_ACTION_RULES[action].target) {
    case 'allegation':
      return { targetId: 'allegation-1' };
    case 'session':
      return { targetId: `${kind}-1` };
    case 'externalProceeding':
      return { targetId: 'proceeding-1' };
    default:
      return { sessionKind: kind };
  }
};
const grantsFor = (action: RecordActionType, kind: SessionKind): readonly Grant[] => {
  const grants = RECORD_ACTION_RULES[action].grants;
  return Array.isArray(grants) ? grants : (grants as Record<SessionKind, readonly Grant[]>)[kind];
};

describe('the record-action table', () => {
  it('has a case in every status', () => {
    expect([...CASES.keys()].sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('grants each action to the roles and statuses the procedure gives it', () => {
    // Stated here a second time on purpose: a change to who may act must be made in both places.
    const OFFICE: Role[] = ['officer', 'commissioner'];
    const BEFORE_PLENARY = ['received', 'screening', 'awaitingCorrection', 'registered', 'clarification'];
    const allegations = [
      { statuses: [...BEFORE_PLENARY, 'examination'], roles: OFFICE },
      { statuses: ['examination'], roles: ['examiner'] },
    ];
    const scheduling = {
      clarification: [{ statuses: ['registered', 'clarification'], roles: OFFICE }],
      examination: [{ statuses: ['examination'], roles: [...OFFICE, 'examiner'] }],
    };
    const hearing = {
      clarification: [
        { statuses: ['clarification', 'examination', 'awaitingPlenary', 'discontinued'], roles: OFFICE },
      ],
      examination: [{ statuses: ['examination', 'awaitingPlenary'], roles: [...OFFICE, 'examiner'] }],
    };
    const proceedings = [{ statuses: [...CASE_STATUSES], roles: ['officer'] }];
    expect(Object.fromEntries(RECORD_ACTIONS.map((a) => [a, RECORD_ACTION_RULES[a].grants]))).toEqual({
      addAllegation: allegations,
      updateAllegation: allegations,
      removeAllegation: allegations,
      recordAllegationFinding: [
        { statuses: ['examination'], roles: ['examiner', 'commissioner'] },
        { statuses: ['awaitingPlenary', 'decided'], roles: ['commissioner'] },
      ],
      scheduleSession: scheduling,
      recordSummons: scheduling,
      recordAttendance: hearing,
      recordSessionMinutes: hearing,
      recordExternalProceeding: proceedings,
      updateExternalProceeding: proceedings,
    });
  });

  it('refuses or offers every action, to every role, in every status, as its grants say', () => {
    const disagreements: string[] = [];
    for (const action of RECORD_ACTIONS) {
      for (const kind of SESSION_KINDS) {
        const grants = grantsFor(action, kind);
        for (const status of CASE_STATUSES) {
          const ethicsCase = caseWithRecordsIn(status);
          for (const role of ROLES) {
            const forRole = grants.filter((grant) => grant.roles.includes(role));
            const expected =
              forRole.length === 0
                ? 'ROLE_NOT_PERMITTED'
                : forRole.some((grant) => grant.statuses.includes(status))
                  ? undefined
                  : 'TRANSITION_NOT_ALLOWED';
            const refusal = recordActionRefusal(
              ethicsCase,
              action,
              targetFor(action, kind),
              recordContext(role),
            );
            if (refusal?.code !== expected) {
              disagreements.push(`${action}/${kind} ${status} ${role}: ${refusal?.code} ≠ ${expected}`);
            }
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses everything to the roles of another regency first', () => {
    const ethicsCase = caseWithRecordsIn('examination');
    for (const action of RECORD_ACTIONS) {
      const context = { ...recordContext('officer'), actor: actorOf('officer', 'kpu-3573') };
      expect(recordActionRefusal(ethicsCase, action, { targetId: 'nowhere' }, context)).toEqual({
        code: 'OUT_OF_JURISDICTION',
        commissionId: 'kpu-3507',
      });
    }
  });

  it('names the record that is not there', () => {
    const ethicsCase = caseWithRecordsIn('examination');
    const context = recordContext('commissioner');
    expect(recordActionRefusal(ethicsCase, 'recordAllegationFinding', { targetId: 'x' }, context)).toEqual({
      code: 'RECORD_NOT_FOUND',
      recordType: 'allegation',
      id: 'x',
    });
    expect(recordActionRefusal(ethicsCase, 'recordSummons', {}, context)).toMatchObject({
      code: 'RECORD_NOT_FOUND',
      recordType: 'session',
      id: '',
    });
    expect(
      recordActionRefusal(
        ethicsCase,
        'updateExternalProceeding',
        { targetId: 'x' },
        recordContext('officer'),
      ),
    ).toMatchObject({ code: 'RECORD_NOT_FOUND', recordType: 'externalProceeding' });
  });

  it('refuses scheduling a session of no known kind', () => {
    const ethicsCase = caseWithRecordsIn('clarification');
    for (const target of [{}, { sessionKind: 'hearing' as SessionKind }]) {
      expect(recordActionRefusal(ethicsCase, 'scheduleSession', target, recordContext('officer'))).toEqual({
        code: 'INVALID_INPUT',
        field: 'kind',
        reason: 'unknown',
      });
    }
  });

  it('lets only examiners who sit on the case’s team act as examiners', () => {
    const ethicsCase = caseWithRecordsIn('examination');
    const offTeam = recordContext('examiner', { actor: actorOf('examiner', 'kpu-3507', 'person-elsewhere') });
    const noPerson = recordContext('examiner', { actor: actorOf('examiner') });
    for (const context of [offTeam, noPerson]) {
      expect(
        recordActionRefusal(ethicsCase, 'scheduleSession', { sessionKind: 'examination' }, context),
      ).toEqual({ code: 'NOT_ON_EXAMINATION_TEAM', userId: 'user-examiner' });
    }
    expect(
      recordActionRefusal(
        ethicsCase,
        'scheduleSession',
        { sessionKind: 'examination' },
        recordContext('examiner'),
      ),
    ).toBeUndefined();
  });
});

describe('the actions offered on a case', () => {
  it('are one per record, with the kind of session they concern', () => {
    const ethicsCase = caseWithRecordsIn('examination');
    expect(availableRecordActions(ethicsCase, recordContext('examiner'))).toEqual([
      { action: 'addAllegation' },
      { action: 'updateAllegation', targetId: 'allegation-1' },
      { action: 'removeAllegation', targetId: 'allegation-1' },
      { action: 'recordAllegationFinding', targetId: 'allegation-1' },
      { action: 'scheduleSession', sessionKind: 'examination' },
      { action: 'recordSummons', targetId: 'examination-1', sessionKind: 'examination' },
      { action: 'recordAttendance', targetId: 'examination-1', sessionKind: 'examination' },
      { action: 'recordSessionMinutes', targetId: 'examination-1', sessionKind: 'examination' },
    ]);
  });

  it('give officers the clarification hearings’ paperwork and the external proceedings', () => {
    const ethicsCase = caseWithRecordsIn('clarification');
    expect(availableRecordActions(ethicsCase, recordContext('officer'))).toEqual([
      { action: 'addAllegation' },
      { action: 'updateAllegation', targetId: 'allegation-1' },
      { action: 'removeAllegation', targetId: 'allegation-1' },
      { action: 'scheduleSession', sessionKind: 'clarification' },
      { action: 'recordSummons', targetId: 'clarification-1', sessionKind: 'clarification' },
      { action: 'recordAttendance', targetId: 'clarification-1', sessionKind: 'clarification' },
      { action: 'recordSessionMinutes', targetId: 'clarification-1', sessionKind: 'clarification' },
      { action: 'recordExternalProceeding' },
      { action: 'updateExternalProceeding', targetId: 'proceeding-1' },
    ]);
  });

  it('hide what a record’s state forbids: editing a found allegation, recording a session before it or twice', () => {
    const ethicsCase = caseWithRecordsIn('examination');
    const found = withRecords(ethicsCase, {
      allegations: [anAllegation(ethicsCase, { finding: 'proven' })],
      sessions: [
        aSession({ id: 'ahead', kind: 'examination', scheduledAt: new Date(NOW.getTime() + DAY) }),
        aSession({
          id: 'closed',
          kind: 'examination',
          minutes: { reference: 'BA-1', summary: 'Selesai', recordedAt: NOW },
        }),
      ],
    });
    const offered = availableRecordActions(found, recordContext('commissioner')).map(
      (item) => `${item.action}${item.targetId ? `:${item.targetId}` : ''}`,
    );
    expect(offered).toEqual([
      'addAllegation',
      'recordAllegationFinding:allegation-1',
      'scheduleSession',
      'recordSummons:ahead',
    ]);
  });

  it('are none for the roles that only read', () => {
    for (const role of ['analyst', 'provincialSupervisor', 'nationalAdmin'] as const) {
      expect(availableRecordActions(caseWithRecordsIn('examination'), recordContext(role))).toEqual([]);
    }
  });

  it('do not change the commands a case is offered', () => {
    const plain = CASES.get('clarification')!;
    const context = recordContext('commissioner');
    expect(availableCommands(caseWithRecordsIn('clarification'), context)).toEqual(
      availableCommands(plain, context),
    );
  });
});
