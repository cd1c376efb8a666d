import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, formatLegalReference, legalReferenceLabel } from './legal-reference.js';
import type { LegalReference } from './legal-reference.js';

const pasal14a: LegalReference = {
  instrument: INSTRUMENTS.dkppCodeOfEthics,
  article: '14',
  letter: 'a',
  confidence: 'high',
};
const pasal43ayat4b: LegalReference = {
  instrument: INSTRUMENTS.adhocBodies,
  article: '43',
  paragraph: '4',
  letter: 'b',
  confidence: 'high',
};

describe('formatLegalReference', () => {
  it('cites article and letter in Indonesian by default', () => {
    expect(formatLegalReference(pasal14a)).toBe('Peraturan DKPP 2/2017 Pasal 14 huruf a');
  });

  it('cites article and letter in English', () => {
    expect(formatLegalReference(pasal14a, 'en')).toBe('Peraturan DKPP 2/2017 Article 14 letter a');
  });

  it('puts the paragraph in brackets between article and letter', () => {
    expect(formatLegalReference(pasal43ayat4b, 'id')).toBe('PKPU 8/2022 Pasal 43 ayat (4) huruf b');
    expect(formatLegalReference(pasal43ayat4b, 'en')).toBe('PKPU 8/2022 Article 43 paragraph (4) letter b');
  });

  it('cites only the instrument when no article is known', () => {
    const decision = { instrument: INSTRUMENTS.dkppDecisionPamekasan2024, confidence: 'medium' } as const;
    expect(formatLegalReference(decision, 'en')).toBe('Putusan DKPP 69-PKE-DKPP/V/2024');
  });

  it('cites a span of articles in the plural in English', () => {
    const span = {
      instrument: INSTRUMENTS.kpuWorkingProcedure,
      article: '74–90',
      confidence: 'medium',
    } as const;
    expect(formatLegalReference(span, 'id')).toBe('PKPU 8/2019 Pasal 74–90');
    expect(formatLegalReference(span, 'en')).toBe('PKPU 8/2019 Articles 74–90');
  });

  it('gives both locales as a label', () => {
    expect(legalReferenceLabel(pasal14a)).toEqual({
      id: 'Peraturan DKPP 2/2017 Pasal 14 huruf a',
      en: 'Peraturan DKPP 2/2017 Article 14 letter a',
    });
  });
});
