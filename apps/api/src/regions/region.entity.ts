import { EntitySchema, PrimaryKeyProp } from '@mikro-orm/core';

/** Kemendagri levels: province → regency/city → district (kecamatan) → village (desa/kelurahan). */
export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export class Region {
  declare [PrimaryKeyProp]?: 'code';
  /** Kemendagri code with dots, e.g. "35.26" (Kabupaten Bangkalan). */
  code!: string;
  level!: RegionLevel;
  name!: string;
  parent?: Region | null;
}

export const RegionSchema = new EntitySchema<Region>({
  class: Region,
  tableName: 'region',
  properties: {
    code: { type: 'string', length: 16, primary: true },
    level: { type: 'string', length: 16, index: true },
    name: { type: 'string', length: 255 },
    parent: { kind: 'm:1', entity: () => Region, nullable: true, index: true },
  },
});
