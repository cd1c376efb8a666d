import type { Label } from '../labels/label.js';
import type { BodyType, Confidence } from '../vocabulary/codes.js';

// The oath (sumpah/janji) and integrity pact (pakta integritas) that allegations in the `oathOrPledge` and
// `integrityPact` categories point to (regulation.md §5.5, §5.6). The English is an unofficial translation.

/** A text with where it comes from and whether it is the instrument's wording or a summary of it. */
export interface SourcedText {
  readonly text: Label;
  /** True when the Indonesian is the text as sworn or signed; false for a summary of reported content. */
  readonly isVerbatim: boolean;
  readonly confidence: Confidence;
  readonly source: string;
}

/** Bodies whose oath is known: KPPS from the 2024 texts, PPK and PPS by analogy. Pantarlih: not found. */
export const OATH_BODY_TYPES = ['ppk', 'pps', 'kpps'] as const satisfies readonly BodyType[];
export type OathBodyType = (typeof OATH_BODY_TYPES)[number];

export const hasKnownOath = (bodyType: BodyType): bodyType is OathBodyType =>
  (OATH_BODY_TYPES as readonly BodyType[]).includes(bodyType);

/** The election the oath is sworn "demi suksesnya …", as the 2024 texts name it. */
export const ELECTION_NAMES = {
  // The KPPS opening script [S52]; another 2024 copy [S51] names only DPR, DPD and DPRD.
  pemilu2024: {
    id:
      'Pemilihan Umum Presiden dan Wakil Presiden, Anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah ' +
      'dan Dewan Perwakilan Rakyat Daerah Provinsi serta Dewan Perwakilan Rakyat Daerah Kabupaten/Kota',
    en:
      'General Election of the President and Vice-President and of the Members of the House of ' +
      "Representatives, the Regional Representative Council and the Provincial and Regency/City People's " +
      'Representative Councils',
  },
  pilkada2024: {
    id: 'Pemilihan Kepala Daerah dan Wakil Kepala Daerah',
    en: 'Election of Regional Heads and Deputy Regional Heads',
  },
} as const satisfies Record<string, Label>;

export interface OathInput {
  readonly bodyType: OathBodyType;
  /** A `Label` from `ELECTION_NAMES`, or a name used as is in both languages. */
  readonly electionName: Label | string;
}

const BODY_NAMES = { ppk: 'PPK', pps: 'PPS', kpps: 'KPPS' } as const satisfies Record<OathBodyType, string>;

/**
 * The oath for a body and election. KPPS members (and petugas ketertiban TPS) swear it at the opening
 * of the voting meeting, led by the Ketua KPPS; that the PPK and PPS swear the same words at their
 * inauguration is an inference [L].
 */
export function oathText({ bodyType, electionName }: OathInput): SourcedText {
  const body = BODY_NAMES[bodyType];
  const election = typeof electionName === 'string' ? { id: electionName, en: electionName } : electionName;
  const isKpps = bodyType === 'kpps';
  return {
    text: {
      id:
        'Demi Allah (Tuhan), saya bersumpah/berjanji: ' +
        `bahwa saya akan memenuhi tugas dan kewajiban saya sebagai anggota ${body} dengan sebaik-baiknya ` +
        'sesuai dengan peraturan perundang-undangan dengan berpedoman pada Pancasila dan Undang-Undang Dasar ' +
        'Negara Republik Indonesia Tahun 1945; bahwa saya dalam menjalankan tugas dan wewenang akan bekerja ' +
        `dengan sungguh-sungguh, jujur, adil, dan cermat demi suksesnya ${election.id}, tegaknya demokrasi ` +
        'dan keadilan, serta mengutamakan kepentingan Negara Kesatuan Republik Indonesia daripada kepentingan ' +
        'pribadi atau golongan.',
      en:
        'By God, I swear/promise: ' +
        `that I will fulfil my duties and obligations as a member of the ${body} as well as I can, in ` +
        'accordance with the laws and regulations and guided by Pancasila and the 1945 Constitution of the ' +
        'Republic of Indonesia; that in exercising my duties and authority I will work earnestly, honestly, ' +
        `fairly and carefully for the success of the ${election.en}, the upholding of democracy and justice, ` +
        'and will put the interests of the Unitary State of the Republic of Indonesia above personal or ' +
        'group interests.',
    },
    isVerbatim: isKpps,
    confidence: isKpps ? 'high' : 'low',
    source: isKpps
      ? // regulation.md §5.5 [S51][S52][S53]
        'KPPS oath in the voting-meeting texts of Pemilu 2024 and Pilkada 2024'
      : // regulation.md §5.5 [L]
        'Follows the KPPS oath; the wording at inauguration was not seen',
  };
}

export interface OathVersion extends SourcedText {
  readonly code: string;
  readonly bodyType: OathBodyType;
  readonly electionName: Label;
}

/** The two KPPS oaths the research saw; other combinations come from `oathText`. */
export const OATHS: readonly OathVersion[] = [
  {
    code: 'kppsPemilu2024',
    bodyType: 'kpps',
    electionName: ELECTION_NAMES.pemilu2024,
    ...oathText({ bodyType: 'kpps', electionName: ELECTION_NAMES.pemilu2024 }),
    // The 2024 copies agree on the oath but name the election differently (see ELECTION_NAMES).
    confidence: 'medium',
  },
  {
    code: 'kppsPilkada2024',
    bodyType: 'kpps',
    electionName: ELECTION_NAMES.pilkada2024,
    ...oathText({ bodyType: 'kpps', electionName: ELECTION_NAMES.pilkada2024 }),
  },
];

export interface PactItem {
  readonly code: string;
  readonly text: Label;
  /** The bodies whose pact has the item; absent means every ad hoc body. */
  readonly bodyTypes?: readonly BodyType[];
  readonly confidence: Confidence;
  readonly source: string;
}

// regulation.md §5.6 [S54][S55][S56]; [S57].
const PACT_2023 =
  'Pakta integritas PPK Kota Makassar (Jan 2023), PPS Rembang (Jan 2023), PPS Buru (May 2024)';
const PACT_2018 = 'Pakta integritas PPK/PPS Kabupaten Malaka, 2018 version';

/**
 * The integrity pact members sign at appointment, as reported in 2018–2024 (regulation.md §5.6). Every
 * text is a summary of the reported content, not the signed wording: the pact itself was not seen.
 */
export const INTEGRITY_PACT: {
  readonly preamble: SourcedText;
  readonly items: readonly PactItem[];
} = {
  preamble: {
    text: {
      id:
        'Pemilu adalah titik awal yang strategis bagi kualitas demokrasi, tetapi rawan penyimpangan, godaan, ' +
        'dan penyanderaan. Kami bertekad untuk bekerja keras dan dengan ini menyatakan janji kepada rakyat ' +
        'Indonesia selama dalam jabatan kami:',
      en:
        'Elections are a strategic starting point for the quality of democracy, yet vulnerable to deviation, ' +
        'temptation and capture. We are determined to work hard and hereby make this promise to the people of ' +
        'Indonesia for as long as we hold office:',
    },
    isVerbatim: false,
    confidence: 'medium',
    source: PACT_2023,
  },
  items: [
    {
      code: 'holdElectionByPrinciples',
      text: {
        id: 'Menyelenggarakan pemilu berdasarkan asas LUBER JURDIL secara profesional, efektif, dan efisien.',
        en: 'Hold the election by the LUBER JURDIL principles (direct, general, free, secret, honest, fair), professionally, effectively and efficiently.',
      },
      confidence: 'medium',
      source: PACT_2023,
    },
    {
      code: 'carryOutAllStages',
      text: {
        id: 'Melaksanakan seluruh tahapan yang ditetapkan KPU, KPU Provinsi, dan KPU Kabupaten/Kota dengan sungguh-sungguh, transparan, dan bertanggung jawab.',
        en: 'Carry out every stage set by the KPU, KPU Provinsi and KPU Kabupaten/Kota earnestly, transparently and responsibly.',
      },
      confidence: 'medium',
      source: PACT_2023,
    },
    {
      code: 'treatParticipantsImpartially',
      text: {
        id: 'Memperlakukan peserta pemilu dan pihak yang memiliki preferensi politik secara adil, tidak memihak, dan nonpartisan.',
        en: 'Treat election participants and people with political preferences fairly, impartially and without partisanship.',
      },
      confidence: 'medium',
      source: PACT_2023,
    },
    {
      code: 'serveVoters',
      text: {
        id: 'Melayani akses pemilih dan masyarakat terhadap sosialisasi, informasi, dan hak pilih.',
        en: 'Serve the access of voters and the public to outreach, information and the right to vote.',
      },
      confidence: 'medium',
      source: PACT_2023,
    },
    {
      code: 'supervisePpsAndKpps',
      text: { id: 'Melakukan supervisi terhadap PPS dan KPPS.', en: 'Supervise the PPS and KPPS.' },
      bodyTypes: ['ppk'],
      confidence: 'medium',
      source: PACT_2023,
    },
    {
      code: 'coordinateIndependently',
      text: {
        id: 'Berkoordinasi dengan pemangku kepentingan dengan menjunjung kemandirian, ketidakberpihakan, nonpartisan, dan keadilan.',
        en: 'Coordinate with stakeholders while upholding independence, impartiality, non-partisanship and fairness.',
      },
      confidence: 'medium',
      source: PACT_2023,
    },
    {
      code: 'refuseDeviatingGifts',
      text: {
        id: 'Menolak segala pemberian, permintaan, atau kesepakatan, langsung maupun tidak langsung, yang menyimpang dari pemilu yang jujur dan adil.',
        en: 'Refuse any gift, request or agreement, direct or indirect, that departs from honest and fair elections.',
      },
      confidence: 'medium',
      source: PACT_2023,
    },
    {
      code: 'preventCorruptionCollusionNepotism',
      text: {
        id: 'Mencegah dan tidak melakukan korupsi, kolusi, dan nepotisme (KKN).',
        en: 'Prevent and avoid corruption, collusion and nepotism (KKN).',
      },
      confidence: 'medium',
      source: PACT_2018,
    },
    {
      code: 'preventViolations',
      text: { id: 'Mencegah terjadinya pelanggaran.', en: 'Prevent violations.' },
      confidence: 'medium',
      source: PACT_2018,
    },
    {
      code: 'upholdEthics',
      text: { id: 'Menegakkan kode etik.', en: 'Uphold the code of ethics.' },
      confidence: 'medium',
      source: PACT_2018,
    },
    {
      code: 'workFullTime',
      text: {
        id: 'Bekerja penuh waktu sampai akhir masa jabatan.',
        en: 'Work full time until the end of the term.',
      },
      confidence: 'medium',
      source: PACT_2018,
    },
    {
      code: 'acceptSanctions',
      text: {
        id: 'Bersedia menerima sanksi moral, administratif, dan hukum apabila melanggar.',
        en: 'Accept moral, administrative and legal sanctions if in breach.',
      },
      confidence: 'medium',
      source: PACT_2018,
    },
  ],
};

/** The pact items that apply to a body: the common ones and the body's own. */
export const pactItemsFor = (bodyType: BodyType): readonly PactItem[] =>
  INTEGRITY_PACT.items.filter((item) => item.bodyTypes === undefined || item.bodyTypes.includes(bodyType));
