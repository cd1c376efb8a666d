import { describe, expect, it } from 'vitest';
import { decidedWith, received } from '../../test/drive.js';
import { anAllegation, withRecords } from '../../test/records.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import { allegationGuidance } from './allegation-guidance.js';

const decided = (finding: 'proven' | 'notProven', allegations: Parameters<typeof anAllegation>[1][]) => {
  const { ethicsCase } = decidedWith(finding === 'proven' ? 'warning' : 'rehabilitation');
  const withPrinciples: EthicsCase = {
    ...ethicsCase,
    decision: {
      ...ethicsCase.decision!,
      outcomes: ethicsCase.decision!.outcomes.map((o) => ({
        ...o,
        principlesViolated: finding === 'proven' ? ['independent'] : [],
      })),
    },
  };
  return withRecords(withPrinciples, {
    allegations: allegations.map((overrides, index) =>
      anAllegation(withPrinciples, { id: `a-${index + 1}`, ...overrides }),
    ),
  });
};
const codes = (ethicsCase: EthicsCase) => allegationGuidance(ethicsCase).map((warning) => warning.code);

describe('guidance on allegations and the decision', () => {
  it('has nothing to say when the findings agree with the decision', () => {
    expect(
      codes(decided('proven', [{ finding: 'proven' }, { finding: 'notProven', principle: 'honest' }])),
    ).toEqual([]);
    expect(codes(decided('notProven', [{ finding: 'notProven' }]))).toEqual([]);
  });

  it('warns when a respondent is decided proven but none of their allegations is', () => {
    const ethicsCase = decided('proven', [{ finding: 'notProven' }]);
    expect(allegationGuidance(ethicsCase)).toEqual([
      { code: 'PROVEN_WITHOUT_PROVEN_ALLEGATION', membershipId: ethicsCase.respondents[0]!.membershipId },
      {
        code: 'PRINCIPLE_WITHOUT_PROVEN_ALLEGATION',
        membershipId: ethicsCase.respondents[0]!.membershipId,
        principle: 'independent',
      },
    ]);
    expect(codes(decided('proven', []))).toContain('PROVEN_WITHOUT_PROVEN_ALLEGATION');
  });

  it('warns when a respondent is decided not proven although an allegation is proven', () => {
    expect(allegationGuidance(decided('notProven', [{ finding: 'proven' }]))).toEqual([
      expect.objectContaining({ code: 'NOT_PROVEN_WITH_PROVEN_ALLEGATION', allegationId: 'a-1' }),
    ]);
  });

  it('warns about a principle found violated that no proven allegation names', () => {
    expect(
      allegationGuidance(
        decided('proven', [
          { finding: 'proven', principle: 'professional', behaviour: 'actWithinAuthority' },
        ]),
      ),
    ).toEqual([
      expect.objectContaining({ code: 'PRINCIPLE_WITHOUT_PROVEN_ALLEGATION', principle: 'independent' }),
    ]);
  });

  it('points at allegations the decision left without a finding', () => {
    expect(allegationGuidance(decided('proven', [{ finding: 'proven' }, { principle: 'honest' }]))).toEqual([
      expect.objectContaining({ code: 'ALLEGATION_WITHOUT_FINDING', allegationId: 'a-2' }),
    ]);
  });

  it('says nothing before a decision, unless asked about proposed outcomes', () => {
    const pending = withRecords(received(), {
      allegations: [anAllegation(received(), { finding: 'notProven' })],
    });
    expect(allegationGuidance(pending)).toEqual([]);
    const membershipId = pending.respondents[0]!.membershipId;
    expect(
      allegationGuidance(pending, [{ membershipId, finding: 'proven' }]).map((warning) => warning.code),
    ).toEqual(['PROVEN_WITHOUT_PROVEN_ALLEGATION']);
  });
});
