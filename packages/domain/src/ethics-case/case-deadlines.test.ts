import { describe, expect, it } from 'vitest';
import { defaultCalendar, parseLocalDate } from '../calendar/index.js';
import { KPT_337_2020 } from '../rule-sets/rule-set-catalogue.js';
import { deriveRuleSet } from '../rule-sets/rule-set-registry.js';
import { sampleCase } from '../testing/index.js';
import { DAY, drive, HOUR, TO_PLENARY } from '../../test/drive.js';
import {
  caseDeadlines,
  countDays,
  deadlineOf,
  deadlinesNeedingAttention,
  dueAfter,
} from './case-deadlines.js';

/** 09:00 WIB on a local date. */
const wib = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);
const clock = (now: Date) => ({ now, ruleSet: KPT_337_2020, calendar: defaultCalendar });

describe('due dates', () => {
  it('ends a span at the last millisecond of its last local day', () => {
    expect(dueAfter(wib('2025-03-10'), { amount: 1, unit: 'calendarDays' }, defaultCalendar)).toEqual(
      new Date('2025-03-11T23:59:59.999+07:00'),
    );
  });

  it('counts 7 working days of examination around the Idul Fitri 2025 holidays', () => {
    // Examination starts Thursday 27 March 2025; 28 March – 7 April are holidays, cuti bersama or
    // weekends, so the count runs from Tuesday 8 April: 8, 9, 10, 11, 14, 15, 16.
    const due = dueAfter(wib('2025-03-27'), { amount: 7, unit: 'workingDays' }, defaultCalendar);
    expect(due).toEqual(new Date('2025-04-16T23:59:59.999+07:00'));
  });

  it('counts working days across Christmas, its cuti bersama and the year end', () => {
    // Tuesday 23 Dec 2025 + 3: Wed 24 (1), Christmas 25 and cuti bersama 26 off, Mon 29 (2), Tue 30 (3).
    expect(dueAfter(wib('2025-12-23'), { amount: 3, unit: 'workingDays' }, defaultCalendar)).toEqual(
      new Date('2025-12-30T23:59:59.999+07:00'),
    );
    // Monday 29 Dec 2025 + 3: Tue 30 (1), Wed 31 (2), New Year off, Fri 2 Jan 2026 (3).
    expect(dueAfter(wib('2025-12-29'), { amount: 3, unit: 'workingDays' }, defaultCalendar)).toEqual(
      new Date('2026-01-02T23:59:59.999+07:00'),
    );
    expect(defaultCalendar.isWorkingDay(parseLocalDate('2025-12-26'))).toBe(false);
  });

  it('counts days in the commission’s local time: WIT is two hours ahead of WIB', () => {
    const lateEvening = new Date('2025-03-10T14:30:00Z'); // 21:30 WIB, 23:30 WIT on 10 March
    expect(dueAfter(lateEvening, { amount: 0, unit: 'calendarDays' }, defaultCalendar, 540)).toEqual(
      new Date('2025-03-10T23:59:59.999+09:00'),
    );
    const afterMidnightWit = new Date('2025-03-10T15:30:00Z'); // 00:30 WIT on 11 March
    expect(countDays(defaultCalendar, wib('2025-03-10'), afterMidnightWit, 'calendarDays', 540)).toBe(1);
    expect(countDays(defaultCalendar, wib('2025-03-10'), afterMidnightWit, 'calendarDays')).toBe(0);
  });

  it('counts working days between two instants', () => {
    expect(countDays(defaultCalendar, wib('2025-03-07'), wib('2025-03-10'), 'workingDays')).toBe(1);
  });
});

describe('the deadlines of a case', () => {
  it('starts the screening deadline at receipt and meets it when a correction is requested', () => {
    const start = sampleCase({ receivedAt: wib('2025-03-10') });
    expect(caseDeadlines(start, clock(wib('2025-03-10', 10)))).toMatchObject([
      { key: 'screening', state: 'running' },
    ]);
    const asked = drive(start, ['startScreening', 'requestCorrection']).ethicsCase;
    expect(deadlineOf(asked, 'screening', clock(wib('2025-03-10', 12)))).toMatchObject({ state: 'met' });
    expect(deadlineOf(asked, 'correction', clock(wib('2025-03-10', 12)))).toMatchObject({
      state: 'running',
      dueAt: new Date('2025-03-13T23:59:59.999+07:00'),
    });
  });

  it('says a deadline is due soon, then overdue', () => {
    const start = sampleCase({ receivedAt: wib('2025-03-10') });
    expect(deadlineOf(start, 'screening', clock(wib('2025-03-11')))).toMatchObject({ state: 'dueSoon' });
    expect(deadlineOf(start, 'screening', clock(wib('2025-03-14')))).toMatchObject({ state: 'overdue' });
    expect(deadlinesNeedingAttention(start, clock(wib('2025-03-14')))).toHaveLength(1);
    expect(deadlinesNeedingAttention(start, clock(wib('2025-03-10', 10)))).toEqual([]);
  });

  it('records a deadline met late', () => {
    const start = sampleCase({ receivedAt: wib('2025-03-10') });
    const late = drive(start, ['startScreening', 'register'], KPT_337_2020, wib('2025-03-20')).ethicsCase;
    expect(deadlineOf(late, 'screening', clock(wib('2025-03-21')))).toMatchObject({ state: 'metLate' });
  });

  it('cancels a running deadline when the case ends another way', () => {
    const start = sampleCase({ receivedAt: wib('2025-03-10') });
    const withdrawn = drive(start, ['withdraw']).ethicsCase;
    expect(deadlineOf(withdrawn, 'screening', clock(wib('2025-03-20')))).toMatchObject({
      state: 'cancelled',
    });
  });

  it('gives internal findings a clarification deadline of one day after the finding plenary', () => {
    const finding = sampleCase({ source: 'internalFinding', receivedAt: wib('2025-03-10') });
    expect(deadlineOf(finding, 'clarificationStart', clock(wib('2025-03-12')))).toMatchObject({
      state: 'overdue',
    });
    expect(
      deadlineOf(
        sampleCase({ receivedAt: wib('2025-03-10') }),
        'clarificationStart',
        clock(wib('2025-03-12')),
      ),
    ).toBeUndefined();
  });

  it('runs the examination for 7 working days from the team’s forming', () => {
    const examination = drive(
      sampleCase({ receivedAt: wib('2025-03-10') }),
      TO_PLENARY.slice(0, 4),
    ).ethicsCase;
    const deadline = deadlineOf(examination, 'examination', clock(wib('2025-03-12')));
    expect(deadline?.dueAt).toEqual(new Date('2025-03-19T23:59:59.999+07:00'));
  });

  it('follows a commission’s override of a deadline', () => {
    const local = deriveRuleSet(KPT_337_2020, {
      code: 'KPT-337-2020-local',
      deadlines: [{ key: 'correction', amount: 5, unit: 'workingDays' }],
    });
    const asked = drive(sampleCase({ receivedAt: wib('2025-03-10') }), [
      'startScreening',
      'requestCorrection',
    ]).ethicsCase;
    expect(deadlineOf(asked, 'correction', { ...clock(wib('2025-03-10')), ruleSet: local })?.dueAt).toEqual(
      new Date('2025-03-17T23:59:59.999+07:00'),
    );
    expect(local.deadlines.find((rule) => rule.key === 'examination')).toEqual(
      KPT_337_2020.deadlines.find((rule) => rule.key === 'examination'),
    );
  });

  it('starts the DKPP execution deadline at the verdict reading', () => {
    const dkpp = sampleCase({ source: 'dkppVerdict', receivedAt: wib('2025-03-10') });
    const readAt = wib('2025-03-10', 8);
    const decided = drive(dkpp, [
      {
        type: 'recordDkppVerdict',
        dkppCaseNumber: '1-PKE-DKPP/III/2025',
        readAt,
        outcomes: [{ membershipId: 'membership-0', finding: 'proven', outcome: 'permanentDismissal' }],
      },
    ]).ethicsCase;
    expect(
      deadlineOf(decided, 'dkppExecution', clock(new Date(readAt.getTime() + 8 * DAY + HOUR))),
    ).toMatchObject({
      state: 'overdue',
      dueAt: new Date('2025-03-17T23:59:59.999+07:00'),
    });
  });
});
