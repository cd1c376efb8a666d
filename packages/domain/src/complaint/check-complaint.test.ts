import { describe, expect, it } from 'vitest';
import type { ComplaintRules } from '../rule-sets/rule-set.js';
import type { CaseSource, DayUnit } from '../vocabulary/codes.js';
import {
  checkComplaint,
  COMPLAINT_DEFICIENCY_LABELS,
  FORMAL_DEFICIENCY_CODES,
  INSTITUTIONAL_SOURCES,
  MATERIAL_DEFICIENCY_CODES,
  MINIMUM_CHRONOLOGY_LENGTH,
  REQUIREMENT_LABELS,
  type ComplaintDraft,
  type CountDays,
  type Deficiency,
} from './index.js';

const NOW = new Date('2025-03-10T02:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysBefore = (days: number): Date => new Date(NOW.getTime() - days * DAY);

const countCalendarDays: CountDays = (from, to) => Math.floor((to.getTime() - from.getTime()) / DAY);
const at = { receivedAt: NOW, countDays: countCalendarDays };

const RULES: ComplaintRules = {
  minimumEvidence: 2,
  acceptedEvidenceKinds: [
    'witnessStatement',
    'expertStatement',
    'document',
    'indication',
    'partyStatement',
    'electronicData',
  ],
};
const SEVEN_DAYS = {
  amount: 7,
  unit: 'calendarDays',
  confidence: 'medium',
  basis: 'Bawaslu analogy',
} as const;
const WITH_WINDOW: ComplaintRules = { ...RULES, filingWindow: SEVEN_DAYS };

const aCompleteDraft = (overrides: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  source: 'publicComplaint',
  complainant: { name: 'Siti Aminah', idNumber: '3507014101900001', phone: '081234567890' },
  respondents: [{ name: 'Budi Santoso', bodyType: 'pps', position: 'member', bodyName: 'PPS Desa Sukamaju' }],
  eventDate: daysBefore(3),
  eventPlace: 'TPS 04 Desa Sukamaju',
  chronology: 'Teradu mengenakan kaos salah satu calon saat rekapitulasi di balai desa.',
  evidence: [
    { kind: 'electronicData', description: 'Foto teradu memakai kaos calon' },
    { kind: 'witnessStatement', description: 'Keterangan warga yang hadir' },
  ],
  ...overrides,
});

/** A complete draft with some fields left out, as a clerk who has not typed them yet. */
const aDraftWithout = (keys: readonly (keyof ComplaintDraft)[], overrides: Partial<ComplaintDraft> = {}) =>
  Object.fromEntries(
    Object.entries(aCompleteDraft(overrides)).filter(([key]) => !(keys as readonly string[]).includes(key)),
  ) as unknown as ComplaintDraft;

const codesOf = (deficiencies: readonly Deficiency[]) => deficiencies.map((d) => d.code);
const check = (draft: ComplaintDraft, rules: ComplaintRules = RULES) => checkComplaint(draft, rules, at);

describe('checkComplaint', () => {
  it('accepts a complete complaint with no deficiency', () => {
    expect(check(aCompleteDraft())).toEqual({ complete: true, formal: [], material: [], deficiencies: [] });
  });

  it('reports every missing formal requirement at once', () => {
    const result = check({ source: 'publicComplaint', respondents: [{}] });
    expect(result.complete).toBe(false);
    expect(result.formal).toEqual([
      { code: 'COMPLAINANT_NAME_MISSING', requirement: 'formal', field: 'complainant.name' },
      { code: 'COMPLAINANT_ID_MISSING', requirement: 'formal', field: 'complainant.idNumber' },
      { code: 'COMPLAINANT_CONTACT_MISSING', requirement: 'formal', field: 'complainant' },
      { code: 'RESPONDENT_NAME_MISSING', requirement: 'formal', field: 'respondents[0].name' },
      { code: 'RESPONDENT_POSITION_MISSING', requirement: 'formal', field: 'respondents[0].bodyType' },
      { code: 'RESPONDENT_POSITION_MISSING', requirement: 'formal', field: 'respondents[0].position' },
    ]);
  });

  it('reports every missing material requirement at once', () => {
    const result = check(aDraftWithout(['eventDate', 'eventPlace', 'chronology', 'evidence']));
    expect(result.material).toEqual([
      { code: 'EVENT_DATE_MISSING', requirement: 'material', field: 'eventDate' },
      { code: 'EVENT_PLACE_MISSING', requirement: 'material', field: 'eventPlace' },
      { code: 'CHRONOLOGY_MISSING', requirement: 'material', field: 'chronology' },
      { code: 'EVIDENCE_INSUFFICIENT', requirement: 'material', field: 'evidence' },
    ]);
  });

  it('lists formal deficiencies before material ones', () => {
    const result = check(aCompleteDraft({ complainant: {}, eventPlace: ' ' }));
    expect(result.deficiencies).toEqual([...result.formal, ...result.material]);
    expect(codesOf(result.deficiencies)).toEqual([
      'COMPLAINANT_NAME_MISSING',
      'COMPLAINANT_ID_MISSING',
      'COMPLAINANT_CONTACT_MISSING',
      'EVENT_PLACE_MISSING',
    ]);
  });

  describe('complainant identity', () => {
    it('treats blank and placeholder text as missing', () => {
      const result = check(aCompleteDraft({ complainant: { name: '   ', idNumber: '-', address: '...' } }));
      expect(codesOf(result.formal)).toEqual([
        'COMPLAINANT_NAME_MISSING',
        'COMPLAINANT_ID_MISSING',
        'COMPLAINANT_CONTACT_MISSING',
      ]);
    });

    it.each([
      ['an address', { address: 'Jl. Merdeka 1, Sukamaju' }],
      ['a phone number', { phone: '081234567890' }],
      ['an e-mail address', { email: 'siti@example.org' }],
    ])('accepts %s as the contact', (_, contact) => {
      const result = check(
        aCompleteDraft({ complainant: { name: 'Siti', idNumber: '3507014101900001', ...contact } }),
      );
      expect(result.complete).toBe(true);
    });

    it('still requires the identity of a complainant who asked for confidentiality', () => {
      const result = check(aCompleteDraft({ complainant: { confidential: true } }));
      expect(codesOf(result.formal)).toContain('COMPLAINANT_NAME_MISSING');
    });

    it.each(INSTITUTIONAL_SOURCES)('does not ask for a personal identity when the source is %s', (source) => {
      const result = check(aDraftWithout(['complainant'], { source, sourceReference: '001/PE-1/2025' }));
      expect(result.complete).toBe(true);
    });

    it('asks for a personal identity when the source is a report', () => {
      const result = check(aCompleteDraft({ source: 'report', complainant: {} }));
      expect(codesOf(result.formal)).toContain('COMPLAINANT_ID_MISSING');
    });
  });

  describe('respondents', () => {
    it('refuses a complaint against nobody', () => {
      expect(codesOf(check(aCompleteDraft({ respondents: [] })).formal)).toEqual(['RESPONDENT_MISSING']);
      expect(check(aDraftWithout(['respondents'])).formal).toEqual([
        { code: 'RESPONDENT_MISSING', requirement: 'formal', field: 'respondents' },
      ]);
    });

    it('points each gap at the respondent it belongs to', () => {
      const result = check(
        aCompleteDraft({
          respondents: [
            { name: 'Budi Santoso', bodyType: 'pps', position: 'chair' },
            { name: 'Rina', bodyType: 'kpps' },
          ],
        }),
      );
      expect(result.formal).toEqual([
        { code: 'RESPONDENT_POSITION_MISSING', requirement: 'formal', field: 'respondents[1].position' },
      ]);
    });

    it('accepts several fully identified respondents', () => {
      const result = check(
        aCompleteDraft({
          respondents: [
            { name: 'Budi Santoso', bodyType: 'pps', position: 'chair' },
            { name: 'Rina', bodyType: 'kpps', position: 'member', membershipId: 'm-9' },
          ],
        }),
      );
      expect(result.complete).toBe(true);
    });
  });

  describe('source reference', () => {
    it.each(INSTITUTIONAL_SOURCES)('requires a reference when the source is %s', (source) => {
      const result = check(aCompleteDraft({ source, sourceReference: '  ' }));
      expect(result.formal).toEqual([
        { code: 'SOURCE_REFERENCE_MISSING', requirement: 'formal', field: 'sourceReference' },
      ]);
    });

    it.each<CaseSource>(['publicComplaint', 'report'])(
      'needs no reference when the source is %s',
      (source) => {
        expect(check(aCompleteDraft({ source })).complete).toBe(true);
      },
    );
  });

  describe('event date', () => {
    it('refuses an event dated after the complaint was received', () => {
      const result = check(aCompleteDraft({ eventDate: new Date(NOW.getTime() + 1) }));
      expect(result.material).toEqual([
        { code: 'EVENT_DATE_IN_FUTURE', requirement: 'material', field: 'eventDate' },
      ]);
    });

    it('accepts an event on the very moment of receipt', () => {
      expect(check(aCompleteDraft({ eventDate: NOW })).complete).toBe(true);
    });

    it('treats an unreadable date as missing', () => {
      const result = check(aCompleteDraft({ eventDate: new Date('not a date') }));
      expect(codesOf(result.material)).toEqual(['EVENT_DATE_MISSING']);
    });
  });

  describe('chronology', () => {
    it('calls a whitespace-only chronology missing', () => {
      expect(codesOf(check(aCompleteDraft({ chronology: ' \n\t ' })).material)).toEqual([
        'CHRONOLOGY_MISSING',
      ]);
    });

    it('calls punctuation-only text missing', () => {
      expect(codesOf(check(aCompleteDraft({ chronology: '-- ... --' })).material)).toEqual([
        'CHRONOLOGY_MISSING',
      ]);
    });

    it('refuses a chronology shorter than the minimum of meaningful characters', () => {
      const justShort = 'a b c d e f g h i j k l m n o p q r s'; // 19 letters, padded with spaces
      expect(justShort.replace(/\s/g, '')).toHaveLength(MINIMUM_CHRONOLOGY_LENGTH - 1);
      expect(codesOf(check(aCompleteDraft({ chronology: justShort })).material)).toEqual([
        'CHRONOLOGY_TOO_SHORT',
      ]);
    });

    it('accepts a chronology of exactly the minimum length', () => {
      expect(check(aCompleteDraft({ chronology: 'x'.repeat(MINIMUM_CHRONOLOGY_LENGTH) })).complete).toBe(
        true,
      );
    });
  });

  describe('evidence', () => {
    it('refuses fewer pieces than the rule set requires', () => {
      const result = check(aCompleteDraft({ evidence: [{ kind: 'document' }] }));
      expect(result.material).toEqual([
        { code: 'EVIDENCE_INSUFFICIENT', requirement: 'material', field: 'evidence' },
      ]);
    });

    it('accepts two pieces of the same accepted kind', () => {
      expect(check(aCompleteDraft({ evidence: [{ kind: 'document' }, { kind: 'document' }] })).complete).toBe(
        true,
      );
    });

    it('names each piece of a kind the rule set does not accept, and does not count it', () => {
      const result = check(
        aCompleteDraft({
          evidence: [
            { kind: 'document' },
            { kind: 'rumour' },
            { kind: 'electronicData' },
            { kind: 'promiseToTestify' },
          ],
        }),
      );
      expect(result.material).toEqual([
        { code: 'EVIDENCE_KIND_NOT_ACCEPTED', requirement: 'material', field: 'evidence[1].kind' },
        { code: 'EVIDENCE_KIND_NOT_ACCEPTED', requirement: 'material', field: 'evidence[3].kind' },
      ]);
    });

    it('reports both the refused piece and the shortfall it causes', () => {
      const result = check(aCompleteDraft({ evidence: [{ kind: 'document' }, { kind: 'rumour' }] }));
      expect(codesOf(result.material)).toEqual(['EVIDENCE_KIND_NOT_ACCEPTED', 'EVIDENCE_INSUFFICIENT']);
    });

    it('follows the rule set: a kind it leaves out is refused', () => {
      const rules: ComplaintRules = { minimumEvidence: 1, acceptedEvidenceKinds: ['document'] };
      const result = check(
        aCompleteDraft({ evidence: [{ kind: 'document' }, { kind: 'indication' }] }),
        rules,
      );
      expect(result.material).toEqual([
        { code: 'EVIDENCE_KIND_NOT_ACCEPTED', requirement: 'material', field: 'evidence[1].kind' },
      ]);
    });
  });

  describe('filing window', () => {
    it('ignores lateness when the rule set sets no window', () => {
      expect(check(aCompleteDraft({ eventDate: daysBefore(400) })).complete).toBe(true);
    });

    it('accepts a complaint filed on the last day of the window', () => {
      expect(check(aCompleteDraft({ eventDate: daysBefore(7) }), WITH_WINDOW).complete).toBe(true);
    });

    it('refuses a complaint filed after the window, counted from the event', () => {
      const result = check(aCompleteDraft({ eventDate: daysBefore(8) }), WITH_WINDOW);
      expect(result.formal).toEqual([
        { code: 'FILING_WINDOW_PASSED', requirement: 'formal', field: 'eventDate' },
      ]);
    });

    it('counts from when the complainant learned of the event', () => {
      const learnedLate = aCompleteDraft({ eventDate: daysBefore(30), knownAt: daysBefore(2) });
      expect(check(learnedLate, WITH_WINDOW).complete).toBe(true);
      const result = check(
        aCompleteDraft({ eventDate: daysBefore(30), knownAt: daysBefore(9) }),
        WITH_WINDOW,
      );
      expect(result.formal).toEqual([
        { code: 'FILING_WINDOW_PASSED', requirement: 'formal', field: 'knownAt' },
      ]);
    });

    it('counts in the unit of the rule set, through the calendar it is given', () => {
      const calls: [Date, Date, DayUnit][] = [];
      const countDays: CountDays = (from, to, unit) => {
        calls.push([from, to, unit]);
        return 6;
      };
      const rules: ComplaintRules = {
        ...WITH_WINDOW,
        filingWindow: { ...SEVEN_DAYS, amount: 5, unit: 'workingDays' },
      };
      const draft = aCompleteDraft({ knownAt: daysBefore(1) });
      const result = checkComplaint(draft, rules, { receivedAt: NOW, countDays });
      expect(calls).toEqual([[draft.knownAt, NOW, 'workingDays']]);
      expect(codesOf(result.formal)).toEqual(['FILING_WINDOW_PASSED']);
    });

    it.each(INSTITUTIONAL_SOURCES)('never calls a %s late', (source) => {
      const draft = aCompleteDraft({ source, sourceReference: 'B-12/PM.00/2025', eventDate: daysBefore(60) });
      expect(check(draft, WITH_WINDOW).complete).toBe(true);
    });

    it('cannot judge lateness without any date, and reports only the missing date', () => {
      const result = check(aDraftWithout(['eventDate']), WITH_WINDOW);
      expect(codesOf(result.deficiencies)).toEqual(['EVENT_DATE_MISSING']);
    });
  });

  describe('date the event became known', () => {
    it('refuses a date before the event', () => {
      const result = check(aCompleteDraft({ eventDate: daysBefore(3), knownAt: daysBefore(4) }));
      expect(result.formal).toEqual([
        { code: 'KNOWN_AT_OUT_OF_RANGE', requirement: 'formal', field: 'knownAt' },
      ]);
    });

    it('refuses a date after the complaint was received, and counts the window from the event instead', () => {
      const result = check(
        aCompleteDraft({ eventDate: daysBefore(10), knownAt: new Date(NOW.getTime() + DAY) }),
        WITH_WINDOW,
      );
      expect(result.formal).toEqual([
        { code: 'KNOWN_AT_OUT_OF_RANGE', requirement: 'formal', field: 'knownAt' },
        { code: 'FILING_WINDOW_PASSED', requirement: 'formal', field: 'eventDate' },
      ]);
    });

    it('accepts a date between the event and receipt', () => {
      expect(check(aCompleteDraft({ eventDate: daysBefore(3), knownAt: daysBefore(1) })).complete).toBe(true);
    });

    it('accepts a date without an event date to compare it with', () => {
      const result = check(aDraftWithout(['eventDate'], { knownAt: daysBefore(1) }));
      expect(codesOf(result.deficiencies)).toEqual(['EVENT_DATE_MISSING']);
    });
  });

  it('throws on an unreadable receipt time, which is a bug in the caller', () => {
    expect(() => checkComplaint(aCompleteDraft(), RULES, { ...at, receivedAt: new Date('x') })).toThrow(
      /receivedAt/,
    );
  });

  it('throws on a rule set with a negative evidence minimum', () => {
    expect(() => checkComplaint(aCompleteDraft(), { ...RULES, minimumEvidence: -1 }, at)).toThrow(
      /minimumEvidence/,
    );
  });
});

describe('complaint labels', () => {
  it('labels every deficiency code and requirement in both languages', () => {
    for (const code of [...FORMAL_DEFICIENCY_CODES, ...MATERIAL_DEFICIENCY_CODES]) {
      expect(COMPLAINT_DEFICIENCY_LABELS[code].id).not.toBe('');
      expect(COMPLAINT_DEFICIENCY_LABELS[code].en).not.toBe('');
    }
    expect(Object.keys(COMPLAINT_DEFICIENCY_LABELS)).toHaveLength(
      FORMAL_DEFICIENCY_CODES.length + MATERIAL_DEFICIENCY_CODES.length,
    );
    expect(REQUIREMENT_LABELS.formal.id).toBe('Syarat formil');
  });
});
