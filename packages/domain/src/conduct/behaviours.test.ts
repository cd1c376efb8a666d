import { describe, expect, it } from 'vitest';
import {
  BEHAVIOURS,
  BEHAVIOUR_BY_CODE,
  BEHAVIOUR_CODES,
  BEHAVIOUR_LABELS,
  behavioursOf,
  isBehaviourCode,
} from './behaviours.js';
import { formatLegalReference } from './legal-reference.js';
import { isPrincipleCode } from './principles.js';

const cited = (code: keyof typeof BEHAVIOUR_BY_CODE) =>
  BEHAVIOUR_BY_CODE[code].references.map((ref) => formatLegalReference(ref));

describe('behaviours', () => {
  it('has unique codes and one record per code', () => {
    expect(new Set(BEHAVIOUR_CODES).size).toBe(BEHAVIOUR_CODES.length);
    expect(BEHAVIOURS.map((b) => b.code)).toEqual(BEHAVIOUR_CODES);
    expect(BEHAVIOURS.length).toBeGreaterThanOrEqual(25);
  });

  it('labels, cites and links every behaviour to known principles', () => {
    for (const behaviour of BEHAVIOURS) {
      expect(BEHAVIOUR_LABELS[behaviour.code]).toBe(behaviour.label);
      expect(behaviour.label.id).not.toBe('');
      expect(behaviour.label.en).not.toBe('');
      expect(behaviour.references.length).toBeGreaterThan(0);
      for (const principle of behaviour.principles) expect(isPrincipleCode(principle)).toBe(true);
    }
  });

  it('cites DKPP 2/2017 Pasal 8 huruf k for declaring family ties, as medium', () => {
    expect(cited('declareFamilyTies')).toEqual(['Peraturan DKPP 2/2017 Pasal 8 huruf k']);
    expect(BEHAVIOUR_BY_CODE.declareFamilyTies.references[0]?.confidence).toBe('medium');
  });

  it('cites Pasal 14 a–d and Pasal 15 a–d with their letters, as high', () => {
    const letters = (article: string) =>
      BEHAVIOURS.flatMap((b) => b.references)
        .filter((ref) => ref.instrument === 'Peraturan DKPP 2/2017' && ref.article === article)
        .map((ref) => [ref.letter, ref.confidence]);
    expect(letters('14')).toEqual([
      ['a', 'high'],
      ['b', 'high'],
      ['c', 'high'],
      ['d', 'high'],
    ]);
    expect(letters('15')).toEqual([
      ['a', 'high'],
      ['b', 'high'],
      ['c', 'high'],
      ['d', 'high'],
    ]);
  });

  it('leaves out the unconfirmed letter of the Pasal 8 neutrality and gift rules', () => {
    for (const code of ['remainNeutral', 'noPartisanSymbols', 'refuseGiftsFromParticipants'] as const) {
      expect(BEHAVIOUR_BY_CODE[code].references).toEqual([
        { instrument: 'Peraturan DKPP 2/2017', article: '8', confidence: 'medium' },
      ]);
    }
  });

  it('cites every ground of PKPU 8/2022 Pasal 43(4) from a to f', () => {
    const grounds = BEHAVIOURS.flatMap((b) => b.references)
      .filter((ref) => ref.instrument === 'PKPU 8/2022')
      .map((ref) => formatLegalReference(ref, 'en'));
    expect(grounds).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `PKPU 8/2022 Article 43 paragraph (4) letter ${l}`),
    );
  });

  it('files a Pasal 43(4) ground under its category', () => {
    expect(BEHAVIOUR_BY_CODE.meetMembershipRequirements.category).toBe('membershipRequirement');
    expect(BEHAVIOUR_BY_CODE.keepOathOrPledge.category).toBe('oathOrPledge');
    expect(BEHAVIOUR_BY_CODE.attendMandatoryPlenaries.category).toBe('performance');
  });

  it('marks the Kode Perilaku rules’ principle links as inferred where §5.7 does not give them', () => {
    expect(BEHAVIOUR_BY_CODE.noSelfEnrichment.principlesConfidence).toBe('low');
    expect(BEHAVIOUR_BY_CODE.refuseGiftsFromInterestedParties.principlesConfidence).toBeUndefined();
    expect(cited('noSelfEnrichment')).toEqual(['PKPU 8/2019 Pasal 74–90']);
  });

  it('lists the behaviours of a principle', () => {
    expect(behavioursOf('proportional').map((b) => b.code)).toEqual([
      'announceFamilyTiesPublicly',
      'announcePersonalConflicts',
      'noDecisionOnOwnInterest',
      'avoidConflictingActivities',
      'keepEntrustedSecrets',
      'noConflictingFacilities',
    ]);
    expect(behavioursOf('publicInterest')).toEqual([]);
  });

  it('recognises behaviour codes and refuses other strings', () => {
    expect(isBehaviourCode('keepIntegrityPact')).toBe(true);
    expect(isBehaviourCode('toString')).toBe(false);
  });
});
