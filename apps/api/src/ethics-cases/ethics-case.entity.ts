import { Collection, EntitySchema } from '@mikro-orm/core';
import type { BodyType, CaseSource, CaseStatus, CaseTrack, Outcome, Position } from '@etik/domain';
import { Commission } from '../commissions/commission.entity.js';
import { JsonDocumentType } from '../db/json-document.type.js';

/**
 * Persistence shape of an ethics case: the fields lists filter and sort on are columns; the rest of the
 * domain case is one JSON document (`data`). `version` is the optimistic lock.
 */
export class EthicsCaseRecord {
  id!: string;
  commission!: Commission;
  /** Copy of the handling commission's path: jurisdiction filters need no join. */
  commissionPath!: string;
  ruleSetCode!: string;
  status!: CaseStatus;
  track!: CaseTrack;
  source!: CaseSource;
  receivedAt!: Date;
  registerNumber?: string | null;
  /** The complainant asked for their identity to be withheld. */
  confidential = false;
  version!: number;
  updatedAt!: Date;
  /**
   * The earliest due time of the case's pending deadlines (the domain's `caseDeadlines`, not yet met);
   * null for a terminal case or one with no deadline running. Written by the mapper with every change, so
   * the `overdue`/`dueBefore` filters and the overdue report are one indexed range.
   */
  nextDueAt?: Date | null;
  /** The election and stage of the alleged act (the domain case's), for the list filters. */
  electionId?: string | null;
  electionStageId?: string | null;
  /** The domain case without the columns above (see ethics-case.mapper.ts); jsonb on PostgreSQL. */
  data!: string;
  participants = new Collection<CaseParticipant>(this);
}

export const PARTICIPANT_ROLES = [
  'respondent',
  'complainant',
  'witness',
  'expert',
  'relatedParty',
  'attorney',
  'examiner',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * Respondents, parties and examination-team members of a case, one row each: lists show respondent
 * names, filter by body type and scope examiners to their cases without parsing JSON.
 */
export class CaseParticipant {
  id!: number;
  ethicsCase!: EthicsCaseRecord;
  ordinal!: number;
  role!: ParticipantRole;
  name?: string | null;
  personId?: string | null;
  membershipId?: string | null;
  bodyId?: string | null;
  bodyType?: BodyType | null;
  position?: Position | null;
  /** A respondent's outcome in the case's decision (null before one): the `outcomes` filter's column. */
  outcome?: Outcome | null;
}

export const EthicsCaseSchema = new EntitySchema<EthicsCaseRecord>({
  class: EthicsCaseRecord,
  tableName: 'ethics_case',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    commission: { kind: 'm:1', entity: () => Commission, index: true },
    commissionPath: { type: 'string', length: 255, index: true },
    ruleSetCode: { type: 'string', length: 64 },
    status: { type: 'string', length: 32, index: true },
    track: { type: 'string', length: 32 },
    source: { type: 'string', length: 32 },
    receivedAt: { type: 'datetime', index: true },
    registerNumber: { type: 'string', length: 128, nullable: true, unique: true },
    confidential: { type: 'boolean' },
    version: { type: 'integer', version: true },
    updatedAt: { type: 'datetime' },
    nextDueAt: { type: 'datetime', nullable: true },
    electionId: { type: 'string', length: 64, nullable: true, index: true },
    electionStageId: { type: 'string', length: 64, nullable: true, index: true },
    data: { type: JsonDocumentType, lazy: false },
    participants: {
      kind: '1:m',
      entity: () => CaseParticipant,
      mappedBy: 'ethicsCase',
      orderBy: { ordinal: 'asc' },
      orphanRemoval: true,
    },
  },
  // Overdue and due-soon lists: a range on next_due_at, in (next_due_at, id) order.
  indexes: [{ properties: ['nextDueAt', 'id'] }],
});

export const CaseParticipantSchema = new EntitySchema<CaseParticipant>({
  class: CaseParticipant,
  tableName: 'case_participant',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    ethicsCase: { kind: 'm:1', entity: () => EthicsCaseRecord, index: true, deleteRule: 'cascade' },
    ordinal: { type: 'integer' },
    role: { type: 'string', length: 32 },
    name: { type: 'string', length: 255, nullable: true, index: true },
    personId: { type: 'string', length: 64, nullable: true, index: true },
    membershipId: { type: 'string', length: 64, nullable: true },
    bodyId: { type: 'string', length: 64, nullable: true },
    bodyType: { type: 'string', length: 16, nullable: true },
    position: { type: 'string', length: 16, nullable: true },
    outcome: { type: 'string', length: 32, nullable: true },
  },
  // The outcomes filter: the few cases with a given outcome, found from the outcome.
  indexes: [{ properties: ['outcome', 'ethicsCase'] }],
});
