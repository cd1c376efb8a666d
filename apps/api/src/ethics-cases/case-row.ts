// A case as the read path holds it: its columns and its handling commission as plain values, read either
// as one projection for a whole page (no entity hydration) or from a loaded record after a change.
import type { CaseSource, CaseStatus, CaseTrack, CommissionLevel } from '@etik/domain';
import type { Commission } from '../commissions/commission.entity.js';
import type { EthicsCaseRecord } from './ethics-case.entity.js';
import type { RespondentType } from './ethics-case.type.js';

export interface CommissionRow {
  readonly id: string;
  readonly level: CommissionLevel;
  readonly name: string;
  readonly regionCode: string | null;
  readonly parentId: string | null;
}

export interface CaseRow {
  readonly id: string;
  readonly version: number;
  readonly status: CaseStatus;
  readonly track: CaseTrack;
  readonly source: CaseSource;
  readonly ruleSetCode: string;
  readonly receivedAt: Date;
  readonly updatedAt: Date;
  readonly registerNumber: string | null;
  readonly confidential: boolean;
  readonly nextDueAt: Date | null;
  /** The case document (see ethics-case.mapper.ts), decoded only when a field needs it. */
  readonly data: string;
  readonly commission: CommissionRow;
}

export const commissionRowOf = (commission: Commission): CommissionRow => ({
  id: commission.id,
  level: commission.level,
  name: commission.name,
  regionCode: commission.region?.code ?? null,
  parentId: commission.parent?.id ?? null,
});

/** The row of a loaded record (its commission populated). */
export const caseRowOf = (record: EthicsCaseRecord): CaseRow => ({
  id: record.id,
  version: record.version,
  status: record.status,
  track: record.track,
  source: record.source,
  ruleSetCode: record.ruleSetCode,
  receivedAt: record.receivedAt,
  updatedAt: record.updatedAt,
  registerNumber: record.registerNumber ?? null,
  confidential: record.confidential,
  nextDueAt: record.nextDueAt ?? null,
  data: record.data,
  commission: commissionRowOf(record.commission),
});

/** The respondents of a loaded record (its participants populated), in filing order. */
export const respondentsOf = (record: EthicsCaseRecord): RespondentType[] =>
  record.participants
    .getItems()
    .filter((participant) => participant.role === 'respondent')
    .map((participant) => ({
      membershipId: participant.membershipId ?? '',
      personId: participant.personId ?? null,
      name: participant.name ?? null,
      bodyId: participant.bodyId ?? null,
      bodyType: participant.bodyType ?? null,
      position: participant.position ?? null,
    }));
