import type { Label, LabelsOf } from '../labels/label.js';
import type { Confidence, ViolationCategory } from '../vocabulary/codes.js';
import { DKPP_MANDIRI, KODE_PERILAKU, dismissalGround, dkppCode } from './citations.js';
import type { LegalReference } from './legal-reference.js';
import { INSTRUMENTS } from './legal-reference.js';
import type { PrincipleCode } from './principles.js';

interface BehaviourFacts {
  readonly label: Label;
  readonly principles: readonly PrincipleCode[];
  /**
   * Set when the link to the principles is the research's own reading rather than the article's
   * heading (e.g. Kode Perilaku rules, which are grouped by "bebas KKN", not by principle).
   */
  readonly principlesConfidence?: Confidence;
  readonly category: ViolationCategory;
  readonly references: readonly LegalReference[];
}

// The behaviours regulation.md §5.2–5.4 and §3.3 (PKPU 8/2022 Pasal 43(4)) support, phrased as the duty a
// member has. Labels summarise the rule; they are not the regulation's wording. Keys are the stable codes.
const BEHAVIOUR_FACTS = {
  // DKPP 2/2017 Pasal 8: prinsip mandiri.
  declareFamilyTies: {
    label: {
      id: 'Menyatakan secara terbuka dalam rapat hubungan keluarga dengan calon, peserta pemilu, atau tim kampanye',
      en: 'Declare openly in meetings any family tie with a candidate, election participant or campaign team',
    },
    principles: ['independent'],
    category: 'codeOfEthics',
    references: [dkppCode('8', 'medium', 'k')],
  },
  remainNeutral: {
    label: {
      id: 'Bersikap netral dan tidak memihak peserta pemilu',
      en: 'Stay neutral and impartial towards election participants',
    },
    principles: ['independent'],
    category: 'codeOfEthics',
    references: [DKPP_MANDIRI],
  },
  noPartisanStatements: {
    label: {
      id: 'Tidak mengeluarkan pernyataan yang berpihak kepada peserta pemilu',
      en: 'Make no statement taking the side of an election participant',
    },
    principles: ['independent'],
    category: 'codeOfEthics',
    references: [DKPP_MANDIRI],
  },
  noPartisanSymbols: {
    label: {
      id: 'Tidak memakai atau menunjukkan simbol, atribut, atau isyarat peserta pemilu',
      en: 'Wear or show no symbol, attribute or sign of an election participant',
    },
    principles: ['independent'],
    category: 'codeOfEthics',
    references: [DKPP_MANDIRI],
  },
  // Attached to Pasal 8 by the §5.7 mapping of observed cases.
  noCampaignInvolvement: {
    label: {
      id: 'Tidak menghadiri atau ikut serta dalam kampanye peserta pemilu',
      en: "Neither attend nor take part in an election participant's campaign",
    },
    principles: ['independent'],
    category: 'codeOfEthics',
    references: [DKPP_MANDIRI],
  },
  refuseGiftsFromParticipants: {
    label: {
      id: 'Menolak uang, barang, atau jasa dari peserta pemilu, kecuali yang bersumber dari APBN/APBD',
      en: 'Refuse money, goods or services from election participants, except from APBN/APBD (state budget) sources',
    },
    principles: ['independent'],
    category: 'codeOfEthics',
    references: [DKPP_MANDIRI],
  },
  // PKPU 12/2023 operationalises the declaration of Pasal 8 k and Pasal 14 a (regulation.md §5.4).
  announceFamilyTiesPublicly: {
    label: {
      id: 'Mengumumkan kepada publik hubungan keluarga dengan calon anggota DPR, DPD, dan DPRD',
      en: 'Announce to the public any family tie with a DPR, DPD or DPRD candidate',
    },
    principles: ['independent', 'proportional'],
    category: 'codeOfConduct',
    references: [{ instrument: INSTRUMENTS.kpuWorkingProcedureFifthAmendment, confidence: 'medium' }],
  },

  // DKPP 2/2017 Pasal 14: prinsip proporsional.
  announcePersonalConflicts: {
    label: {
      id: 'Mengumumkan hubungan pribadi yang dapat menimbulkan benturan kepentingan',
      en: 'Announce personal relations that may create a conflict of interest',
    },
    principles: ['proportional'],
    category: 'codeOfEthics',
    references: [dkppCode('14', 'high', 'a')],
  },
  noDecisionOnOwnInterest: {
    label: {
      id: 'Tidak memutus hal yang menyangkut kepentingan diri sendiri',
      en: "Decide nothing that concerns one's own interest",
    },
    principles: ['proportional'],
    category: 'codeOfEthics',
    references: [dkppCode('14', 'high', 'b')],
  },
  avoidConflictingActivities: {
    label: {
      id: 'Tidak ikut serta dalam kegiatan yang menimbulkan benturan kepentingan',
      en: 'Take no part in activities that create a conflict of interest',
    },
    principles: ['proportional'],
    category: 'codeOfEthics',
    references: [dkppCode('14', 'high', 'c')],
  },
  keepEntrustedSecrets: {
    label: { id: 'Menjaga rahasia yang dipercayakan', en: 'Keep the secrets one is entrusted with' },
    principles: ['proportional'],
    category: 'codeOfEthics',
    references: [dkppCode('14', 'high', 'd')],
  },

  // DKPP 2/2017 Pasal 15: prinsip profesional (letters after d not seen).
  upholdInstitutionHonour: {
    label: {
      id: 'Memelihara dan menjaga kehormatan lembaga penyelenggara pemilu',
      en: 'Maintain the honour of the election-organising institution',
    },
    principles: ['professional'],
    category: 'codeOfEthics',
    references: [dkppCode('15', 'high', 'a')],
  },
  actPerVisionAndMission: {
    label: {
      id: 'Bertindak sesuai visi, misi, dan program lembaga',
      en: "Act according to the institution's vision, mission and programme",
    },
    principles: ['professional'],
    category: 'codeOfEthics',
    references: [dkppCode('15', 'high', 'b')],
  },
  actWithinAuthority: {
    label: {
      id: 'Bertindak sesuai jabatan dan kewenangan menurut UUD, undang-undang, dan peraturan perundang-undangan',
      en: "Act within one's office and authority under the Constitution, laws and regulations",
    },
    principles: ['professional'],
    category: 'codeOfEthics',
    references: [dkppCode('15', 'high', 'c')],
  },
  preventAbuseOfOffice: {
    label: {
      id: 'Mencegah penyalahgunaan tugas, wewenang, dan jabatan',
      en: 'Prevent abuse of duty, authority and office',
    },
    principles: ['professional'],
    category: 'codeOfEthics',
    references: [dkppCode('15', 'high', 'd')],
  },

  // PKPU 8/2019 Kode Perilaku, "bebas praktik korupsi, kolusi, nepotisme" (regulation.md §5.3).
  noSelfEnrichment: {
    label: {
      id: 'Tidak memperkaya diri sendiri, keluarga, atau kerabat dari jabatan',
      en: "Do not enrich oneself, one's family or relatives through the office",
    },
    principles: ['honest', 'accountable'],
    principlesConfidence: 'low',
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },
  noInfluencingDecisionsThroughAuthority: {
    label: {
      id: 'Tidak menyalahgunakan wewenang untuk memengaruhi keputusan',
      en: 'Do not abuse authority to influence decisions',
    },
    principles: ['independent', 'professional'],
    principlesConfidence: 'low',
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },
  // The gift rules are tied to mandiri by the §5.7 mapping, so they carry no inferred mark.
  refuseGiftsFromInterestedParties: {
    label: {
      id: 'Menolak pemberian dari peserta pemilu, calon peserta, perusahaan, atau perorangan yang dapat memengaruhi keputusan',
      en: 'Refuse gifts from participants, prospective participants, companies or individuals able to influence decisions',
    },
    principles: ['independent'],
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },
  handOverUnrefusableGifts: {
    label: {
      id: 'Menyerahkan pemberian yang tidak dapat ditolak kepada lembaga antikorupsi',
      en: 'Hand any gift that cannot be refused over to the anti-corruption agency',
    },
    principles: ['independent'],
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },
  noSpeakerFeesFromParticipants: {
    label: {
      id: 'Tidak menerima honorarium narasumber dari peserta pemilu, pasangan calon, atau tim kampanye',
      en: 'Accept no speaker fee from participants, candidate pairs or campaign teams',
    },
    principles: ['independent'],
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },
  noRewardsFromParticipants: {
    label: {
      id: 'Tidak menerima imbalan uang, barang, atau jasa dari peserta pemilu, pasangan calon, atau tim kampanye',
      en: 'Accept no reward in money, goods or services from participants, candidate pairs or campaign teams',
    },
    principles: ['independent'],
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },
  noPersonalGainFromOffice: {
    label: {
      id: 'Tidak menggunakan pengaruh jabatan untuk kepentingan pribadi',
      en: 'Do not use the influence of office for personal gain',
    },
    principles: ['honest', 'professional'],
    principlesConfidence: 'low',
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },
  noConflictingFacilities: {
    label: {
      id: 'Tidak menerima fasilitas yang menimbulkan benturan kepentingan',
      en: 'Accept no facility that creates a conflict of interest',
    },
    principles: ['proportional', 'independent'],
    principlesConfidence: 'low',
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },
  officialAssetsForDutyOnly: {
    label: {
      id: 'Tidak menggunakan rumah atau kendaraan dinas selain untuk kepentingan tugas',
      en: 'Use official housing and vehicles for duty only',
    },
    principles: ['accountable', 'efficient'],
    principlesConfidence: 'low',
    category: 'codeOfConduct',
    references: [KODE_PERILAKU],
  },

  // PKPU 8/2022 Pasal 43(4): grounds for dishonourable dismissal, read as the duty they protect.
  meetMembershipRequirements: {
    label: { id: 'Tetap memenuhi syarat sebagai anggota', en: 'Keep meeting the membership requirements' },
    // §5.7 links a discovered party membership to mandiri; other requirements have no principle.
    principles: ['independent'],
    principlesConfidence: 'low',
    category: 'membershipRequirement',
    references: [dismissalGround('a')],
  },
  keepOathOrPledge: {
    label: { id: 'Menaati sumpah/janji dan kode etik', en: 'Keep the oath or pledge and the code of ethics' },
    // The oath itself promises to work "jujur, adil, dan cermat" (regulation.md §5.5).
    principles: ['honest', 'fair'],
    category: 'oathOrPledge',
    references: [dismissalGround('b'), dkppCode('2', 'high')],
  },
  performDuties: {
    label: {
      id: 'Melaksanakan tugas dan kewajiban, kecuali dengan alasan yang sah',
      en: "Carry out one's duties unless there is a lawful reason not to",
    },
    principles: ['professional', 'orderly'],
    category: 'performance',
    references: [dismissalGround('c')],
  },
  // A ground of dismissal, not the behaviour of any principle: deliberately linked to none.
  noFinalCriminalConviction: {
    label: {
      id: 'Tidak dipidana penjara berdasarkan putusan berkekuatan hukum tetap karena tindak pidana pemilu atau tindak pidana lain',
      en: 'Not be sentenced to prison by final judgment for an election or other crime',
    },
    principles: [],
    category: 'membershipRequirement',
    references: [dismissalGround('d')],
  },
  attendMandatoryPlenaries: {
    label: {
      id: 'Menghadiri rapat pleno yang wajib, kecuali dengan alasan yang jelas',
      en: 'Attend the mandatory plenary meetings unless there is a clear reason not to',
    },
    principles: ['professional', 'orderly'],
    category: 'performance',
    references: [dismissalGround('e')],
  },
  noObstructionOfDecisions: {
    label: {
      id: 'Tidak menghambat pengambilan keputusan PPK, PPS, atau KPPS',
      en: 'Do not obstruct the decision-making of the PPK, PPS or KPPS',
    },
    principles: ['professional', 'orderly'],
    principlesConfidence: 'low',
    category: 'performance',
    references: [dismissalGround('f')],
  },

  // Keputusan KPU 476/2022: members sign the pact at appointment (regulation.md §1, §5.6).
  keepIntegrityPact: {
    label: {
      id: 'Melaksanakan pakta integritas yang ditandatangani',
      en: 'Honour the signed integrity pact',
    },
    // The pact's own commitments name these (items 1, 3 and 6 of §5.6).
    principles: ['professional', 'effective', 'efficient', 'fair', 'independent'],
    category: 'integrityPact',
    references: [{ instrument: INSTRUMENTS.adhocFormationGuideline, confidence: 'medium' }],
  },
} satisfies Record<string, BehaviourFacts>;

export type BehaviourCode = keyof typeof BEHAVIOUR_FACTS;

export interface Behaviour extends BehaviourFacts {
  readonly code: BehaviourCode;
}

// Object keys keep their written order, which groups behaviours by article.
export const BEHAVIOUR_CODES = Object.keys(BEHAVIOUR_FACTS) as readonly BehaviourCode[];

export const BEHAVIOURS: readonly Behaviour[] = BEHAVIOUR_CODES.map((code) => ({
  code,
  ...BEHAVIOUR_FACTS[code],
}));

export const BEHAVIOUR_BY_CODE = Object.fromEntries(BEHAVIOURS.map((b) => [b.code, b])) as {
  readonly [C in BehaviourCode]: Behaviour;
};

export const BEHAVIOUR_LABELS = Object.fromEntries(
  BEHAVIOURS.map((b) => [b.code, b.label]),
) as LabelsOf<BehaviourCode>;

export const isBehaviourCode = (value: string): value is BehaviourCode =>
  Object.hasOwn(BEHAVIOUR_FACTS, value);

/** The behaviours that put a principle into practice: the PrincipleCatalogue's behaviours[]. */
export const behavioursOf = (principle: PrincipleCode): readonly Behaviour[] =>
  BEHAVIOURS.filter((b) => b.principles.includes(principle));
