import { describe, expect, it } from 'vitest';
import { messageOf } from '../labels/index.js';
import { deriveRuleSet, KPT_337_2020, PKPU_8_2019 } from '../rule-sets/index.js';
import {
  BODY_DRAFT_ERROR_CODES,
  BODY_SETUP_REFUSAL_CODES,
  bodyIdOf,
  checkBodyDraft,
  checkDissolution,
  DISSOLUTION_ERROR_CODES,
  type BodyDraft,
} from './body-draft.js';

const LUMAJANG = '35.08';
const PPK: BodyDraft = {
  type: 'ppk',
  name: ' PPK Kecamatan Tempursari ',
  region: { code: '35.08.01', level: 'district' },
  commissionRegionCode: LUMAJANG,
};
const KPPS: BodyDraft = {
  type: 'kpps',
  name: 'KPPS TPS 007',
  region: { code: '35.08.01.2001', level: 'village' },
  tpsNumber: 7,
  commissionRegionCode: LUMAJANG,
};
const codesOf = (draft: BodyDraft) => {
  const result = checkBodyDraft(draft);
  return result.ok ? [] : result.error.map((error) => error.code);
};

describe('checkBodyDraft', () => {
  it('accepts a PPK of a kecamatan and a KPPS of a TPS in the regency, the name trimmed', () => {
    expect(checkBodyDraft(PPK)).toEqual({ ok: true, value: { ...PPK, name: 'PPK Kecamatan Tempursari' } });
    expect(checkBodyDraft(KPPS).ok).toBe(true);
    expect(checkBodyDraft({ ...KPPS, type: 'pps', tpsNumber: undefined }).ok).toBe(true);
    expect(checkBodyDraft({ ...KPPS, type: 'pantarlih', tpsNumber: 999 }).ok).toBe(true);
  });

  it('pairs each type with its level of region', () => {
    expect(checkBodyDraft({ ...PPK, region: { code: '35.08.01.2001', level: 'village' } })).toEqual({
      ok: false,
      error: [
        { code: 'REGION_LEVEL_MISMATCH', type: 'ppk', expectedLevel: 'district', regionLevel: 'village' },
      ],
    });
    expect(codesOf({ ...KPPS, type: 'pps', tpsNumber: undefined, region: PPK.region })).toEqual([
      'REGION_LEVEL_MISMATCH',
    ]);
    expect(codesOf({ ...KPPS, region: { code: LUMAJANG, level: 'regency' } })).toEqual([
      'REGION_LEVEL_MISMATCH',
    ]);
  });

  it('asks a TPS number of KPPS and Pantarlih only, from 1 to 999', () => {
    expect(codesOf({ ...KPPS, tpsNumber: undefined })).toEqual(['TPS_NUMBER_REQUIRED']);
    expect(codesOf({ ...KPPS, type: 'pantarlih', tpsNumber: undefined })).toEqual(['TPS_NUMBER_REQUIRED']);
    expect(codesOf({ ...PPK, tpsNumber: 3 })).toEqual(['TPS_NUMBER_UNEXPECTED']);
    for (const tpsNumber of [0, 1000, 2.5, -7])
      expect(codesOf({ ...KPPS, tpsNumber })).toEqual(['INVALID_TPS_NUMBER']);
  });

  it('keeps a commission to the regions of its regency, by whole code segments', () => {
    expect(checkBodyDraft({ ...PPK, region: { code: '35.26.01', level: 'district' } })).toEqual({
      ok: false,
      error: [{ code: 'REGION_OUTSIDE_COMMISSION', regionCode: '35.26.01', commissionRegionCode: LUMAJANG }],
    });
    expect(codesOf({ ...PPK, commissionRegionCode: '35.0' })).toEqual(['REGION_OUTSIDE_COMMISSION']);
  });

  it('reports every problem at once, and a blank name', () => {
    expect(
      codesOf({ ...PPK, name: '  ', tpsNumber: 1, region: { code: '11.71.01.2001', level: 'village' } }),
    ).toEqual([
      'BODY_NAME_REQUIRED',
      'REGION_LEVEL_MISMATCH',
      'TPS_NUMBER_UNEXPECTED',
      'REGION_OUTSIDE_COMMISSION',
    ]);
  });
});

describe('bodyIdOf', () => {
  it('names bodies as the seeds do, and later generations on the same spot with a suffix', () => {
    expect(bodyIdOf('ppk', '35.08.01')).toBe('ppk-35.08.01');
    expect(bodyIdOf('kpps', '35.08.01.2001', 7)).toBe('kpps-35.08.01.2001-tps007');
    expect(bodyIdOf('pantarlih', '35.08.01.2001', 120, 2)).toBe('pantarlih-35.08.01.2001-tps120-2');
  });
});

describe('checkDissolution', () => {
  const now = new Date('2024-04-15T03:00:00Z');
  const facts = {
    reason: ' Masa tugas berakhir ',
    dissolvedAt: new Date('2024-04-01T00:00:00Z'),
    now,
    formedAt: new Date('2023-01-05T00:00:00Z'),
    activeMembers: 0,
  };
  const codeOf = (changes: Partial<typeof facts> & { alreadyDissolvedAt?: Date }) => {
    const result = checkDissolution({ ...facts, ...changes });
    return result.ok ? 'ok' : result.error.code;
  };

  it('dissolves a body without active members, with a reason, between formation and now', () => {
    expect(checkDissolution(facts)).toEqual({ ok: true, value: { reason: 'Masa tugas berakhir' } });
    expect(codeOf({ dissolvedAt: now })).toBe('ok');
    expect(checkDissolution({ ...facts, formedAt: undefined }).ok).toBe(true);
  });

  it('refuses while members are active, and says how many', () => {
    expect(checkDissolution({ ...facts, activeMembers: 5 })).toEqual({
      ok: false,
      error: { code: 'BODY_HAS_ACTIVE_MEMBERS', activeMembers: 5 },
    });
  });

  it('refuses a blank reason, a date ahead or before formation, and a second dissolution', () => {
    expect(codeOf({ reason: ' ' })).toBe('DISSOLUTION_REASON_REQUIRED');
    expect(codeOf({ dissolvedAt: new Date(now.getTime() + 1) })).toBe('DISSOLUTION_IN_FUTURE');
    expect(codeOf({ dissolvedAt: new Date('2022-12-31T00:00:00Z') })).toBe('DISSOLUTION_BEFORE_FORMATION');
    expect(codeOf({ alreadyDissolvedAt: facts.dissolvedAt })).toBe('BODY_DISSOLVED');
  });
});

describe('seats per body in the rule set', () => {
  it('gives PPK 5, PPS 3, KPPS 7 and Pantarlih 1 under both rule sets', () => {
    for (const ruleSet of [PKPU_8_2019, KPT_337_2020]) {
      const seats = Object.fromEntries(
        Object.entries(ruleSet.bodySeats).map(([type, rule]) => [type, rule.seats]),
      );
      expect(seats).toEqual({ ppk: 5, pps: 3, kpps: 7, pantarlih: 1 });
    }
    expect(KPT_337_2020.bodySeats.pantarlih.confidence).toBe('medium');
  });

  it('lets a rule set change the seats of one type', () => {
    const pilkada = deriveRuleSet(KPT_337_2020, {
      code: 'KPT-337-2020-PILKADA',
      bodySeats: {
        ...KPT_337_2020.bodySeats,
        pantarlih: {
          seats: 2,
          confidence: 'medium',
          basis: { id: 'TPS > 400 pemilih', en: 'TPS > 400 voters' },
        },
      },
    });
    expect(pilkada.bodySeats.pantarlih.seats).toBe(2);
    expect(pilkada.bodySeats.kpps.seats).toBe(7);
  });
});

describe('labels', () => {
  it('has a message for every code forming or dissolving a body can return', () => {
    for (const code of [...BODY_DRAFT_ERROR_CODES, ...DISSOLUTION_ERROR_CODES, ...BODY_SETUP_REFUSAL_CODES]) {
      expect(messageOf(code, 'id'), code).not.toBe(code);
      expect(messageOf(code, 'en'), code).not.toBe(code);
    }
  });
});
