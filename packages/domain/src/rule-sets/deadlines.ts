import type { Label } from '../labels/label.js';
import type { DeadlineRule, SessionRules } from './rule-set.js';

/** Said to users of a value no rule fixes: the commission sets it. */
const SETTING: Label = {
  id: 'Ketentuan yang dapat diatur komisi',
  en: 'A setting the commission can configure',
};
const settingThat = (id: string, en: string): Label => ({
  id: `${SETTING.id}: ${id}.`,
  en: `${SETTING.en}: ${en}.`,
});

// Default deadlines of regulation.md §3.4. Every one is [M] or [L], so each is data a rule set may override.

const screening: DeadlineRule = {
  key: 'screening',
  amount: 3,
  unit: 'workingDays',
  anchor: 'received',
  metBy: ['correctionRequested', 'screeningConcluded'],
  tracks: ['kpuInternal'],
  confidence: 'low',
  // regulation.md §10.1: document check "1–3 days" [L].
  basis: settingThat(
    'penelitian kelengkapan berkas paling lama 3 hari kerja',
    'the documents are checked within 3 working days',
  ),
};

const correction: DeadlineRule = {
  key: 'correction',
  amount: 3,
  unit: 'calendarDays',
  anchor: 'correctionRequested',
  metBy: ['correctionSubmitted'],
  confidence: 'medium',
  // By analogy with Bawaslu: 3 days to complete a deficient report (regulation.md §3.4, §3.5) [M].
  basis: settingThat(
    'kekurangan dilengkapi dalam 3 hari, mengikuti Perbawaslu 7/2022 untuk laporan pelanggaran',
    'missing items are supplied within 3 days, as Perbawaslu 7/2022 allows for violation reports',
  ),
};

const clarificationStart: DeadlineRule = {
  key: 'clarificationStart',
  amount: 1,
  unit: 'calendarDays',
  anchor: 'findingPlenaryHeld',
  metBy: ['clarificationStarted'],
  sources: ['internalFinding'],
  confidence: 'medium',
  // PKPU 8/2019 as described in "Tata Kelola Pemilu di Indonesia" [M].
  basis: {
    id: 'PKPU 8/2019 tentang Tata Kerja KPU: klarifikasi paling lama 1 hari setelah rapat pleno.',
    en: 'PKPU 8/2019 on the KPU’s working procedure: clarification at most 1 day after the plenary.',
  },
};

const examination: DeadlineRule = {
  key: 'examination',
  amount: 7,
  unit: 'workingDays',
  anchor: 'examinationStarted',
  metBy: ['examinationReported'],
  confidence: 'medium',
  // PKPU 8/2019 as described in "Tata Kelola Pemilu di Indonesia" [M].
  basis: {
    id: 'PKPU 8/2019 tentang Tata Kerja KPU: pemeriksaan paling lama 7 hari kerja.',
    en: 'PKPU 8/2019 on the KPU’s working procedure: the examination takes at most 7 working days.',
  },
};

const plenaryDecision: DeadlineRule = {
  key: 'plenaryDecision',
  amount: 1,
  unit: 'calendarDays',
  anchor: 'examinationReported',
  metBy: ['decided'],
  confidence: 'medium',
  // PKPU 8/2019 as described in "Tata Kelola Pemilu di Indonesia" [M].
  basis: {
    id: 'PKPU 8/2019 tentang Tata Kerja KPU: rapat pleno memutus paling lama 1 hari setelah laporan pemeriksaan.',
    en: 'PKPU 8/2019 on the KPU’s working procedure: the plenary decides at most 1 day after the examination report.',
  },
};

const decreeIssuance: DeadlineRule = {
  key: 'decreeIssuance',
  amount: 3,
  unit: 'workingDays',
  anchor: 'decided',
  metBy: ['decreeIssued', 'forwardedToDkpp'],
  tracks: ['kpuInternal'],
  confidence: 'low',
  // No source found; a working assumption to keep decisions from stalling [L].
  basis: settingThat(
    'keputusan diterbitkan paling lama 3 hari kerja setelah rapat pleno',
    'the decree is issued within 3 working days of the plenary',
  ),
};

const dkppExecution: DeadlineRule = {
  key: 'dkppExecution',
  amount: 7,
  unit: 'calendarDays',
  anchor: 'dkppVerdictRead',
  metBy: ['closed'],
  confidence: 'medium',
  // DKPP 69-PKE-DKPP/V/2024 as reported [M].
  basis: {
    id: 'Amar putusan DKPP (mis. 69-PKE-DKPP/V/2024): dilaksanakan paling lama 7 hari sejak putusan dibacakan.',
    en: 'DKPP verdicts (e.g. 69-PKE-DKPP/V/2024): carried out within 7 days of the verdict being read.',
  },
};

export const DEFAULT_DEADLINES: readonly DeadlineRule[] = [
  screening,
  correction,
  clarificationStart,
  examination,
  plenaryDecision,
  decreeIssuance,
  dkppExecution,
];

// DKPP summons a party 5 days before a hearing (UU 7/2017's DKPP procedure, regulation.md §3.4 [M]); no
// KPU rule for its own clarification and examination hearings was found, so the same span is assumed [L].
const DKPP_ANALOGY = settingThat(
  'panggilan dikirim 5 hari sebelum sidang, seperti dalam sidang DKPP',
  'summonses go out 5 days before the hearing, as in DKPP hearings',
);

export const DEFAULT_SESSION_RULES: SessionRules = {
  summonsLeadTime: {
    clarification: { amount: 5, unit: 'calendarDays', confidence: 'low', basis: DKPP_ANALOGY },
    examination: { amount: 5, unit: 'calendarDays', confidence: 'low', basis: DKPP_ANALOGY },
  },
};
