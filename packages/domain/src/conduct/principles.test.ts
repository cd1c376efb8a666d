import { describe, expect, it } from 'vitest';
import {
  PRINCIPLES,
  PRINCIPLE_BY_CODE,
  PRINCIPLE_CATALOGUE,
  PRINCIPLE_GROUP_LABELS,
  PRINCIPLE_LABELS,
  isPrincipleCode,
  principlesInGroup,
} from './principles.js';

const ELECTION_LAW_PRINCIPLES = [
  'mandiri',
  'jujur',
  'adil',
  'berkepastian hukum',
  'tertib',
  'terbuka',
  'proporsional',
  'profesional',
  'akuntabel',
  'efektif',
  'efisien',
];

describe('principles', () => {
  it('holds exactly the eleven principles of UU 7/2017 Pasal 3, in the law’s order', () => {
    const inLaw = PRINCIPLE_CATALOGUE.filter((p) => p.inElectionLaw);
    expect(inLaw.map((p) => p.term)).toEqual(ELECTION_LAW_PRINCIPLES);
    for (const principle of inLaw) {
      expect(principle.references).toContainEqual({
        instrument: 'UU 7/2017',
        article: '3',
        confidence: 'high',
      });
    }
  });

  it('adds aksesibilitas and kepentingan umum from DKPP 2/2017 only', () => {
    const added = PRINCIPLE_CATALOGUE.filter((p) => !p.inElectionLaw);
    expect(added.map((p) => p.code)).toEqual(['accessibility', 'publicInterest']);
    for (const principle of added) expect(principle.references).toEqual([principle.groupReference]);
  });

  it('has unique codes, one record per code, in code order', () => {
    expect(new Set(PRINCIPLES).size).toBe(PRINCIPLES.length);
    expect(PRINCIPLE_CATALOGUE.map((p) => p.code)).toEqual(PRINCIPLES);
    for (const code of PRINCIPLES) expect(PRINCIPLE_BY_CODE[code].code).toBe(code);
  });

  it('groups jujur, mandiri, adil, akuntabel under integrity, citing Pasal 6(2) as medium', () => {
    expect(principlesInGroup('integrity').map((p) => p.code)).toEqual([
      'independent',
      'honest',
      'fair',
      'accountable',
    ]);
    for (const principle of principlesInGroup('integrity')) {
      expect(principle.groupReference).toMatchObject({ article: '6', paragraph: '2', confidence: 'medium' });
    }
  });

  it('groups the other nine under professionalism, citing Pasal 6(3) as low', () => {
    expect(principlesInGroup('professionalism').map((p) => p.term)).toEqual([
      'berkepastian hukum',
      'tertib',
      'terbuka',
      'proporsional',
      'profesional',
      'efektif',
      'efisien',
      'aksesibilitas',
      'kepentingan umum',
    ]);
    for (const principle of principlesInGroup('professionalism')) {
      expect(principle.groupReference).toMatchObject({ article: '6', paragraph: '3', confidence: 'low' });
    }
  });

  it('cites the behaviour article only for mandiri (8), proporsional (14) and profesional (15)', () => {
    const withArticle = PRINCIPLE_CATALOGUE.filter((p) => p.behaviourArticle !== undefined);
    expect(
      withArticle.map((p) => [p.code, p.behaviourArticle?.article, p.behaviourArticle?.confidence]),
    ).toEqual([
      ['independent', '8', 'medium'],
      ['proportional', '14', 'high'],
      ['professional', '15', 'high'],
    ]);
  });

  it('gives a definition only where the research reports one (mandiri)', () => {
    const defined = PRINCIPLE_CATALOGUE.filter((p) => p.definition !== undefined);
    expect(defined.map((p) => p.code)).toEqual(['independent']);
    expect(defined[0]?.definition?.text.en).toMatch(/interference/);
  });

  it('labels every principle and group in both locales', () => {
    for (const principle of PRINCIPLE_CATALOGUE) {
      expect(principle.label).toBe(PRINCIPLE_LABELS[principle.code]);
      expect(principle.label.id).not.toBe('');
      expect(principle.label.en).not.toBe('');
      expect(PRINCIPLE_GROUP_LABELS[principle.group].id).not.toBe('');
    }
  });

  it('recognises principle codes and refuses other strings', () => {
    expect(isPrincipleCode('publicInterest')).toBe(true);
    expect(isPrincipleCode('mandiri')).toBe(false);
  });
});
