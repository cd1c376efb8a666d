import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../vocabulary/codes.js';
import { KPT_337_2020, PKPU_8_2019, RULE_SETS } from './rule-set-catalogue.js';
import { deriveRuleSet, findRuleSet, ruleSetFor } from './rule-set-registry.js';
import { DEADLINE_KEYS } from './rule-set.js';

describe('rule sets', () => {
  it('chooses the 2019 regime for a case received in 2019', () => {
    expect(ruleSetFor(new Date('2019-11-04T03:00:00Z'))).toEqual({ ok: true, value: PKPU_8_2019 });
  });

  it('chooses KPT 337/2020 from July 2020 on, by the local date in WIB', () => {
    expect(ruleSetFor(new Date('2024-02-14T03:00:00Z'))).toEqual({ ok: true, value: KPT_337_2020 });
    // 30 June 2020 18:00 UTC is already 1 July in WIB.
    expect(ruleSetFor(new Date('2020-06-30T18:00:00Z'))).toEqual({ ok: true, value: KPT_337_2020 });
    expect(ruleSetFor(new Date('2020-06-30T16:00:00Z'))).toEqual({ ok: true, value: PKPU_8_2019 });
  });

  it('says when no rule set was in force', () => {
    expect(ruleSetFor(new Date('2015-01-01T00:00:00Z'))).toEqual({
      ok: false,
      error: { code: 'NO_RULE_SET_IN_FORCE', date: '2015-01-01' },
    });
  });

  it('finds a rule set by code, or says it does not know it', () => {
    expect(findRuleSet('KPT-337-2020')).toEqual({ ok: true, value: KPT_337_2020 });
    expect(findRuleSet('KPT-999')).toEqual({
      ok: false,
      error: { code: 'RULE_SET_NOT_FOUND', ruleSetCode: 'KPT-999' },
    });
  });

  it('lets the commission decide every outcome under KPT 337/2020 but only warn or suspend under 2019', () => {
    expect(KPT_337_2020.allowedOutcomes).toEqual(OUTCOMES);
    expect(PKPU_8_2019.allowedOutcomes).not.toContain('permanentDismissal');
    expect(PKPU_8_2019.outcomesForwardedToDkpp).toEqual(['temporaryDismissal']);
  });

  it('tells users the basis of every value in both languages, never a note or a confidence mark', () => {
    const shown = RULE_SETS.flatMap((ruleSet) => [
      ...ruleSet.deadlines.map((rule) => rule.basis),
      ...Object.values(ruleSet.sessions.summonsLeadTime).map((lead) => lead.basis),
      ...Object.values(ruleSet.bodySeats).map((seat) => seat.basis),
    ]);
    for (const basis of shown)
      for (const text of [basis.id, basis.en]) expect(text).not.toMatch(/\.md|§|\[[LMHS]\d*\]|assumption/);
  });

  it('ships every deadline with its unit, anchor and a confidence mark', () => {
    for (const ruleSet of RULE_SETS) {
      expect(ruleSet.deadlines.map((rule) => rule.key).sort()).toEqual([...DEADLINE_KEYS].sort());
      for (const rule of ruleSet.deadlines) {
        expect(rule.amount).toBeGreaterThanOrEqual(0);
        expect(rule.basis.id.length).toBeGreaterThan(10);
        expect(rule.basis.en.length).toBeGreaterThan(10);
      }
    }
    const examination = KPT_337_2020.deadlines.find((rule) => rule.key === 'examination');
    expect(examination).toMatchObject({
      amount: 7,
      unit: 'workingDays',
      anchor: 'examinationStarted',
      confidence: 'medium',
    });
  });

  it('has rule sets whose validity periods do not overlap', () => {
    const sorted = [...RULE_SETS].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let index = 1; index < sorted.length; index += 1) {
      expect(sorted[index - 1]!.validTo).toBe(sorted[index]!.validFrom);
    }
  });

  it('derives a local variant that overrides options and single deadlines', () => {
    const local = deriveRuleSet(KPT_337_2020, {
      code: 'LOCAL',
      allowWithdrawal: false,
      deadlines: [{ key: 'examination', amount: 10 }],
    });
    expect(local).toMatchObject({ code: 'LOCAL', allowWithdrawal: false });
    expect(local.deadlines.find((rule) => rule.key === 'examination')).toMatchObject({
      amount: 10,
      unit: 'workingDays',
    });
    expect(KPT_337_2020.deadlines.find((rule) => rule.key === 'examination')?.amount).toBe(7);
  });
});
