import type { Label, Locale } from '../labels/label.js';
import type { ViolationCategory } from '../vocabulary/codes.js';
import type { BehaviourCode } from './behaviours.js';
import { DKPP_MANDIRI, KODE_PERILAKU, dismissalGround, dkppCode } from './citations.js';
import type { LegalReference } from './legal-reference.js';
import { INSTRUMENTS } from './legal-reference.js';
import type { PrincipleCode } from './principles.js';

interface TypicalViolationFacts {
  readonly label: Label;
  /** Words people use when they report it, per locale; matched by prefix, without case or diacritics. */
  readonly keywords: { readonly [L in Locale]: readonly string[] };
  readonly principles: readonly PrincipleCode[];
  /** Behaviours the row's instruments point to; empty where the source names no article. */
  readonly behaviours: readonly BehaviourCode[];
  readonly category: ViolationCategory;
  readonly references: readonly LegalReference[];
}

// regulation.md §5.7, one entry per row, in the table's order: the suggestions of the case form's
// "pasal yang diduga dilanggar" picker. Principles and references are the table's; nothing is added to it
// beyond the behaviours its articles list.
const TYPICAL_VIOLATION_FACTS = {
  campaignParticipation: {
    label: {
      id: 'Ikut kampanye atau menunjukkan dukungan kepada peserta pemilu (kaos paslon, salam dua jari)',
      en: 'Joining a campaign or showing support for an election participant (candidate shirts, two-finger sign)',
    },
    keywords: {
      id: [
        'kampanye',
        'ikut kampanye',
        'menghadiri kampanye',
        'kaos',
        'kaos paslon',
        'baju',
        'atribut',
        'paslon',
        'pasangan calon',
        'capres',
        'cawapres',
        'caleg',
        'calon',
        'salam dua jari',
        'dua jari',
        'dukung',
        'mendukung',
        'dukungan',
        'tim kampanye',
        'tim sukses',
        'timses',
        'netral',
        'netralitas',
        'tidak netral',
        'berpihak',
        'memihak',
        'menyebut nama calon',
        'video',
        'foto',
        'media sosial',
        'medsos',
      ],
      en: [
        'campaign',
        'campaigning',
        'rally',
        'shirt',
        't-shirt',
        'attribute',
        'candidate',
        'candidate pair',
        'presidential candidate',
        'two-finger sign',
        'hand sign',
        'support',
        'supporting',
        'neutrality',
        'partisan',
        'impartiality',
        'social media',
        'video',
        'photo',
      ],
    },
    principles: ['independent'],
    behaviours: [
      'noCampaignInvolvement',
      'noPartisanSymbols',
      'noPartisanStatements',
      'remainNeutral',
      'keepOathOrPledge',
    ],
    category: 'codeOfEthics',
    references: [DKPP_MANDIRI, dismissalGround('b')],
  },
  undisclosedFamilyTie: {
    label: {
      id: 'Hubungan keluarga dengan calon yang tidak diungkapkan',
      en: 'Undisclosed family tie with a candidate',
    },
    keywords: {
      id: [
        'keluarga',
        'hubungan keluarga',
        'saudara',
        'saudara kandung',
        'kakak',
        'adik',
        'suami',
        'istri',
        'ayah',
        'ibu',
        'anak',
        'orang tua',
        'kerabat',
        'caleg',
        'calon',
        'tim kampanye',
        'benturan kepentingan',
        'konflik kepentingan',
        'tidak mengumumkan',
        'tidak diungkapkan',
      ],
      en: [
        'family',
        'family tie',
        'relative',
        'sibling',
        'brother',
        'sister',
        'spouse',
        'husband',
        'wife',
        'father',
        'mother',
        'parent',
        'child',
        'son',
        'daughter',
        'candidate',
        'campaign team',
        'conflict of interest',
        'undisclosed',
        'declaration',
      ],
    },
    principles: ['independent', 'proportional'],
    behaviours: ['declareFamilyTies', 'announcePersonalConflicts', 'announceFamilyTiesPublicly'],
    category: 'codeOfEthics',
    references: [dkppCode('8', 'medium', 'k'), dkppCode('14', 'high', 'a')],
  },
  partyMembership: {
    label: {
      id: 'Menjadi anggota partai politik (diketahui setelah dilantik)',
      en: 'Member of a political party (discovered after appointment)',
    },
    keywords: {
      id: [
        'partai',
        'partai politik',
        'parpol',
        'anggota partai',
        'pengurus partai',
        'kader',
        'kartu tanda anggota',
        'kta',
        'sipol',
        'syarat',
        'tidak memenuhi syarat',
        'keanggotaan',
      ],
      en: [
        'party',
        'political party',
        'party member',
        'party membership',
        'membership card',
        'requirement',
        'eligibility',
        'ineligible',
      ],
    },
    principles: ['independent'],
    behaviours: ['meetMembershipRequirements'],
    category: 'membershipRequirement',
    references: [dismissalGround('a')],
  },
  acceptingGifts: {
    label: {
      id: 'Menerima uang atau barang dari peserta pemilu',
      en: 'Accepting money or goods from election participants',
    },
    keywords: {
      id: [
        'uang',
        'politik uang',
        'hadiah',
        'suap',
        'sogok',
        'amplop',
        'barang',
        'jasa',
        'gratifikasi',
        'imbalan',
        'honor',
        'honorarium',
        'pemberian',
        'menerima',
        'fasilitas',
        'sembako',
      ],
      en: [
        'money',
        'money politics',
        'gift',
        'bribe',
        'bribery',
        'goods',
        'services',
        'gratuity',
        'reward',
        'fee',
        'speaker fee',
        'envelope',
        'accepting',
        'facility',
      ],
    },
    principles: ['independent'],
    behaviours: [
      'refuseGiftsFromParticipants',
      'refuseGiftsFromInterestedParties',
      'handOverUnrefusableGifts',
      'noSpeakerFeesFromParticipants',
      'noRewardsFromParticipants',
    ],
    // The table cites both instruments; the gift rules are the core of the Kode Perilaku.
    category: 'codeOfConduct',
    references: [DKPP_MANDIRI, KODE_PERILAKU],
  },
  extraTasksForPantarlih: {
    label: {
      id: 'Memberi Pantarlih tugas di luar ketentuan (survei elektabilitas saat coklit)',
      en: 'Giving Pantarlih tasks outside the rules (electability survey during voter-list matching)',
    },
    keywords: {
      id: [
        'pantarlih',
        'survei',
        'survei elektabilitas',
        'elektabilitas',
        'coklit',
        'pencocokan dan penelitian',
        'tugas tambahan',
        'perintah',
        'menyuruh',
        'memerintahkan',
        'penyalahgunaan wewenang',
        'data pemilih',
      ],
      en: [
        'pantarlih',
        'electability',
        'survey',
        'poll',
        'extra task',
        'order',
        'instruction',
        'voter list',
        'voter data',
        'abuse of authority',
      ],
    },
    // The KPU cited DKPP 2/2017 on integrity without an article: the integrity group, no behaviour.
    principles: ['independent', 'honest', 'fair', 'accountable'],
    behaviours: [],
    category: 'codeOfEthics',
    references: [{ instrument: INSTRUMENTS.dkppCodeOfEthics, confidence: 'medium' }],
  },
  mandatoryPlenaryNotHeld: {
    label: {
      id: 'Tidak menggelar rapat pleno wajib atau tidak mengundang pengawas',
      en: 'Not holding a mandatory plenary meeting, or not inviting the election supervisors',
    },
    keywords: {
      id: [
        'pleno',
        'rapat pleno',
        'rapat',
        'tidak menggelar',
        'tidak mengundang',
        'undangan',
        'panwaslu',
        'panwascam',
        'pengawas',
        'pkd',
        'rekapitulasi',
        'tertutup',
      ],
      en: [
        'plenary',
        'plenary meeting',
        'meeting not held',
        'not invited',
        'invitation',
        'supervisor',
        'bawaslu',
        'panwaslu',
        'recapitulation',
        'closed meeting',
        'transparency',
      ],
    },
    principles: ['professional', 'legalCertainty', 'open'],
    behaviours: ['attendMandatoryPlenaries'],
    category: 'codeOfEthics',
    references: [dkppCode('15', 'high'), dismissalGround('e')],
  },
  voteCountErrors: {
    label: {
      id: 'Kesalahan penghitungan suara yang berujung pemungutan suara ulang (PSU)',
      en: 'Vote-count errors leading to a repeat vote (PSU)',
    },
    keywords: {
      id: [
        'salah hitung',
        'penghitungan suara',
        'hitung',
        'suara',
        'psu',
        'pemungutan suara ulang',
        'penghitungan suara ulang',
        'selisih',
        'selisih suara',
        'penggelembungan suara',
        'rekapitulasi',
        'plano',
        'formulir c hasil',
        'kesalahan',
        'tps',
      ],
      en: [
        'vote count',
        'counting',
        'miscount',
        'count error',
        'recount',
        'repeat vote',
        'revote',
        'discrepancy',
        'inflated votes',
        'tally',
        'tabulation',
        'polling station',
        'error',
      ],
    },
    principles: ['professional', 'honest'],
    // The source is a DKPP decision, which names no article of the code.
    behaviours: [],
    category: 'codeOfEthics',
    references: [{ instrument: INSTRUMENTS.dkppDecisionPamekasan2024, confidence: 'medium' }],
  },
  absenceAndNeglectOfDuty: {
    label: {
      id: 'Tidak hadir dalam rapat pleno atau melalaikan tugas tanpa alasan',
      en: 'Absent from plenary meetings, or neglecting duties without reason',
    },
    keywords: {
      id: [
        'tidak hadir',
        'absen',
        'mangkir',
        'bolos',
        'lalai',
        'kelalaian',
        'melalaikan tugas',
        'tidak melaksanakan tugas',
        'tanpa alasan',
        'tanpa keterangan',
        'tugas',
        'kewajiban',
        'pleno',
      ],
      en: [
        'absent',
        'absence',
        'no-show',
        'neglect',
        'negligence',
        'neglect of duty',
        'duties',
        'failing duties',
        'without reason',
        'plenary',
      ],
    },
    principles: ['professional', 'orderly'],
    behaviours: ['performDuties', 'attendMandatoryPlenaries'],
    category: 'performance',
    references: [dismissalGround('c'), dismissalGround('e')],
  },
} satisfies Record<string, TypicalViolationFacts>;

export type TypicalViolationCode = keyof typeof TYPICAL_VIOLATION_FACTS;

export interface TypicalViolation extends TypicalViolationFacts {
  readonly code: TypicalViolationCode;
}

export const TYPICAL_VIOLATION_CODES = Object.keys(
  TYPICAL_VIOLATION_FACTS,
) as readonly TypicalViolationCode[];

export const TYPICAL_VIOLATIONS: readonly TypicalViolation[] = TYPICAL_VIOLATION_CODES.map((code) => ({
  code,
  ...TYPICAL_VIOLATION_FACTS[code],
}));

// --- Search -------------------------------------------------------------------------------------------

/** Lower case without diacritics, so 'Hadíah' finds 'hadiah'. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const wordsOf = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

export interface TypicalViolationMatch {
  readonly violation: TypicalViolation;
  /** Sum over the query's words of the best match: 2 for a whole word, 1 for a prefix; 0 for an empty query. */
  readonly score: number;
}

type Scope = Locale | 'all';

// Built once: the distinct words of each row's keywords and label, per locale and for both.
const SEARCH_INDEX = TYPICAL_VIOLATIONS.map((violation) => {
  const wordsIn = (locale: Locale) => [
    ...violation.keywords[locale].flatMap(wordsOf),
    ...wordsOf(violation.label[locale]),
  ];
  const words: { readonly [S in Scope]: ReadonlySet<string> } = {
    id: new Set(wordsIn('id')),
    en: new Set(wordsIn('en')),
    all: new Set([...wordsIn('id'), ...wordsIn('en')]),
  };
  return { violation, words };
});

const EXACT = 2;
const PREFIX = 1;

/** Best quality and number of words one query word reaches; quality 0 means no match. */
function matchWord(token: string, words: ReadonlySet<string>): { quality: number; reach: number } {
  let quality = 0;
  let reach = 0;
  for (const word of words) {
    if (!word.startsWith(token)) continue;
    reach += 1;
    quality = Math.max(quality, word === token ? EXACT : PREFIX);
  }
  return { quality, reach };
}

/**
 * Typical violations matching every word of the query (each a prefix of some keyword or label word,
 * ignoring case and diacritics), best first: by score, then by how many words they reach, then in table
 * order. Only the given locale's keywords and label are searched; without a locale, both. An empty query
 * returns every row.
 */
export function searchTypicalViolations(query: string, locale?: Locale): readonly TypicalViolationMatch[] {
  const tokens = [...new Set(wordsOf(query))];
  if (tokens.length === 0) return TYPICAL_VIOLATIONS.map((violation) => ({ violation, score: 0 }));

  const scope: Scope = locale ?? 'all';
  const hits: { violation: TypicalViolation; score: number; reach: number; order: number }[] = [];
  SEARCH_INDEX.forEach(({ violation, words }, order) => {
    let score = 0;
    let reach = 0;
    for (const token of tokens) {
      const match = matchWord(token, words[scope]);
      if (match.quality === 0) return;
      score += match.quality;
      reach += match.reach;
    }
    hits.push({ violation, score, reach, order });
  });
  return hits
    .sort((a, b) => b.score - a.score || b.reach - a.reach || a.order - b.order)
    .map(({ violation, score }) => ({ violation, score }));
}
