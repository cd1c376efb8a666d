import type { Label, Locale } from '../labels/label.js';
import { DEFAULT_LOCALE } from '../labels/label.js';
import type { Confidence } from '../vocabulary/codes.js';

/**
 * A pointer into a regulation, down to the letter where known, with regulation.md's confidence mark.
 * A part that the research could not confirm is left out rather than guessed: "Pasal 8" without a letter
 * says "somewhere in Pasal 8".
 */
export interface LegalReference {
  /** Short citation name, the same in every locale: 'Peraturan DKPP 2/2017', 'PKPU 8/2022'. */
  readonly instrument: string;
  /** Pasal; a range ('74–90') when only the span is known. */
  readonly article?: string;
  /** Ayat, without brackets: '4'. */
  readonly paragraph?: string;
  /** Huruf: 'a'. */
  readonly letter?: string;
  readonly confidence: Confidence;
}

/** The instruments the catalogue cites, named as regulation.md §1 names them. */
export const INSTRUMENTS = {
  electionLaw: 'UU 7/2017',
  dkppCodeOfEthics: 'Peraturan DKPP 2/2017',
  kpuWorkingProcedure: 'PKPU 8/2019',
  /** Fifth amendment of PKPU 8/2019; operationalises the family-tie declaration (regulation.md §5.4). */
  kpuWorkingProcedureFifthAmendment: 'PKPU 12/2023',
  adhocBodies: 'PKPU 8/2022',
  adhocFormationGuideline: 'Keputusan KPU 476/2022',
  /** The PSU case of regulation.md §5.7: a decision, not a regulation, so it has no article. */
  dkppDecisionPamekasan2024: 'Putusan DKPP 69-PKE-DKPP/V/2024',
} as const;

const TERMS = {
  id: { article: 'Pasal', articles: 'Pasal', paragraph: 'ayat', letter: 'huruf' },
  en: { article: 'Article', articles: 'Articles', paragraph: 'paragraph', letter: 'letter' },
} as const satisfies { readonly [L in Locale]: Record<string, string> };

const isRange = (article: string): boolean => /[–-]/.test(article);

/** 'Peraturan DKPP 2/2017 Pasal 14 huruf a' (id) · 'PKPU 8/2022 Article 43 paragraph (4) letter b' (en). */
export function formatLegalReference(ref: LegalReference, locale: Locale = DEFAULT_LOCALE): string {
  const terms = TERMS[locale];
  const parts = [ref.instrument];
  if (ref.article !== undefined) {
    parts.push(`${isRange(ref.article) ? terms.articles : terms.article} ${ref.article}`);
  }
  if (ref.paragraph !== undefined) parts.push(`${terms.paragraph} (${ref.paragraph})`);
  if (ref.letter !== undefined) parts.push(`${terms.letter} ${ref.letter}`);
  return parts.join(' ');
}

/** Both locales at once, for records that carry labels. */
export const legalReferenceLabel = (ref: LegalReference): Label => ({
  id: formatLegalReference(ref, 'id'),
  en: formatLegalReference(ref, 'en'),
});
