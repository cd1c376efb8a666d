import { describe, expect, it } from 'vitest';
import { isBehaviourCode } from './behaviours.js';
import { formatLegalReference } from './legal-reference.js';
import { isPrincipleCode } from './principles.js';
import {
  TYPICAL_VIOLATIONS,
  TYPICAL_VIOLATION_CODES,
  searchTypicalViolations,
} from './typical-violations.js';
import type { Locale } from '../labels/label.js';

const codesFor = (query: string, locale?: Locale) =>
  searchTypicalViolations(query, locale).map((match) => match.violation.code);

describe('typical violations', () => {
  it('has one record per row of regulation.md §5.7, with unique codes', () => {
    expect(TYPICAL_VIOLATIONS).toHaveLength(8);
    expect(new Set(TYPICAL_VIOLATION_CODES).size).toBe(TYPICAL_VIOLATION_CODES.length);
  });

  it('labels, cites and keys every row, referring only to known principles and behaviours', () => {
    for (const violation of TYPICAL_VIOLATIONS) {
      expect(violation.label.id).not.toBe('');
      expect(violation.label.en).not.toBe('');
      expect(violation.keywords.id.length).toBeGreaterThan(0);
      expect(violation.keywords.en.length).toBeGreaterThan(0);
      expect(violation.references.length).toBeGreaterThan(0);
      expect(violation.principles.length).toBeGreaterThan(0);
      for (const principle of violation.principles) expect(isPrincipleCode(principle)).toBe(true);
      for (const behaviour of violation.behaviours) expect(isBehaviourCode(behaviour)).toBe(true);
    }
  });

  it('cites the table’s instruments for the campaign row', () => {
    const [campaign] = TYPICAL_VIOLATIONS;
    expect(campaign?.references.map((ref) => formatLegalReference(ref))).toEqual([
      'Peraturan DKPP 2/2017 Pasal 8',
      'PKPU 8/2022 Pasal 43 ayat (4) huruf b',
    ]);
  });
});

describe('searchTypicalViolations', () => {
  it('finds the campaign-attendance violation for "kaos paslon"', () => {
    expect(codesFor('kaos paslon')).toEqual(['campaignParticipation']);
  });

  it('finds it for "salam dua jari" and for the English "two-finger sign"', () => {
    expect(codesFor('salam dua jari')).toEqual(['campaignParticipation']);
    expect(codesFor('two-finger sign')).toEqual(['campaignParticipation']);
  });

  it.each([
    ['uang', 'acceptingGifts'],
    ['hadiah', 'acceptingGifts'],
    ['money', 'acceptingGifts'],
    ['saudara', 'undisclosedFamilyTie'],
    ['keluarga calon', 'undisclosedFamilyTie'],
    ['anggota partai', 'partyMembership'],
    ['political party', 'partyMembership'],
    ['tidak hadir', 'absenceAndNeglectOfDuty'],
    ['PSU', 'voteCountErrors'],
    ['survei elektabilitas', 'extraTasksForPantarlih'],
  ])('finds %s → %s', (query, code) => {
    expect(codesFor(query)).toEqual([code]);
  });

  it('ignores case and diacritics', () => {
    expect(codesFor('MONEY')).toEqual(['acceptingGifts']);
    expect(codesFor('Hadíah')).toEqual(['acceptingGifts']);
    expect(codesFor('  KAÓS,  paslon!  ')).toEqual(['campaignParticipation']);
  });

  it('matches words by prefix', () => {
    expect(codesFor('gratifi')).toEqual(['acceptingGifts']);
    expect(codesFor('kamp')).toEqual(['campaignParticipation', 'undisclosedFamilyTie']);
  });

  it('narrows with every further word', () => {
    expect(codesFor('pleno')).toEqual(['mandatoryPlenaryNotHeld', 'absenceAndNeglectOfDuty']);
    expect(codesFor('pleno panwaslu')).toEqual(['mandatoryPlenaryNotHeld']);
    expect(codesFor('pleno panwaslu uang')).toEqual([]);
  });

  it('requires every word to match, not just one', () => {
    expect(codesFor('kaos xyzzy')).toEqual([]);
  });

  it('scores whole words above prefixes and ranks the whole-word match first', () => {
    // "vote" is a whole keyword of the count row and only a prefix of "voter" in the Pantarlih row.
    expect(searchTypicalViolations('vote').map((m) => [m.violation.code, m.score])).toEqual([
      ['voteCountErrors', 2],
      ['extraTasksForPantarlih', 1],
    ]);
  });

  it('ranks, among equal scores, the row whose keywords the query reaches more often', () => {
    // "pan" reaches panwaslu and panwascam in the plenary row, only pantarlih in the Pantarlih row.
    expect(codesFor('pan')).toEqual(['mandatoryPlenaryNotHeld', 'extraTasksForPantarlih']);
  });

  it('searches only the given locale when one is given', () => {
    expect(codesFor('campaign', 'en')).toEqual(['campaignParticipation', 'undisclosedFamilyTie']);
    expect(codesFor('campaign', 'id')).toEqual([]);
    expect(codesFor('kampanye', 'en')).toEqual([]);
  });

  it('finds nothing for nonsense', () => {
    expect(searchTypicalViolations('xyzzy')).toEqual([]);
  });

  it('returns every row, unscored and in table order, for an empty or blank query', () => {
    const all = TYPICAL_VIOLATIONS.map((violation) => ({ violation, score: 0 }));
    expect(searchTypicalViolations('')).toEqual(all);
    expect(searchTypicalViolations('  ,. ')).toEqual(all);
  });
});
