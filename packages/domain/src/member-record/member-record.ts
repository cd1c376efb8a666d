import type { BodyType, MembershipStatus, Position } from '../vocabulary/codes.js';

/**
 * A member record as it comes from a recruitment export (SIAKBA): every value is still text, possibly
 * blank. Field names are the record's, not the file's columns: the importer maps columns to these.
 */
export interface MemberRecordInput {
  readonly nik?: string;
  readonly name?: string;
  /** L / P (laki-laki / perempuan). */
  readonly sex?: string;
  readonly birthPlace?: string;
  /** YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY. */
  readonly birthDate?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  /** PPK, PPS, KPPS or PANTARLIH. */
  readonly bodyType?: string;
  /** Kemendagri code of the kecamatan (PPK) or desa/kelurahan (PPS, KPPS, Pantarlih), with or without dots. */
  readonly regionCode?: string;
  /** TPS number, for KPPS and Pantarlih. */
  readonly tpsNumber?: string;
  /** KETUA, ANGGOTA, SEKRETARIS or STAF. */
  readonly position?: string;
  /** CALON or AKTIF (the other statuses are decided in Etik, not imported). */
  readonly status?: string;
  /** Rank on the selection results (peringkat). */
  readonly selectionRank?: string;
  /** Number and date of the appointment decree (SK). */
  readonly decreeNumber?: string;
  readonly decreeDate?: string;
}

export type MemberRecordField = keyof MemberRecordInput;

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** What an import may set a membership to: recruitment results. Sanctions come from cases. */
export const IMPORTABLE_MEMBER_STATUSES = ['candidate', 'active'] as const;
export type ImportableMemberStatus = (typeof IMPORTABLE_MEMBER_STATUSES)[number];

/** A checked member record: trimmed, typed, dates as ISO calendar dates (YYYY-MM-DD). */
export interface MemberRecord {
  readonly nik: string;
  readonly name: string;
  readonly sex?: Sex;
  readonly birthPlace?: string;
  readonly birthDate?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly bodyType: BodyType;
  /** Dotted Kemendagri code: "35.26.01" (kecamatan) or "35.26.01.2001" (desa/kelurahan). */
  readonly regionCode: string;
  readonly tpsNumber?: number;
  readonly position: Position;
  readonly status: ImportableMemberStatus;
  readonly selectionRank?: number;
  readonly decreeNumber?: string;
  readonly decreeDate?: string;
}

/** The codes of regulation.md §10.4, as recruitment exports write them. */
export const SIAKBA_BODY_TYPES: Readonly<Record<string, BodyType>> = {
  PPK: 'ppk',
  PPS: 'pps',
  KPPS: 'kpps',
  PANTARLIH: 'pantarlih',
};

export const SIAKBA_POSITIONS: Readonly<Record<string, Position>> = {
  KETUA: 'chair',
  ANGGOTA: 'member',
  SEKRETARIS: 'secretary',
  STAF: 'staff',
};

export const SIAKBA_MEMBER_STATUSES: Readonly<Record<string, MembershipStatus>> = {
  CALON: 'candidate',
  AKTIF: 'active',
  DIBERHENTIKAN_SEMENTARA: 'temporarilyDismissed',
  DIBERHENTIKAN_TIDAK_HORMAT: 'dismissed',
  BERHENTI: 'ceased',
  SELESAI_MASA_TUGAS: 'termEnded',
};

export const SIAKBA_SEXES: Readonly<Record<string, Sex>> = {
  L: 'male',
  'LAKI-LAKI': 'male',
  P: 'female',
  PEREMPUAN: 'female',
};
