import { EntitySchema } from '@mikro-orm/core';
import type {
  ExternalForum,
  ExternalProceedingKind,
  ExternalProceedingStatus,
  Finding,
  SessionKind,
  ViolationCategory,
} from '@etik/domain';
import { EthicsCaseRecord } from '../ethics-cases/ethics-case.entity.js';

// The case's records as rows. The domain case (`ethics_case.data`) is what the API reads and what the
// version locks; these rows are its projection for queries across cases — the `principles` filter, and
// reports on hearings or proceedings — rewritten from the domain in the same transaction as every change,
// as `case_participant` is for respondents and parties.

/** An allegation against one respondent; `principle` is what the case list filters on. */
export class AllegationRecord {
  id!: string;
  ethicsCase!: EthicsCaseRecord;
  ordinal!: number;
  respondentMembershipId!: string;
  category!: ViolationCategory;
  principle!: string;
  behaviour?: string | null;
  /** JSON array of legal references (instrument, article, paragraph, letter, confidence). */
  legalReferences!: string;
  description!: string;
  finding?: Finding | null;
  findingNote?: string | null;
  findingRecordedAt?: Date | null;
  recordedAt!: Date;
}

/** A clarification or examination hearing; summons and attendance are JSON arrays. */
export class CaseSessionRecord {
  id!: string;
  ethicsCase!: EthicsCaseRecord;
  ordinal!: number;
  kind!: SessionKind;
  scheduledAt!: Date;
  place?: string | null;
  onlineLink?: string | null;
  agenda?: string | null;
  summons!: string;
  attendance!: string;
  minutesReference?: string | null;
  minutesSummary?: string | null;
  minutesRecordedAt?: Date | null;
  outcomeNotes?: string | null;
  recordedAt!: Date;
}

/** The matter before DKPP, PTUN, Bawaslu or Gakkumdu, brought there or referred by the commission. */
export class ExternalProceedingRecord {
  id!: string;
  ethicsCase!: EthicsCaseRecord;
  ordinal!: number;
  forum!: ExternalForum;
  kind!: ExternalProceedingKind;
  externalNumber?: string | null;
  filedAt!: Date;
  status!: ExternalProceedingStatus;
  result?: string | null;
  reason?: string | null;
  recordedAt!: Date;
  updatedAt?: Date | null;
}

const caseReference = {
  kind: 'm:1',
  entity: () => EthicsCaseRecord,
  index: true,
  deleteRule: 'cascade',
} as const;

export const AllegationSchema = new EntitySchema<AllegationRecord>({
  class: AllegationRecord,
  tableName: 'allegation',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    ethicsCase: caseReference,
    ordinal: { type: 'integer' },
    respondentMembershipId: { type: 'string', length: 64 },
    category: { type: 'string', length: 32 },
    principle: { type: 'string', length: 32, index: true },
    behaviour: { type: 'string', length: 64, nullable: true },
    legalReferences: { type: 'text' },
    description: { type: 'text' },
    finding: { type: 'string', length: 16, nullable: true },
    findingNote: { type: 'text', nullable: true },
    findingRecordedAt: { type: 'datetime', nullable: true },
    recordedAt: { type: 'datetime' },
  },
});

export const CaseSessionSchema = new EntitySchema<CaseSessionRecord>({
  class: CaseSessionRecord,
  tableName: 'case_session',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    ethicsCase: caseReference,
    ordinal: { type: 'integer' },
    kind: { type: 'string', length: 16 },
    scheduledAt: { type: 'datetime', index: true },
    place: { type: 'text', nullable: true },
    onlineLink: { type: 'text', nullable: true },
    agenda: { type: 'text', nullable: true },
    summons: { type: 'text' },
    attendance: { type: 'text' },
    minutesReference: { type: 'string', length: 255, nullable: true },
    minutesSummary: { type: 'text', nullable: true },
    minutesRecordedAt: { type: 'datetime', nullable: true },
    outcomeNotes: { type: 'text', nullable: true },
    recordedAt: { type: 'datetime' },
  },
});

export const ExternalProceedingSchema = new EntitySchema<ExternalProceedingRecord>({
  class: ExternalProceedingRecord,
  tableName: 'external_proceeding',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    ethicsCase: caseReference,
    ordinal: { type: 'integer' },
    forum: { type: 'string', length: 16, index: true },
    kind: { type: 'string', length: 16 },
    externalNumber: { type: 'string', length: 128, nullable: true },
    filedAt: { type: 'datetime' },
    status: { type: 'string', length: 16 },
    result: { type: 'text', nullable: true },
    reason: { type: 'text', nullable: true },
    recordedAt: { type: 'datetime' },
    updatedAt: { type: 'datetime', nullable: true },
  },
});
