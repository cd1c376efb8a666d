import { EntitySchema } from '@mikro-orm/core';
import type { CommissionLevel } from '@etik/domain';
import { Region } from '../regions/region.entity.js';

/** KPU RI, KPU Provinsi or KPU Kabupaten/Kota (KIP in Aceh). */
export class Commission {
  id!: string;
  level!: CommissionLevel;
  name!: string;
  region?: Region | null;
  parent?: Commission | null;
  /** "/<national id>/<province id>/<regency id>/": a jurisdiction is a prefix of this path. */
  path!: string;
}

export const CommissionSchema = new EntitySchema<Commission>({
  class: Commission,
  tableName: 'commission',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    level: { type: 'string', length: 16 },
    name: { type: 'string', length: 255 },
    region: { kind: 'm:1', entity: () => Region, nullable: true, index: true },
    parent: { kind: 'm:1', entity: () => Commission, nullable: true, index: true },
    path: { type: 'string', length: 255, index: true },
  },
});
