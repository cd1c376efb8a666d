import { describe, expect, it } from 'vitest';
import { KPT_337_2020, PKPU_8_2019 } from '../rule-sets/rule-set-catalogue.js';
import { OUTCOMES } from '../vocabulary/codes.js';
import { isAllowedOutcome, isDismissal, OUTCOME_CATALOGUE } from './outcome-catalogue.js';
import { sanctionGuidance, type ProposedOutcome } from './sanction-guidance.js';

const proposal = (overrides: Partial<ProposedOutcome>): ProposedOutcome => ({
  membershipId: 'm-1',
  finding: 'proven',
  outcome: 'warning',
  ...overrides,
});
const codes = (proposals: ProposedOutcome[]) => sanctionGuidance(proposals).map((warning) => warning.code);

describe('the outcome catalogue', () => {
  it('orders outcomes from rehabilitation to permanent dismissal', () => {
    expect(OUTCOMES.map((outcome) => OUTCOME_CATALOGUE[outcome].severity)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(OUTCOME_CATALOGUE.rehabilitation.isSanction).toBe(false);
    expect(OUTCOME_CATALOGUE.warning.isSanction).toBe(true);
  });

  it('states each outcome’s effect on membership', () => {
    expect(OUTCOME_CATALOGUE.permanentDismissal).toMatchObject({
      membershipAfterDecree: 'dismissed',
      losesChair: true,
    });
    expect(OUTCOME_CATALOGUE.temporaryDismissal.membershipAfterDecree).toBe('temporarilyDismissed');
    expect(OUTCOME_CATALOGUE.removalFromChair).toMatchObject({ losesChair: true });
    expect(OUTCOME_CATALOGUE.warning.membershipAfterDecree).toBeUndefined();
  });

  it('tells which outcomes a rule set lets the commission decide', () => {
    expect(isAllowedOutcome('permanentDismissal', KPT_337_2020)).toBe(true);
    expect(isAllowedOutcome('permanentDismissal', PKPU_8_2019)).toBe(false);
    expect(isDismissal('temporaryDismissal')).toBe(true);
    expect(isDismissal('finalStrongWarning')).toBe(false);
  });
});

describe('sanction guidance', () => {
  it('finds nothing to say about a warning for a first proven violation', () => {
    expect(codes([proposal({})])).toEqual([]);
  });

  it('flags a proven repeat after a final strong warning that stops short of dismissal', () => {
    expect(
      sanctionGuidance([proposal({ outcome: 'strongWarning', priorOutcomes: ['finalStrongWarning'] })]),
    ).toContainEqual({
      code: 'REPEAT_AFTER_FINAL_WARNING',
      membershipId: 'm-1',
      suggested: 'permanentDismissal',
    });
    expect(
      codes([proposal({ outcome: 'permanentDismissal', priorOutcomes: ['finalStrongWarning'] })]),
    ).toEqual([]);
  });

  it('flags rehabilitation while the allegation is marked proven', () => {
    expect(codes([proposal({ outcome: 'rehabilitation' })])).toEqual(['REHABILITATION_WHILE_PROVEN']);
    expect(codes([proposal({ outcome: 'rehabilitation', finding: 'notProven' })])).toEqual([]);
  });

  it('flags a sanction for an allegation found not proven, suggesting rehabilitation', () => {
    expect(sanctionGuidance([proposal({ finding: 'notProven' })])).toEqual([
      { code: 'SANCTION_WITHOUT_PROOF', membershipId: 'm-1', suggested: 'rehabilitation' },
    ]);
  });

  it('flags an outcome milder than an earlier sanction against the same person', () => {
    expect(codes([proposal({ outcome: 'warning', priorOutcomes: ['strongWarning'] })])).toEqual([
      'MILDER_THAN_PREVIOUS_SANCTION',
    ]);
    expect(codes([proposal({ outcome: 'strongWarning', priorOutcomes: ['warning'] })])).toEqual([]);
  });

  it('flags removing from the chair someone who is not the chair', () => {
    expect(codes([proposal({ outcome: 'removalFromChair', position: 'member' })])).toEqual([
      'REMOVAL_FROM_CHAIR_OF_NON_CHAIR',
    ]);
    expect(codes([proposal({ outcome: 'removalFromChair', position: 'chair' })])).toEqual([]);
  });

  it('flags a written undertaking that accompanies no warning', () => {
    expect(
      codes([proposal({ outcome: 'temporaryDismissal', additionalMeasures: ['writtenUndertaking'] })]),
    ).toEqual(['UNDERTAKING_WITHOUT_WARNING']);
    expect(
      codes([proposal({ outcome: 'finalStrongWarning', additionalMeasures: ['writtenUndertaking'] })]),
    ).toEqual([]);
  });

  it('speaks up when permanent dismissal is proposed for a first offence without aggravating circumstances', () => {
    expect(codes([proposal({ outcome: 'permanentDismissal' })])).toEqual(['DISMISSAL_FOR_FIRST_OFFENCE']);
    expect(codes([proposal({ outcome: 'permanentDismissal', priorOutcomes: ['rehabilitation'] })])).toEqual([
      'DISMISSAL_FOR_FIRST_OFFENCE',
    ]);
    expect(codes([proposal({ outcome: 'permanentDismissal', aggravating: true })])).toEqual([]);
    expect(codes([proposal({ outcome: 'permanentDismissal', priorOutcomes: ['warning'] })])).toEqual([]);
  });

  it('flags an outcome for an allegation nobody examined', () => {
    expect(codes([proposal({ finding: 'notExamined', outcome: 'rehabilitation' })])).toEqual([
      'NOT_EXAMINED',
    ]);
  });

  it('gives advice per respondent', () => {
    const advice = sanctionGuidance([
      proposal({ membershipId: 'a', outcome: 'rehabilitation' }),
      proposal({ membershipId: 'b' }),
    ]);
    expect(advice.map((warning) => warning.membershipId)).toEqual(['a']);
  });
});
