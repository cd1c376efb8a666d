import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/index.js';
import { KPT_337_2020, PKPU_8_2019 } from '../rule-sets/rule-set-catalogue.js';
import { sampleComplaint, sampleRespondent } from '../testing/index.js';
import { actorOf, DAY, NOW } from '../../test/drive.js';
import { fileCase, type FileCaseInput } from './file-case.js';

const context = { now: NOW, actor: actorOf('officer'), calendar: defaultCalendar };
const respondent = sampleRespondent(0);
const input = (overrides: Partial<FileCaseInput> = {}): FileCaseInput => ({
  id: 'case-9',
  commissionId: 'kpu-3507',
  receivedAt: new Date(NOW.getTime() - DAY),
  complaint: sampleComplaint('publicComplaint', [respondent], new Date(NOW.getTime() - 3 * DAY)),
  respondents: [respondent],
  ...overrides,
});

describe('filing a case', () => {
  it('receives a complete complaint under the rule set in force, with its receipt event', () => {
    const result = fileCase(input(), context);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.ethicsCase).toMatchObject({
      status: 'received',
      version: 1,
      track: 'kpuInternal',
      ruleSetCode: 'KPT-337-2020',
    });
    expect(result.value.ruleSet).toBe(KPT_337_2020);
    expect(result.value.completeness.complete).toBe(true);
    expect(result.value.events).toEqual([
      {
        type: 'caseReceived',
        caseId: 'case-9',
        at: NOW,
        actor: { userId: 'user-officer', role: 'officer' },
        to: 'received',
      },
    ]);
  });

  it('still receives an incomplete complaint and says everything it lacks', () => {
    const result = fileCase(input({ complaint: { source: 'publicComplaint' }, respondents: [] }), context);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.ethicsCase.status).toBe('received');
    expect(result.value.completeness.complete).toBe(false);
    expect(result.value.completeness.deficiencies.map((deficiency) => deficiency.code)).toEqual(
      expect.arrayContaining([
        'COMPLAINANT_NAME_MISSING',
        'RESPONDENT_MISSING',
        'CHRONOLOGY_MISSING',
        'EVIDENCE_INSUFFICIENT',
      ]),
    );
  });

  it('puts a DKPP verdict on the DKPP track', () => {
    const complaint = sampleComplaint('dkppVerdict', [respondent], new Date(NOW.getTime() - 3 * DAY));
    const result = fileCase(input({ complaint }), context);
    expect(result.ok && result.value.ethicsCase.track).toBe('dkppExternal');
  });

  it('chooses the 2019 regime for a complaint received in 2019', () => {
    const receivedAt = new Date('2019-10-01T03:00:00Z');
    const result = fileCase(
      input({ receivedAt, complaint: sampleComplaint('report', [respondent], receivedAt) }),
      context,
    );
    expect(result.ok && result.value.ruleSet).toBe(PKPU_8_2019);
  });

  it('needs the date of the plenary that made an internal finding, and starts its clarification clock there', () => {
    const complaint = sampleComplaint('internalFinding', [respondent], new Date(NOW.getTime() - 3 * DAY));
    expect(fileCase(input({ complaint }), context)).toEqual({
      ok: false,
      error: { code: 'FINDING_PLENARY_REQUIRED' },
    });
    const heldAt = new Date(NOW.getTime() - 2 * DAY);
    const result = fileCase(input({ complaint, findingPlenaryHeldAt: heldAt }), context);
    expect(result.ok && result.value.ethicsCase.milestones).toEqual({
      received: new Date(NOW.getTime() - DAY),
      findingPlenaryHeld: heldAt,
    });
  });

  it('refuses a receipt dated in the future or not a date at all', () => {
    expect(fileCase(input({ receivedAt: new Date(NOW.getTime() + DAY) }), context)).toEqual({
      ok: false,
      error: { code: 'RECEIVED_IN_FUTURE' },
    });
    expect(fileCase(input({ receivedAt: new Date(Number.NaN) }), context)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'receivedAt' },
    });
  });

  it('lets only an officer of the handling commission record a case', () => {
    expect(fileCase(input(), { ...context, actor: actorOf('officer', 'kpu-3573') })).toEqual({
      ok: false,
      error: { code: 'OUT_OF_JURISDICTION', commissionId: 'kpu-3507' },
    });
    expect(fileCase(input(), { ...context, actor: actorOf('analyst') })).toEqual({
      ok: false,
      error: { code: 'ROLE_NOT_PERMITTED', role: 'analyst', command: 'fileCase' },
    });
  });

  it('refuses a receipt from before any rule set', () => {
    const receivedAt = new Date('2010-01-05T03:00:00Z');
    expect(fileCase(input({ receivedAt }), context)).toMatchObject({
      ok: false,
      error: { code: 'NO_RULE_SET_IN_FORCE' },
    });
  });
});
