import { describe, expect, it } from 'vitest';
import {
  ELECTION_NAMES,
  INTEGRITY_PACT,
  OATHS,
  hasKnownOath,
  oathText,
  pactItemsFor,
} from './oath-and-pact.js';

describe('oathText', () => {
  it('gives the KPPS oath for Pemilu 2024, verbatim and high confidence', () => {
    const oath = oathText({ bodyType: 'kpps', electionName: ELECTION_NAMES.pemilu2024 });
    expect(oath.text.id).toMatch(/^Demi Allah \(Tuhan\), saya bersumpah\/berjanji: /);
    expect(oath.text.id).toContain('sebagai anggota KPPS dengan sebaik-baiknya');
    expect(oath.text.id).toContain('demi suksesnya Pemilihan Umum Presiden dan Wakil Presiden');
    expect(oath.text.en).toContain('as a member of the KPPS');
    expect(oath).toMatchObject({ isVerbatim: true, confidence: 'high' });
  });

  it('names the regional-head election in the Pilkada 2024 variant', () => {
    const oath = oathText({ bodyType: 'kpps', electionName: ELECTION_NAMES.pilkada2024 });
    expect(oath.text.id).toContain(
      'demi suksesnya Pemilihan Kepala Daerah dan Wakil Kepala Daerah, tegaknya demokrasi dan keadilan',
    );
    expect(oath.text.en).toContain(
      'for the success of the Election of Regional Heads and Deputy Regional Heads',
    );
  });

  it('uses a plain election name as is in both languages', () => {
    const oath = oathText({ bodyType: 'kpps', electionName: 'Pemilu 2029' });
    expect(oath.text.id).toContain('demi suksesnya Pemilu 2029,');
    expect(oath.text.en).toContain('success of the Pemilu 2029,');
  });

  it('gives the PPK and PPS oath by analogy, marked low and not verbatim', () => {
    const oath = oathText({ bodyType: 'pps', electionName: ELECTION_NAMES.pilkada2024 });
    expect(oath.text.id).toContain('sebagai anggota PPS');
    expect(oath).toMatchObject({ isVerbatim: false, confidence: 'low' });
  });

  it('knows no oath for Pantarlih', () => {
    expect(hasKnownOath('pantarlih')).toBe(false);
    expect(hasKnownOath('ppk')).toBe(true);
  });

  it('records the two KPPS oaths the research saw', () => {
    expect(OATHS.map((o) => [o.code, o.bodyType, o.confidence])).toEqual([
      ['kppsPemilu2024', 'kpps', 'medium'],
      ['kppsPilkada2024', 'kpps', 'high'],
    ]);
    expect(OATHS[1]?.text).toEqual(
      oathText({ bodyType: 'kpps', electionName: ELECTION_NAMES.pilkada2024 }).text,
    );
  });
});

describe('integrity pact', () => {
  it('has a preamble and items with both languages, a source and a confidence', () => {
    expect(INTEGRITY_PACT.preamble.text.id).toContain('menyatakan janji kepada rakyat Indonesia');
    expect(INTEGRITY_PACT.preamble.isVerbatim).toBe(false);
    for (const item of [INTEGRITY_PACT.preamble, ...INTEGRITY_PACT.items]) {
      expect(item.text.id).not.toBe('');
      expect(item.text.en).not.toBe('');
      expect(item.source).not.toBe('');
      expect(item.confidence).toBe('medium');
    }
  });

  it('has unique item codes', () => {
    const codes = INTEGRITY_PACT.items.map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives the supervision of PPS and KPPS to the PPK only', () => {
    expect(pactItemsFor('ppk').map((item) => item.code)).toContain('supervisePpsAndKpps');
    expect(pactItemsFor('pps').map((item) => item.code)).not.toContain('supervisePpsAndKpps');
    expect(pactItemsFor('pps')).toHaveLength(INTEGRITY_PACT.items.length - 1);
  });
});
