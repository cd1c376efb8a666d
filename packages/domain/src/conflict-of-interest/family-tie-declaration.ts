import type { LabelsOf } from '../labels/label.js';

/** Close family only, as KPU asked members to announce (regulation.md §5.4). */
export const FAMILY_RELATIONS = ['spouse', 'parent', 'child', 'sibling'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export const RELATIVE_ROLES = [
  'dprCandidate',
  'dpdCandidate',
  'provincialDprdCandidate',
  'regencyDprdCandidate',
  'regionalHeadCandidate',
  'campaignTeam',
] as const;
export type RelativeRole = (typeof RELATIVE_ROLES)[number];

/**
 * A declaration of a close family tie with a candidate or campaign team, by an ad hoc member (made for one
 * membership) or by one of the commission's own commissioners and staff (no membership).
 */
export interface FamilyTieDeclaration {
  readonly id: string;
  /** The seat the declarer holds in an ad hoc body; absent for the commission's own people. */
  readonly membershipId?: string;
  /** The declarer. */
  readonly personId: string;
  readonly relativeName: string;
  readonly relativePersonId?: string;
  readonly relation: FamilyRelation;
  readonly relativeRole: RelativeRole;
  readonly declaredAt: Date;
  readonly published: boolean;
  readonly publishedUrl?: string;
}

export const FAMILY_RELATION_LABELS = {
  spouse: { id: 'Suami/istri', en: 'Spouse' },
  parent: { id: 'Ayah/ibu', en: 'Parent' },
  child: { id: 'Anak', en: 'Child' },
  sibling: { id: 'Saudara kandung', en: 'Sibling' },
} as const satisfies LabelsOf<FamilyRelation>;

export const RELATIVE_ROLE_LABELS = {
  dprCandidate: { id: 'Calon anggota DPR', en: 'DPR candidate' },
  dpdCandidate: { id: 'Calon anggota DPD', en: 'DPD candidate' },
  provincialDprdCandidate: { id: 'Calon anggota DPRD provinsi', en: 'Provincial DPRD candidate' },
  regencyDprdCandidate: { id: 'Calon anggota DPRD kabupaten/kota', en: 'Regency/city DPRD candidate' },
  regionalHeadCandidate: {
    id: 'Pasangan calon kepala daerah dan wakil kepala daerah',
    en: 'Regional head or deputy candidate',
  },
  campaignTeam: { id: 'Tim kampanye', en: 'Campaign team' },
} as const satisfies LabelsOf<RelativeRole>;
