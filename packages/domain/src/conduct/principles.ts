import type { Label, LabelsOf } from '../labels/label.js';
import type { Confidence } from '../vocabulary/codes.js';
import type { LegalReference } from './legal-reference.js';
import { INSTRUMENTS } from './legal-reference.js';

// The principles of election organisers (regulation.md §5.1–5.2). The first eleven are UU 7/2017 Pasal 3
// in the law's order; DKPP 2/2017 adds the last two.
export const PRINCIPLES = [
  'independent',
  'honest',
  'fair',
  'legalCertainty',
  'orderly',
  'open',
  'proportional',
  'professional',
  'accountable',
  'effective',
  'efficient',
  'accessibility',
  'publicInterest',
] as const;
export type PrincipleCode = (typeof PRINCIPLES)[number];

/** DKPP 2/2017 Pasal 6(1): the principles serve integrity (6(2)) or professionalism (6(3)). */
export const PRINCIPLE_GROUPS = ['integrity', 'professionalism'] as const;
export type PrincipleGroup = (typeof PRINCIPLE_GROUPS)[number];

export const PRINCIPLE_LABELS = {
  independent: { id: 'Mandiri', en: 'Independent' },
  honest: { id: 'Jujur', en: 'Honest' },
  fair: { id: 'Adil', en: 'Fair' },
  legalCertainty: { id: 'Berkepastian hukum', en: 'Legal certainty' },
  orderly: { id: 'Tertib', en: 'Orderly' },
  open: { id: 'Terbuka', en: 'Open' },
  proportional: { id: 'Proporsional', en: 'Proportional' },
  professional: { id: 'Profesional', en: 'Professional' },
  accountable: { id: 'Akuntabel', en: 'Accountable' },
  effective: { id: 'Efektif', en: 'Effective' },
  efficient: { id: 'Efisien', en: 'Efficient' },
  accessibility: { id: 'Aksesibilitas', en: 'Accessibility' },
  publicInterest: { id: 'Kepentingan umum', en: 'Public interest' },
} as const satisfies LabelsOf<PrincipleCode>;

export const PRINCIPLE_GROUP_LABELS = {
  integrity: { id: 'Integritas', en: 'Integrity' },
  professionalism: { id: 'Profesionalitas', en: 'Professionalism' },
} as const satisfies LabelsOf<PrincipleGroup>;

/** A definition the research reports, with its mark; the Indonesian is a paraphrase, not the article. */
export interface Definition {
  readonly text: Label;
  readonly confidence: Confidence;
}

export interface Principle {
  readonly code: PrincipleCode;
  /** The term as the regulations write it: 'berkepastian hukum'. */
  readonly term: string;
  readonly label: Label;
  readonly group: PrincipleGroup;
  /** DKPP 2/2017 Pasal 6(2) or 6(3), marked as the research found it ([M] and [L] respectively). */
  readonly groupReference: LegalReference;
  /** Named in UU 7/2017 Pasal 3 (false for aksesibilitas and kepentingan umum). */
  readonly inElectionLaw: boolean;
  /** Where the principle is stated: UU 7/2017 Pasal 3 if there, then its DKPP 2/2017 group article. */
  readonly references: readonly LegalReference[];
  /** The DKPP 2/2017 article listing the principle's behaviours, where its number is known (§5.2). */
  readonly behaviourArticle?: LegalReference;
  readonly definition?: Definition;
}

const ELECTION_LAW_PASAL_3: LegalReference = {
  instrument: INSTRUMENTS.electionLaw,
  article: '3',
  confidence: 'high',
};

const GROUP_REFERENCES = {
  integrity: { instrument: INSTRUMENTS.dkppCodeOfEthics, article: '6', paragraph: '2', confidence: 'medium' },
  // The text of 6(3) was not seen; the list is background knowledge (regulation.md §5.2).
  professionalism: {
    instrument: INSTRUMENTS.dkppCodeOfEthics,
    article: '6',
    paragraph: '3',
    confidence: 'low',
  },
} as const satisfies { readonly [G in PrincipleGroup]: LegalReference };

const dkppArticle = (article: string, confidence: Confidence): LegalReference => ({
  instrument: INSTRUMENTS.dkppCodeOfEthics,
  article,
  confidence,
});

interface PrincipleFacts {
  readonly term: string;
  readonly group: PrincipleGroup;
  readonly inElectionLaw: boolean;
  readonly behaviourArticle?: LegalReference;
  readonly definition?: Definition;
}

// Only Pasal 8 (mandiri), 14 (proporsional) and 15 (profesional) have known numbers; the articles of the
// other principles exist but were not confirmed, so they are left out.
const PRINCIPLE_FACTS = {
  independent: {
    term: 'mandiri',
    group: 'integrity',
    inElectionLaw: true,
    behaviourArticle: dkppArticle('8', 'medium'),
    definition: {
      text: {
        id: 'Bebas dari, atau menolak, campur tangan siapa pun yang mempunyai kepentingan.',
        en: 'Free from, or refusing, interference by anyone with an interest.',
      },
      confidence: 'medium',
    },
  },
  honest: { term: 'jujur', group: 'integrity', inElectionLaw: true },
  fair: { term: 'adil', group: 'integrity', inElectionLaw: true },
  legalCertainty: { term: 'berkepastian hukum', group: 'professionalism', inElectionLaw: true },
  orderly: { term: 'tertib', group: 'professionalism', inElectionLaw: true },
  open: { term: 'terbuka', group: 'professionalism', inElectionLaw: true },
  proportional: {
    term: 'proporsional',
    group: 'professionalism',
    inElectionLaw: true,
    behaviourArticle: dkppArticle('14', 'high'),
  },
  professional: {
    term: 'profesional',
    group: 'professionalism',
    inElectionLaw: true,
    behaviourArticle: dkppArticle('15', 'high'),
  },
  accountable: { term: 'akuntabel', group: 'integrity', inElectionLaw: true },
  effective: { term: 'efektif', group: 'professionalism', inElectionLaw: true },
  efficient: { term: 'efisien', group: 'professionalism', inElectionLaw: true },
  accessibility: { term: 'aksesibilitas', group: 'professionalism', inElectionLaw: false },
  publicInterest: { term: 'kepentingan umum', group: 'professionalism', inElectionLaw: false },
} as const satisfies { readonly [C in PrincipleCode]: PrincipleFacts };

const toPrinciple = (code: PrincipleCode): Principle => {
  const facts: PrincipleFacts = PRINCIPLE_FACTS[code];
  const groupReference = GROUP_REFERENCES[facts.group];
  return {
    code,
    term: facts.term,
    label: PRINCIPLE_LABELS[code],
    group: facts.group,
    groupReference,
    inElectionLaw: facts.inElectionLaw,
    references: facts.inElectionLaw ? [ELECTION_LAW_PASAL_3, groupReference] : [groupReference],
    ...(facts.behaviourArticle && { behaviourArticle: facts.behaviourArticle }),
    ...(facts.definition && { definition: facts.definition }),
  };
};

/** Every principle in `PRINCIPLES` order. */
export const PRINCIPLE_CATALOGUE: readonly Principle[] = PRINCIPLES.map(toPrinciple);

export const PRINCIPLE_BY_CODE = Object.fromEntries(PRINCIPLE_CATALOGUE.map((p) => [p.code, p])) as {
  readonly [C in PrincipleCode]: Principle;
};

export const isPrincipleCode = (value: string): value is PrincipleCode =>
  (PRINCIPLES as readonly string[]).includes(value);

export const principlesInGroup = (group: PrincipleGroup): readonly Principle[] =>
  PRINCIPLE_CATALOGUE.filter((p) => p.group === group);
