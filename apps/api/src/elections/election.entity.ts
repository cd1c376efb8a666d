import { Collection, EntitySchema } from '@mikro-orm/core';
import type { ElectionKind } from '@etik/domain';

/**
 * An election (Pemilu 2024, Pemilihan Serentak 2024…), national: the national administrator keeps them,
 * every signed-in user reads them. Ad hoc bodies are formed for one; a case names the one (and the stage)
 * in which the alleged act took place.
 */
export class Election {
  id!: string;
  kind!: ElectionKind;
  name!: string;
  /** YYYY-MM-DD, local calendar dates as KPU's schedule decree gives them. */
  startsOn!: string;
  endsOn!: string;
  /** Optimistic lock: changes name the version they last read (directory/versioning.ts). */
  version = 1;
  createdAt!: Date;
  stages = new Collection<ElectionStage>(this);
}

/** A stage (tahapan) of an election: pencalonan, kampanye, masa tenang…, within the election's dates. */
export class ElectionStage {
  id!: string;
  election!: Election;
  name!: string;
  startsOn!: string;
  endsOn!: string;
  /** Position in the election's schedule, from 0. */
  ordinal!: number;
}

export const ElectionSchema = new EntitySchema<Election>({
  class: Election,
  tableName: 'election',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    kind: { type: 'string', length: 16 },
    name: { type: 'string', length: 255 },
    startsOn: { type: 'string', length: 10 },
    endsOn: { type: 'string', length: 10 },
    // Claimed by directory/versioning.ts, not the ORM: every accepted change raises it.
    version: { type: 'integer', default: 1 },
    createdAt: { type: 'datetime' },
    stages: {
      kind: '1:m',
      entity: () => ElectionStage,
      mappedBy: 'election',
      orderBy: { ordinal: 'asc' },
      // A stage left out of an update is deleted (election.service.ts refuses it while a case names it).
      orphanRemoval: true,
    },
  },
});

export const ElectionStageSchema = new EntitySchema<ElectionStage>({
  class: ElectionStage,
  tableName: 'election_stage',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    election: { kind: 'm:1', entity: () => Election, index: true },
    name: { type: 'string', length: 255 },
    startsOn: { type: 'string', length: 10 },
    endsOn: { type: 'string', length: 10 },
    ordinal: { type: 'integer' },
  },
});
