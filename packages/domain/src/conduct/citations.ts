// Internal: the citations the catalogue repeats, each with the mark regulation.md gives it, so a mark is
// decided once. Not part of the public API.
import type { Confidence } from '../vocabulary/codes.js';
import type { LegalReference } from './legal-reference.js';
import { INSTRUMENTS } from './legal-reference.js';

/** Peraturan DKPP 2/2017: Pasal 14 and 15 were seen [H]; Pasal 8 only through reports [M]. */
export const dkppCode = (article: string, confidence: Confidence, letter?: string): LegalReference => ({
  instrument: INSTRUMENTS.dkppCodeOfEthics,
  article,
  ...(letter !== undefined && { letter }),
  confidence,
});

/** Pasal 8 without a letter: the behaviour is reported under mandiri, its letter is unknown [L]. */
export const DKPP_MANDIRI = dkppCode('8', 'medium');

/** PKPU 8/2022 Pasal 43(4): the grounds for dishonourable dismissal, seen in the text [H]. */
export const dismissalGround = (letter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f'): LegalReference => ({
  instrument: INSTRUMENTS.adhocBodies,
  article: '43',
  paragraph: '4',
  letter,
  confidence: 'high',
});

/** PKPU 8/2019 Kode Perilaku: the span Pasal 74–90 is reported [M]; which article holds which rule is not. */
export const KODE_PERILAKU: LegalReference = {
  instrument: INSTRUMENTS.kpuWorkingProcedure,
  article: '74–90',
  confidence: 'medium',
};
