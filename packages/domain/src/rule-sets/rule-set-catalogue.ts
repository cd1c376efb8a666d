import { EVIDENCE_KINDS, OUTCOMES } from '../vocabulary/codes.js';
import { DEFAULT_BODY_SEATS } from './body-seats.js';
import { DEFAULT_DEADLINES, DEFAULT_SESSION_RULES } from './deadlines.js';
import type { RuleSet } from './rule-set.js';

const commonComplaintRules: RuleSet['complaint'] = {
  minimumEvidence: 2,
  acceptedEvidenceKinds: EVIDENCE_KINDS,
};

/**
 * The 2019 regime (PKPU 8/2019 before PKPU 3/2020): the KPU Kabupaten/Kota may only rehabilitate, warn or
 * suspend; a temporary dismissal goes to DKPP through KPU Provinsi and KPU RI, and DKPP decides.
 */
export const PKPU_8_2019: RuleSet = {
  code: 'PKPU-8-2019',
  title: 'PKPU 8/2019 tentang Tata Kerja KPU (rumusan awal)',
  basis: [
    'PKPU 8/2019 Pasal 112',
    'Peraturan DKPP 3/2017 Pasal 41–42',
    '"Tata Kelola Pemilu di Indonesia" p.181',
  ],
  validFrom: '2019-01-01',
  validTo: '2020-07-01',
  allowedOutcomes: ['rehabilitation', 'warning', 'strongWarning', 'temporaryDismissal'],
  outcomesForwardedToDkpp: ['temporaryDismissal'],
  dismissalSuspendsUntilDecree: true,
  allowDirectDecision: false,
  allowWithdrawal: false,
  complaint: commonComplaintRules,
  deadlines: DEFAULT_DEADLINES,
  deliveryRecipients: ['respondent', 'complainant', 'superiorBody', 'provincialCommission', 'bawaslu'],
  dueSoonWithin: { amount: 1, unit: 'workingDays' },
  sessions: DEFAULT_SESSION_RULES,
  bodySeats: DEFAULT_BODY_SEATS,
  backdatingLimit: { amount: 5, unit: 'workingDays' },
};

/**
 * Keputusan KPU 337/HK.06.2-Kpt/01/KPU/VII/2020 (after DKPP 2/2019 and PKPU 3/2020): the KPU
 * Kabupaten/Kota decides every outcome; a dismissal suspends the member until the decree (PKPU 8/2022
 * Pasal 43(6)). Its article-level text was not retrieved, so the options below are the research's best
 * reading and stay configurable.
 */
export const KPT_337_2020: RuleSet = {
  code: 'KPT-337-2020',
  title: 'Keputusan KPU 337/HK.06.2-Kpt/01/KPU/VII/2020',
  basis: ['Keputusan KPU 337/HK.06.2-Kpt/01/KPU/VII/2020', 'PKPU 3/2020', 'PKPU 8/2022 Pasal 43'],
  validFrom: '2020-07-01',
  allowedOutcomes: OUTCOMES,
  outcomesForwardedToDkpp: [],
  dismissalSuspendsUntilDecree: true,
  allowDirectDecision: false,
  allowWithdrawal: true,
  complaint: commonComplaintRules,
  deadlines: DEFAULT_DEADLINES,
  deliveryRecipients: ['respondent', 'complainant', 'superiorBody', 'provincialCommission', 'bawaslu'],
  dueSoonWithin: { amount: 2, unit: 'workingDays' },
  sessions: DEFAULT_SESSION_RULES,
  bodySeats: DEFAULT_BODY_SEATS,
  backdatingLimit: { amount: 5, unit: 'workingDays' },
};

export const RULE_SETS: readonly RuleSet[] = [PKPU_8_2019, KPT_337_2020];
