import type { LabelsOf } from '../labels/label.js';
import type { ViolationCategory } from '../vocabulary/codes.js';

/** What an allegation says was broken; the Indonesian labels follow Keputusan KPU 337/2020's title. */
export const VIOLATION_CATEGORY_LABELS = {
  codeOfEthics: { id: 'Kode etik', en: 'Code of ethics' },
  codeOfConduct: { id: 'Kode perilaku', en: 'Code of conduct' },
  oathOrPledge: { id: 'Sumpah/janji', en: 'Oath or pledge' },
  integrityPact: { id: 'Pakta integritas', en: 'Integrity pact' },
  membershipRequirement: { id: 'Syarat keanggotaan', en: 'Membership requirement' },
  performance: { id: 'Kinerja', en: 'Performance of duties' },
} as const satisfies LabelsOf<ViolationCategory>;
