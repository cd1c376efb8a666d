// Records shaped like the API's answers (CaseRecords), for the records section's tests.
import type { CaseRecords, TypicalViolation } from '../../providers/records-types';

export function someRecords(overrides: Partial<CaseRecords> = {}): CaseRecords {
  return {
    id: 'case-1',
    version: 3,
    allegations: [],
    sessions: [],
    externalProceedings: [],
    availableRecordActions: [],
    ...overrides,
  };
}

const DKPP_8 = {
  instrument: 'Peraturan DKPP 2/2017',
  article: '8',
  paragraph: null,
  letter: null,
  label: { id: 'Peraturan DKPP 2/2017 Pasal 8', en: 'Peraturan DKPP 2/2017 Article 8' },
};

export const CAMPAIGN: TypicalViolation = {
  code: 'campaignParticipation',
  label: { id: 'Ikut kampanye atau menunjukkan dukungan', en: 'Joining a campaign' },
  category: 'codeOfEthics',
  principles: ['independent'],
  references: [DKPP_8],
  behaviours: [
    {
      code: 'noCampaignInvolvement',
      category: 'codeOfEthics',
      principles: ['independent'],
      references: [
        { ...DKPP_8, letter: 'j', label: { id: 'Peraturan DKPP 2/2017 Pasal 8 huruf j', en: '…' } },
      ],
    },
  ],
};
