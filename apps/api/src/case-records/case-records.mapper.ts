// The only file where the case's records (domain) and their rows meet: the rows are rewritten from the
// domain case, list by list, in the transaction that changed it.
import type { EntityManager } from '@mikro-orm/knex';
import type { Allegation, EthicsCase, ExternalProceeding, RecordActionType, Session } from '@etik/domain';
import type { EthicsCaseRecord } from '../ethics-cases/ethics-case.entity.js';
import { encodeJson } from '../shared/json.js';
import { AllegationRecord, CaseSessionRecord, ExternalProceedingRecord } from './case-records.entity.js';

export type RecordList = 'allegations' | 'sessions' | 'externalProceedings';

/** The list each record action changes: only its rows are rewritten. */
export const LIST_OF_ACTION: { readonly [A in RecordActionType]: RecordList } = {
  addAllegation: 'allegations',
  updateAllegation: 'allegations',
  removeAllegation: 'allegations',
  recordAllegationFinding: 'allegations',
  scheduleSession: 'sessions',
  recordSummons: 'sessions',
  recordAttendance: 'sessions',
  recordSessionMinutes: 'sessions',
  recordExternalProceeding: 'externalProceedings',
  updateExternalProceeding: 'externalProceedings',
};

type Row<R> = Omit<R, 'ethicsCase'>;

const allegationRow = (allegation: Allegation, ordinal: number): Row<AllegationRecord> => ({
  id: allegation.id,
  ordinal,
  respondentMembershipId: allegation.respondentMembershipId,
  category: allegation.category,
  principle: allegation.principle,
  behaviour: allegation.behaviour ?? null,
  legalReferences: encodeJson(allegation.legalReferences),
  description: allegation.description,
  finding: allegation.finding ?? null,
  findingNote: allegation.findingNote ?? null,
  findingRecordedAt: allegation.findingRecordedAt ?? null,
  recordedAt: allegation.recordedAt,
});

const sessionRow = (session: Session, ordinal: number): Row<CaseSessionRecord> => ({
  id: session.id,
  ordinal,
  kind: session.kind,
  scheduledAt: session.scheduledAt,
  place: session.place ?? null,
  onlineLink: session.onlineLink ?? null,
  agenda: session.agenda ?? null,
  summons: encodeJson(session.summons),
  attendance: encodeJson(session.attendance),
  minutesReference: session.minutes?.reference ?? null,
  minutesSummary: session.minutes?.summary ?? null,
  minutesRecordedAt: session.minutes?.recordedAt ?? null,
  outcomeNotes: session.outcomeNotes ?? null,
  recordedAt: session.recordedAt,
});

const proceedingRow = (proceeding: ExternalProceeding, ordinal: number): Row<ExternalProceedingRecord> => ({
  id: proceeding.id,
  ordinal,
  forum: proceeding.forum,
  kind: proceeding.kind,
  externalNumber: proceeding.externalNumber ?? null,
  filedAt: proceeding.filedAt,
  status: proceeding.status,
  result: proceeding.result ?? null,
  reason: proceeding.reason ?? null,
  recordedAt: proceeding.recordedAt,
  updatedAt: proceeding.updatedAt ?? null,
});

/** Inserts, updates (only what changed: the ORM compares) and removes rows to match `wanted`. */
async function syncRows<R extends { id: string; ethicsCase: EthicsCaseRecord }>(
  em: EntityManager,
  entity: new () => R,
  record: EthicsCaseRecord,
  wanted: readonly Row<R>[],
  isNewCase: boolean,
): Promise<void> {
  const existing: R[] = isNewCase
    ? []
    : await em.find(entity, { ethicsCase: record.id } as never, { orderBy: { ordinal: 'asc' } as never });
  const byId = new Map(existing.map((row) => [row.id, row]));
  for (const row of existing) if (!wanted.some((w) => w.id === row.id)) em.remove(row);
  for (const row of wanted) {
    const found = byId.get(row.id);
    if (found) Object.assign(found, row);
    else em.persist(Object.assign(new entity(), row, { ethicsCase: record }));
  }
}

/** Brings the rows of the given lists in line with the case (every list for a case just created). */
export async function syncRecordRows(
  em: EntityManager,
  record: EthicsCaseRecord,
  ethicsCase: EthicsCase,
  lists: readonly RecordList[],
  options: { readonly isNewCase?: boolean } = {},
): Promise<void> {
  const isNewCase = options.isNewCase === true;
  if (lists.includes('allegations')) {
    await syncRows(em, AllegationRecord, record, ethicsCase.allegations.map(allegationRow), isNewCase);
  }
  if (lists.includes('sessions')) {
    await syncRows(em, CaseSessionRecord, record, ethicsCase.sessions.map(sessionRow), isNewCase);
  }
  if (lists.includes('externalProceedings')) {
    await syncRows(
      em,
      ExternalProceedingRecord,
      record,
      ethicsCase.externalProceedings.map(proceedingRow),
      isNewCase,
    );
  }
}

export const ALL_RECORD_LISTS: readonly RecordList[] = ['allegations', 'sessions', 'externalProceedings'];
