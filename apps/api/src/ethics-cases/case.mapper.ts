// The one module where a case's shapes meet: the domain case, its stored record (columns, the case
// document, participant and record rows) and the plain row the read path and the GraphQL view are built
// from. Every write of a case goes through `writeCase`, every read of a document through `toDomain`.
import type { EntityManager } from '@mikro-orm/knex';
import {
  caseDeadlines,
  findRuleSet,
  isTerminal,
  type Allegation,
  type CaseSource,
  type CaseStatus,
  type CaseTrack,
  type CommissionLevel,
  type EthicsCase,
  type ExternalProceeding,
  type Outcome,
  type Session,
  utcOffsetOfRegion,
  type WorkingDayCalendar,
} from '@etik/domain';
import {
  AllegationRecord,
  CaseSessionRecord,
  ExternalProceedingRecord,
} from '../case-records/case-records.entity.js';
import type { Commission } from '../commissions/commission.entity.js';
import { encodeJson } from '../shared/json.js';
import { decodeCaseDocument, encodeCaseDocument, type CaseDocument } from './case-document.js';
import { syncProjection } from './case-projection.js';
import { CaseParticipant, type EthicsCaseRecord } from './ethics-case.entity.js';
import type { RespondentType } from './ethics-case.type.js';

// ---- the record: columns and the case document ----

function dataOf(ethicsCase: EthicsCase): CaseDocument {
  const {
    id: _id,
    commissionId: _commissionId,
    ruleSetCode: _ruleSetCode,
    track: _track,
    source: _source,
    status: _status,
    version: _version,
    receivedAt: _receivedAt,
    registerNumber: _registerNumber,
    ...data
  } = ethicsCase;
  return data;
}

/** What decoding needs of a stored case: a loaded record or a listed row. */
export type StoredCase = Pick<
  CaseRow,
  'id' | 'ruleSetCode' | 'track' | 'source' | 'status' | 'version' | 'receivedAt' | 'data'
> & { readonly registerNumber?: string | null; readonly commission: { readonly id: string } };

export function toDomain(record: StoredCase): EthicsCase {
  return {
    ...decodeCaseDocument(record.data),
    id: record.id,
    commissionId: record.commission.id,
    ruleSetCode: record.ruleSetCode,
    track: record.track,
    source: record.source,
    status: record.status,
    version: record.version,
    receivedAt: record.receivedAt,
    ...(record.registerNumber ? { registerNumber: record.registerNumber } : {}),
  };
}

const ANY_INSTANT = new Date(0);

/**
 * The earliest due time among the case's deadlines that are still pending (started, not met, case not
 * terminal), from the domain's `caseDeadlines`; null when there is none. It does not depend on the time
 * of asking: a pending deadline is overdue exactly when this instant has passed.
 */
export function nextDueAtOf(
  ethicsCase: EthicsCase,
  calendar: WorkingDayCalendar,
  utcOffsetMinutes: number,
): Date | null {
  if (isTerminal(ethicsCase.status)) return null;
  const ruleSet = findRuleSet(ethicsCase.ruleSetCode);
  if (!ruleSet.ok) throw new Error(`Rule set ${ethicsCase.ruleSetCode} of a case is not in the catalogue`);
  // `now` only decides running/dueSoon/overdue, which this ignores: any instant gives the same answer.
  const clock = { now: ANY_INSTANT, ruleSet: ruleSet.value, calendar, utcOffsetMinutes };
  const pending = caseDeadlines(ethicsCase, clock)
    .filter((deadline) => deadline.metAt === undefined)
    .map((deadline) => deadline.dueAt.getTime());
  return pending.length === 0 ? null : new Date(Math.min(...pending));
}

/**
 * Writes the domain case onto a record (new or loaded), with the columns derived from it (`nextDueAt`,
 * counted on `calendar`). The version column is the ORM's optimistic lock.
 */
export function applyToRecord(
  record: EthicsCaseRecord,
  ethicsCase: EthicsCase,
  commission: Commission,
  now: Date,
  calendar: WorkingDayCalendar,
): void {
  record.id = ethicsCase.id;
  record.commission = commission;
  record.commissionPath = commission.path;
  record.ruleSetCode = ethicsCase.ruleSetCode;
  record.status = ethicsCase.status;
  record.track = ethicsCase.track;
  record.source = ethicsCase.source;
  record.receivedAt = ethicsCase.receivedAt;
  record.registerNumber = ethicsCase.registerNumber ?? null;
  record.electionId = ethicsCase.electionId ?? null;
  record.electionStageId = ethicsCase.electionStageId ?? null;
  record.confidential = ethicsCase.complaint.complainant?.confidential === true;
  record.updatedAt = now;
  // Counted in the handling commission's zone (WIB, WITA or WIT): due at the end of its local day.
  record.nextDueAt = nextDueAtOf(ethicsCase, calendar, utcOffsetOfRegion(commission.region?.code));
  record.data = encodeCaseDocument(dataOf(ethicsCase));
}

export interface ParticipantRow {
  readonly role: CaseParticipant['role'];
  readonly name: string | null;
  readonly personId: string | null;
  readonly membershipId: string | null;
  readonly bodyId: string | null;
  readonly bodyType: CaseParticipant['bodyType'];
  readonly position: CaseParticipant['position'];
  readonly outcome: Outcome | null;
}

/** Respondents, parties and examination-team members as rows, in a stable order. */
export function participantsOf(ethicsCase: EthicsCase): ParticipantRow[] {
  const empty = {
    name: null,
    personId: null,
    membershipId: null,
    bodyId: null,
    bodyType: null,
    position: null,
    outcome: null,
  };
  const outcomeOf = (membershipId: string): Outcome | null =>
    ethicsCase.decision?.outcomes.find((given) => given.membershipId === membershipId)?.outcome ?? null;
  const team = ethicsCase.examinationTeam;
  return [
    ...ethicsCase.respondents.map((respondent) => ({
      ...empty,
      role: 'respondent' as const,
      name: respondent.name,
      personId: respondent.personId,
      membershipId: respondent.membershipId,
      bodyId: respondent.bodyId,
      bodyType: respondent.bodyType,
      position: respondent.position,
      outcome: outcomeOf(respondent.membershipId),
    })),
    ...ethicsCase.parties.map((party) => ({
      ...empty,
      role: party.role,
      name: party.name,
      personId: party.personId ?? null,
    })),
    ...(team ? [team.chairPersonId, ...team.memberPersonIds] : []).map((personId) => ({
      ...empty,
      role: 'examiner' as const,
      personId,
    })),
  ];
}

/** Two rows with the same values, field by field (instants compared as instants). */
function sameValues<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => {
    const x = a[key];
    const y = b[key];
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  });
}

/**
 * Writes the participant rows of the case after a change: nothing when they are as they were, else the
 * old rows deleted and the new ones inserted. Compared on the domain's two states, so a write never loads
 * the rows it replaces.
 */
async function writeParticipants(
  em: EntityManager,
  record: EthicsCaseRecord,
  before: EthicsCase | undefined,
  after: EthicsCase,
): Promise<void> {
  const wanted = participantsOf(after);
  if (before) {
    const had = participantsOf(before);
    if (had.length === wanted.length && wanted.every((row, index) => sameValues(row, had[index]!))) return;
    await em.nativeDelete(CaseParticipant, { ethicsCase: record.id });
  }
  wanted.forEach((row, ordinal) => {
    em.persist(Object.assign(new CaseParticipant(), { ...row, ordinal, ethicsCase: record }));
  });
}

// ---- the record lists: allegations, sessions, external proceedings ----

type RecordList = 'allegations' | 'sessions' | 'externalProceedings';

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

/**
 * Brings a list's rows from `before` to `after`: deletes the rows whose records are gone, updates those
 * that changed, inserts the new ones. The rows mirror the document, so the two states say what to do
 * without loading the rows.
 */
async function writeRows<R extends { id: string; ethicsCase: EthicsCaseRecord }>(
  em: EntityManager,
  entity: new () => R,
  record: EthicsCaseRecord,
  before: readonly Row<R>[] | undefined,
  after: readonly Row<R>[],
): Promise<void> {
  const had = new Map((before ?? []).map((row) => [row.id, row]));
  const kept = new Set(after.map((row) => row.id));
  const gone = [...had.keys()].filter((id) => !kept.has(id));
  if (gone.length > 0) await em.nativeDelete(entity, { id: { $in: gone } } as never);
  for (const row of after) {
    const previous = had.get(row.id);
    if (!previous) em.persist(Object.assign(new entity(), row, { ethicsCase: record }));
    else if (!sameValues(previous, row)) {
      const { id, ...changes } = row;
      await em.nativeUpdate(entity, { id } as never, changes as never);
    }
  }
}

/** Writes the rows of the record lists that differ between the two states (all of them for a new case). */
async function writeRecordRows(
  em: EntityManager,
  record: EthicsCaseRecord,
  before: EthicsCase | undefined,
  after: EthicsCase,
): Promise<void> {
  const changed = (list: RecordList) => (before ? before[list] !== after[list] : after[list].length > 0);
  if (changed('allegations')) {
    await writeRows(
      em,
      AllegationRecord,
      record,
      before?.allegations.map(allegationRow),
      after.allegations.map(allegationRow),
    );
  }
  if (changed('sessions')) {
    await writeRows(
      em,
      CaseSessionRecord,
      record,
      before?.sessions.map(sessionRow),
      after.sessions.map(sessionRow),
    );
  }
  if (changed('externalProceedings')) {
    await writeRows(
      em,
      ExternalProceedingRecord,
      record,
      before?.externalProceedings.map(proceedingRow),
      after.externalProceedings.map(proceedingRow),
    );
  }
}

// ---- one write ----

/**
 * Writes a case onto its record (new, or loaded with its commission): columns, document,
 * participant rows, the rows of the record lists that changed and the reporting projection. The ORM flushes it with the
 * transaction; the version column is its optimistic lock.
 */
export async function writeCase(
  em: EntityManager,
  record: EthicsCaseRecord,
  change: { readonly before?: EthicsCase; readonly after: EthicsCase },
  commission: Commission,
  now: Date,
  calendar: WorkingDayCalendar,
): Promise<void> {
  applyToRecord(record, change.after, commission, now, calendar);
  await writeParticipants(em, record, change.before, change.after);
  await writeRecordRows(em, record, change.before, change.after);
  await syncProjection(
    em,
    record,
    change.after,
    change.before ? { before: change.before } : { isNewCase: true },
  );
}

// ---- the read path's rows ----

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
  readonly electionId: string | null;
  readonly electionStageId: string | null;
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
  electionId: record.electionId ?? null,
  electionStageId: record.electionStageId ?? null,
  data: record.data,
  commission: commissionRowOf(record.commission),
});

/** The respondents of a case as the read path lists them (the participant rows' columns). */
export const respondentsOf = (ethicsCase: EthicsCase): RespondentType[] =>
  ethicsCase.respondents.map((respondent) => ({
    membershipId: respondent.membershipId,
    personId: respondent.personId,
    name: respondent.name,
    bodyId: respondent.bodyId,
    bodyType: respondent.bodyType,
    position: respondent.position,
  }));
