import { describe, expect, it } from 'vitest';
import { DAY, drive, HOUR, NOW, received, TO_PLENARY } from '../../test/drive.js';
import { act, codeOf, done } from '../../test/records.js';
import { defaultCalendar } from '../calendar/index.js';
import { checkCaseInvariants } from '../ethics-case/case-invariants.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import { transition } from '../ethics-case/transition.js';
import { KPT_337_2020 } from '../rule-sets/rule-set-catalogue.js';
import { deriveRuleSet } from '../rule-sets/rule-set-registry.js';
import { sampleActor } from '../testing/index.js';
import type { AllegationInput } from './allegation.js';
import type { RecordAction, RecordActionOf } from './record-action.js';

const inStatus = (steps: number, source: Parameters<typeof received>[0] = 'publicComplaint') =>
  drive(received(source), TO_PLENARY.slice(0, steps)).ethicsCase;
const CLARIFICATION = inStatus(3);
const EXAMINATION = inStatus(4);
const respondentOf = (ethicsCase: EthicsCase) => ethicsCase.respondents[0]!.membershipId;

/** An allegation input; an override of `undefined` leaves the field out. */
const allegation = (
  ethicsCase: EthicsCase,
  overrides: { [K in keyof AllegationInput]?: AllegationInput[K] | undefined } = {},
): AllegationInput =>
  Object.fromEntries(
    Object.entries({
      respondentMembershipId: respondentOf(ethicsCase),
      principle: 'independent',
      behaviour: 'noCampaignInvolvement',
      description: 'Teradu menghadiri kampanye pasangan calon.',
      ...overrides,
    }).filter(([, value]) => value !== undefined),
  ) as unknown as AllegationInput;
const add = (ethicsCase: EthicsCase, id = 'a-1'): RecordActionOf<'addAllegation'> => ({
  type: 'addAllegation',
  allegationId: id,
  allegation: allegation(ethicsCase),
});

describe('allegations', () => {
  it('are added with the catalogue’s references, bumping the version and leaving the status', () => {
    const result = act(CLARIFICATION, add(CLARIFICATION), 'officer');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { ethicsCase, event } = result.value;
    expect(ethicsCase.status).toBe('clarification');
    expect(ethicsCase.version).toBe(CLARIFICATION.version + 1);
    expect(ethicsCase.allegations).toEqual([
      expect.objectContaining({
        id: 'a-1',
        category: 'codeOfEthics',
        principle: 'independent',
        behaviour: 'noCampaignInvolvement',
        legalReferences: [{ instrument: 'Peraturan DKPP 2/2017', article: '8', confidence: 'medium' }],
        recordedAt: NOW,
      }),
    ]);
    expect(event).toEqual({
      type: 'allegationAdded',
      caseId: CLARIFICATION.id,
      at: NOW,
      actor: { userId: 'user-officer', role: 'officer' },
      action: add(CLARIFICATION),
      recordId: 'a-1',
    });
    expect(CLARIFICATION.allegations).toEqual([]);
    expect(checkCaseInvariants(ethicsCase, KPT_337_2020)).toEqual([]);
  });

  it('are refused with every problem the check finds', () => {
    const result = act(
      CLARIFICATION,
      { ...add(CLARIFICATION), allegation: allegation(CLARIFICATION, { principle: 'honest' }) },
      'officer',
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ALLEGATION_INVALID',
        problems: [{ code: 'BEHAVIOUR_NOT_UNDER_PRINCIPLE', field: 'behaviour' }],
      },
    });
  });

  it('need a fresh id', () => {
    const once = done(CLARIFICATION, add(CLARIFICATION), 'officer');
    expect(
      act(once, { ...add(once), allegation: allegation(once, { behaviour: 'remainNeutral' }) }, 'officer'),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'allegationId', reason: 'duplicate' },
    });
    expect(act(once, add(once, ' '), 'officer')).toMatchObject({
      ok: false,
      error: { field: 'allegationId', reason: 'required' },
    });
  });

  it('are edited and removed until a finding is recorded, then kept as found', () => {
    let ethicsCase = done(EXAMINATION, add(EXAMINATION), 'officer');
    ethicsCase = done(
      ethicsCase,
      {
        type: 'updateAllegation',
        allegationId: 'a-1',
        allegation: allegation(ethicsCase, {
          behaviour: undefined,
          category: 'performance',
          principle: 'orderly',
        }),
      },
      'examiner',
    );
    expect(ethicsCase.allegations[0]).toMatchObject({ principle: 'orderly', category: 'performance' });
    expect(ethicsCase.allegations[0]!.behaviour).toBeUndefined();

    ethicsCase = done(
      ethicsCase,
      { type: 'recordAllegationFinding', allegationId: 'a-1', finding: 'proven', note: ' Diakui teradu ' },
      'examiner',
    );
    expect(ethicsCase.allegations[0]).toMatchObject({
      finding: 'proven',
      findingNote: 'Diakui teradu',
      findingRecordedAt: NOW,
    });
    const update: RecordAction = {
      type: 'updateAllegation',
      allegationId: 'a-1',
      allegation: allegation(ethicsCase),
    };
    expect(codeOf(act(ethicsCase, update, 'officer'))).toBe('ALLEGATION_FINDING_RECORDED');
    expect(codeOf(act(ethicsCase, { type: 'removeAllegation', allegationId: 'a-1' }, 'officer'))).toBe(
      'ALLEGATION_FINDING_RECORDED',
    );
    // A finding may be corrected; without a note, the old note goes.
    ethicsCase = done(
      ethicsCase,
      { type: 'recordAllegationFinding', allegationId: 'a-1', finding: 'notProven' },
      'commissioner',
    );
    expect(ethicsCase.allegations[0]).toMatchObject({ finding: 'notProven' });
    expect(ethicsCase.allegations[0]!.findingNote).toBeUndefined();
  });

  it('are removed while nothing was found', () => {
    const ethicsCase = done(CLARIFICATION, add(CLARIFICATION), 'officer');
    expect(
      done(ethicsCase, { type: 'removeAllegation', allegationId: 'a-1' }, 'commissioner').allegations,
    ).toEqual([]);
  });

  it('refuse an edit that the check refuses, and an unknown finding', () => {
    const ethicsCase = done(EXAMINATION, add(EXAMINATION), 'officer');
    expect(
      codeOf(
        act(
          ethicsCase,
          {
            type: 'updateAllegation',
            allegationId: 'a-1',
            allegation: allegation(ethicsCase, { description: '' }),
          },
          'officer',
        ),
      ),
    ).toBe('ALLEGATION_INVALID');
    expect(
      act(
        ethicsCase,
        { type: 'recordAllegationFinding', allegationId: 'a-1', finding: 'maybe' as never },
        'examiner',
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'finding' } });
  });

  it('travel with the case through transitions, untouched', () => {
    const ethicsCase = done(CLARIFICATION, add(CLARIFICATION), 'officer');
    const next = drive(ethicsCase, ['formExaminationTeam'], KPT_337_2020, NOW).ethicsCase;
    expect(next.status).toBe('examination');
    expect(next.allegations).toEqual(ethicsCase.allegations);
    expect(next.version).toBe(ethicsCase.version + 1);
  });
});

const schedule = (kind: 'clarification' | 'examination', scheduledAt: Date, id = 's-1'): RecordAction => ({
  type: 'scheduleSession',
  sessionId: id,
  kind,
  scheduledAt,
  place: ' Kantor KPU Kabupaten Malang ',
  agenda: 'Klarifikasi teradu',
});
const LATER = new Date(NOW.getTime() + 6 * DAY);
const summonRespondent = (ethicsCase: EthicsCase, sentAt = NOW, sessionId = 's-1'): RecordAction => ({
  type: 'recordSummons',
  sessionId,
  party: { role: 'respondent', membershipId: respondentOf(ethicsCase) },
  sentAt,
  method: 'letter',
  reference: ' 012/PP.04/3507/2025 ',
});

describe('sessions', () => {
  it('are scheduled in the stage they belong to, with a place or a link', () => {
    const ethicsCase = done(CLARIFICATION, schedule('clarification', LATER), 'officer');
    expect(ethicsCase.sessions).toEqual([
      {
        id: 's-1',
        kind: 'clarification',
        scheduledAt: LATER,
        place: 'Kantor KPU Kabupaten Malang',
        agenda: 'Klarifikasi teradu',
        summons: [],
        attendance: [],
        recordedAt: NOW,
      },
    ]);
    expect(codeOf(act(CLARIFICATION, schedule('examination', LATER), 'officer'))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    const online = done(
      EXAMINATION,
      {
        type: 'scheduleSession',
        sessionId: 's-2',
        kind: 'examination',
        scheduledAt: LATER,
        onlineLink: 'https://meet.example/x',
      },
      'examiner',
    );
    expect(online.sessions[0]).toMatchObject({ onlineLink: 'https://meet.example/x' });
    expect(online.sessions[0]!.place).toBeUndefined();
  });

  it('refuse a schedule without place or link, before the receipt, or with a taken id', () => {
    expect(
      act(
        CLARIFICATION,
        { type: 'scheduleSession', sessionId: 's-1', kind: 'clarification', scheduledAt: LATER, place: ' ' },
        'officer',
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'place', reason: 'required' } });
    expect(
      act(
        CLARIFICATION,
        schedule('clarification', new Date(CLARIFICATION.receivedAt.getTime() - DAY)),
        'officer',
      ),
    ).toMatchObject({ ok: false, error: { code: 'DATE_BEFORE_RECEIPT', field: 'scheduledAt' } });
    expect(act(CLARIFICATION, schedule('clarification', new Date(Number.NaN)), 'officer')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'scheduledAt', reason: 'notADate' },
    });
    const once = done(CLARIFICATION, schedule('clarification', LATER), 'officer');
    expect(act(once, schedule('clarification', LATER), 'officer')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'sessionId', reason: 'duplicate' },
    });
  });

  it('summon parties at least the rule set’s lead time ahead', () => {
    const scheduled = done(CLARIFICATION, schedule('clarification', LATER), 'officer');
    const summoned = done(scheduled, summonRespondent(scheduled), 'officer');
    expect(summoned.sessions[0]!.summons).toEqual([
      {
        party: {
          role: 'respondent',
          name: scheduled.respondents[0]!.name,
          membershipId: respondentOf(scheduled),
        },
        sentAt: NOW,
        method: 'letter',
        reference: '012/PP.04/3507/2025',
      },
    ]);
    // Six days ahead passes the five-day lead; two days ahead does not.
    const soon = done(CLARIFICATION, schedule('clarification', new Date(NOW.getTime() + 2 * DAY)), 'officer');
    const late = act(soon, summonRespondent(soon), 'officer');
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'SUMMONS_TOO_LATE', sessionId: 's-1', leadTime: { amount: 5, unit: 'calendarDays' } },
    });
    // The last moment: the end of the day five days before the hearing, WIB.
    if (!late.ok && late.error.code === 'SUMMONS_TOO_LATE') {
      expect(late.error.latestAt.toISOString()).toBe('2025-03-07T16:59:59.999Z');
    }
  });

  it('count the lead time in working days where the rule set says so', () => {
    const ruleSet = deriveRuleSet(KPT_337_2020, {
      code: 'KPT-337-2020-local',
      sessions: {
        summonsLeadTime: {
          clarification: {
            amount: 3,
            unit: 'workingDays',
            confidence: 'low',
            basis: { id: 'Kebiasaan setempat', en: 'Local practice' },
          },
          examination: KPT_337_2020.sessions.summonsLeadTime.examination,
        },
      },
    });
    // NOW is Monday 10 March 2025: three working days ahead is Thursday 13 March.
    const thursday = new Date('2025-03-13T02:00:00Z');
    const wednesday = new Date('2025-03-12T02:00:00Z');
    const onThursday = done(CLARIFICATION, schedule('clarification', thursday), 'officer', { ruleSet });
    expect(codeOf(act(onThursday, summonRespondent(onThursday), 'officer', { ruleSet }))).toBeUndefined();
    const onWednesday = done(CLARIFICATION, schedule('clarification', wednesday), 'officer', { ruleSet });
    const refused = act(onWednesday, summonRespondent(onWednesday), 'officer', { ruleSet });
    expect(refused).toMatchObject({ ok: false, error: { code: 'SUMMONS_TOO_LATE' } });
    if (!refused.ok && refused.error.code === 'SUMMONS_TOO_LATE') {
      // The last working day three before Wednesday is the Friday before.
      expect(refused.error.latestAt.toISOString()).toBe('2025-03-07T16:59:59.999Z');
    }
  });

  it('refuse a summons to nobody in the case, twice to the same party, in the future or by an unknown method', () => {
    const scheduled = done(CLARIFICATION, schedule('clarification', LATER), 'officer');
    const summons = (party: object, extra: object = {}): RecordAction =>
      ({ ...summonRespondent(scheduled), party, ...extra }) as RecordAction;
    expect(act(scheduled, summons({ role: 'respondent', membershipId: 'm-x' }), 'officer')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_RESPONDENT', membershipId: 'm-x' },
    });
    expect(act(scheduled, summons({ role: 'witness', name: '  ' }), 'officer')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'party.name' },
    });
    expect(
      codeOf(act(scheduled, summons({ role: 'witness', name: 'Agus' }, { method: 'pigeon' }), 'officer')),
    ).toBe('INVALID_INPUT');
    expect(
      act(
        scheduled,
        summons({ role: 'witness', name: 'Agus' }, { sentAt: new Date(NOW.getTime() + HOUR) }),
        'officer',
      ),
    ).toMatchObject({ ok: false, error: { field: 'sentAt', reason: 'inFuture' } });
    const once = done(scheduled, summons({ role: 'witness', name: 'Bapak Agus Salim' }), 'officer');
    expect(act(once, summons({ role: 'witness', name: 'agus salim' }), 'officer')).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_SUMMONED', sessionId: 's-1', party: 'witness:agus salim' },
    });
  });

  it('summon the complainant by role, and refuse to where there is none', () => {
    const scheduled = done(CLARIFICATION, schedule('clarification', LATER), 'officer');
    const complainant = done(
      scheduled,
      { ...summonRespondent(scheduled), party: { role: 'complainant' } } as RecordAction,
      'officer',
    );
    expect(complainant.sessions[0]!.summons[0]!.party).toEqual({ role: 'complainant', name: 'Ahmad Fauzi' });

    const finding = inStatus(3, 'internalFinding');
    const findingScheduled = done(finding, schedule('clarification', LATER), 'officer');
    expect(
      act(
        findingScheduled,
        { ...summonRespondent(findingScheduled), party: { role: 'complainant' } } as RecordAction,
        'officer',
      ),
    ).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PARTY', role: 'complainant' } });
  });

  describe('once held', () => {
    // Scheduled a day before NOW, summoned six days before it.
    const HELD_AT = new Date(NOW.getTime() - DAY);
    const atPast = { now: new Date(NOW.getTime() - 7 * DAY + 5 * HOUR) };
    const scheduledInPast = done(EXAMINATION, schedule('examination', HELD_AT), 'commissioner', atPast);
    const summoned = done(
      scheduledInPast,
      summonRespondent(scheduledInPast, atPast.now),
      'commissioner',
      atPast,
    );
    const attend = (status: 'present' | 'absent' | 'represented', note?: string): RecordAction => ({
      type: 'recordAttendance',
      sessionId: 's-1',
      party: { role: 'respondent', membershipId: respondentOf(summoned) },
      status,
      ...(note ? { note } : {}),
    });

    it('record the attendance of summoned parties, one entry each', () => {
      let ethicsCase = done(summoned, attend('absent'), 'examiner');
      ethicsCase = done(ethicsCase, attend('represented', ' Diwakili kuasa hukum '), 'examiner');
      expect(ethicsCase.sessions[0]!.attendance).toEqual([
        {
          party: expect.objectContaining({ role: 'respondent' }),
          status: 'represented',
          note: 'Diwakili kuasa hukum',
        },
      ]);
      expect(
        act(
          ethicsCase,
          { ...attend('present'), party: { role: 'witness', name: 'Rina' } } as RecordAction,
          'examiner',
        ),
      ).toMatchObject({ ok: false, error: { code: 'PARTY_NOT_SUMMONED', party: 'witness:rina' } });
      expect(
        codeOf(
          act(
            ethicsCase,
            { ...attend('present'), party: { role: 'respondent', membershipId: 'x' } } as RecordAction,
            'examiner',
          ),
        ),
      ).toBe('UNKNOWN_RESPONDENT');
      expect(codeOf(act(ethicsCase, attend('late' as never), 'examiner'))).toBe('INVALID_INPUT');
    });

    it('not before the session’s time', () => {
      expect(act(summoned, attend('present'), 'examiner', atPast)).toMatchObject({
        ok: false,
        error: { code: 'SESSION_NOT_HELD_YET', sessionId: 's-1', scheduledAt: HELD_AT },
      });
      const minutes: RecordAction = {
        type: 'recordSessionMinutes',
        sessionId: 's-1',
        reference: 'BA-1',
        summary: 'x',
      };
      expect(codeOf(act(summoned, minutes, 'examiner', atPast))).toBe('SESSION_NOT_HELD_YET');
    });

    it('close with the minutes, after which nothing is added', () => {
      const attended = done(summoned, attend('present'), 'examiner');
      const minuted = done(
        attended,
        {
          type: 'recordSessionMinutes',
          sessionId: 's-1',
          reference: ' BA-07/PP.04/3507/2025 ',
          summary: ' Teradu hadir dan memberikan keterangan. ',
          outcomeNotes: 'Perlu saksi tambahan',
        },
        'examiner',
      );
      expect(minuted.sessions[0]).toMatchObject({
        minutes: {
          reference: 'BA-07/PP.04/3507/2025',
          summary: 'Teradu hadir dan memberikan keterangan.',
          recordedAt: NOW,
        },
        outcomeNotes: 'Perlu saksi tambahan',
      });
      expect(checkCaseInvariants(minuted, KPT_337_2020)).toEqual([]);
      for (const action of [
        attend('absent'),
        { ...summonRespondent(minuted), party: { role: 'witness', name: 'Rina' } } as RecordAction,
        { type: 'recordSessionMinutes', sessionId: 's-1', reference: 'BA-2', summary: 'y' } as RecordAction,
      ]) {
        expect(codeOf(act(minuted, action, 'examiner'))).toBe('MINUTES_ALREADY_RECORDED');
      }
    });

    it('refuse minutes without a reference or a summary', () => {
      for (const [reference, summary, field] of [
        [' ', 'x', 'reference'],
        ['BA-1', '', 'summary'],
      ] as const) {
        expect(
          act(summoned, { type: 'recordSessionMinutes', sessionId: 's-1', reference, summary }, 'examiner'),
        ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field, reason: 'required' } });
      }
    });
  });
});

const proceeding = (
  overrides: Partial<Extract<RecordAction, { type: 'recordExternalProceeding' }>> = {},
): RecordAction => ({
  type: 'recordExternalProceeding',
  proceedingId: 'p-1',
  forum: 'ptun',
  kind: 'proceeding',
  filedAt: new Date(NOW.getTime() - DAY),
  status: 'filed',
  externalNumber: ' 125/G/2024/PTUN.SBY ',
  ...overrides,
});

describe('external proceedings', () => {
  it('are recorded by officers at any stage, and updated as they go', () => {
    const closed = drive(received(), ['withdraw']).ethicsCase;
    let ethicsCase = done(closed, proceeding(), 'officer');
    expect(ethicsCase.externalProceedings).toEqual([
      {
        id: 'p-1',
        forum: 'ptun',
        kind: 'proceeding',
        externalNumber: '125/G/2024/PTUN.SBY',
        filedAt: new Date(NOW.getTime() - DAY),
        status: 'filed',
        recordedAt: NOW,
      },
    ]);
    ethicsCase = done(
      ethicsCase,
      { type: 'updateExternalProceeding', proceedingId: 'p-1', status: 'decided', result: 'Gugatan ditolak' },
      'officer',
    );
    expect(ethicsCase.externalProceedings[0]).toMatchObject({
      status: 'decided',
      result: 'Gugatan ditolak',
      externalNumber: '125/G/2024/PTUN.SBY',
      updatedAt: NOW,
    });
    expect(codeOf(act(ethicsCase, proceeding({ proceedingId: 'p-2' }), 'commissioner'))).toBe(
      'ROLE_NOT_PERMITTED',
    );
  });

  it('may predate the case, unless the commission referred them', () => {
    const before = new Date(CLARIFICATION.receivedAt.getTime() - DAY);
    expect(
      codeOf(act(CLARIFICATION, proceeding({ forum: 'dkpp', filedAt: before }), 'officer')),
    ).toBeUndefined();
    expect(
      act(
        CLARIFICATION,
        proceeding({ forum: 'gakkumdu', kind: 'referral', filedAt: before, reason: 'Dugaan pidana' }),
        'officer',
      ),
    ).toMatchObject({ ok: false, error: { code: 'DATE_BEFORE_RECEIPT', field: 'filedAt' } });
    const referred = done(
      CLARIFICATION,
      proceeding({ forum: 'gakkumdu', kind: 'referral', reason: 'Dugaan politik uang' }),
      'officer',
    );
    expect(referred.externalProceedings[0]).toMatchObject({
      kind: 'referral',
      reason: 'Dugaan politik uang',
    });
  });

  it('refuse a referral without a reason, an unknown code, a future date or a taken id', () => {
    const invalid = (action: RecordAction) => {
      const result = act(CLARIFICATION, action, 'officer');
      return result.ok ? undefined : result.error;
    };
    expect(invalid(proceeding({ kind: 'referral' }))).toMatchObject({ field: 'reason', reason: 'required' });
    expect(invalid(proceeding({ forum: 'court' as never }))).toMatchObject({ field: 'forum' });
    expect(invalid(proceeding({ kind: 'rumour' as never }))).toMatchObject({ field: 'kind' });
    expect(invalid(proceeding({ status: 'lost' as never }))).toMatchObject({ field: 'status' });
    expect(invalid(proceeding({ filedAt: new Date(NOW.getTime() + DAY) }))).toMatchObject({
      reason: 'inFuture',
    });
    const once = done(CLARIFICATION, proceeding(), 'officer');
    expect(act(once, proceeding(), 'officer')).toMatchObject({ ok: false, error: { reason: 'duplicate' } });
    expect(
      act(
        once,
        { type: 'updateExternalProceeding', proceedingId: 'p-1', status: 'gone' as never },
        'officer',
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'status' } });
  });
});

describe('the case’s invariants over its records', () => {
  it('say what is broken in stored records', () => {
    const ethicsCase = done(CLARIFICATION, add(CLARIFICATION), 'officer');
    const broken: EthicsCase = {
      ...ethicsCase,
      allegations: [
        ...ethicsCase.allegations,
        { ...ethicsCase.allegations[0]!, respondentMembershipId: 'm-gone' },
      ],
      sessions: [
        {
          id: 's-1',
          kind: 'clarification',
          scheduledAt: NOW,
          summons: [],
          attendance: [{ party: { role: 'witness', name: 'Rina' }, status: 'present' }],
          minutes: { reference: 'BA', summary: 'x', recordedAt: new Date(NOW.getTime() - DAY) },
          recordedAt: NOW,
        },
      ],
    };
    expect(checkCaseInvariants(broken, KPT_337_2020)).toEqual([
      'allegation ids are unique',
      'allegation a-1 is about a respondent of the case',
      'session s-1 records attendance only of summoned parties',
      'session s-1 has minutes only after it was held',
    ]);
  });
});

describe('record actions beside transitions', () => {
  it('leave the transition’s refusals and results as they were', () => {
    const ethicsCase = done(CLARIFICATION, add(CLARIFICATION), 'officer');
    const context = {
      now: NOW,
      actor: sampleActor(ethicsCase, 'discontinue'),
      ruleSet: KPT_337_2020,
      calendar: defaultCalendar,
    };
    const result = transition(ethicsCase, { type: 'discontinue', reason: 'Tidak terbukti' }, context);
    expect(result.ok && result.value.ethicsCase.allegations).toEqual(ethicsCase.allegations);
    expect(result.ok && result.value.events.map((event) => event.type)).toEqual(['caseDiscontinued']);
  });
});
