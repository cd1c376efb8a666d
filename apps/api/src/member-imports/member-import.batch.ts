// One batch of an import, in ONE transaction: the batch's persons upserted by NIK, memberships created or
// updated by person and body, its bad rows written to member_import_error, the import's counters and last
// committed line advanced (fenced on the lease, so a worker that lost it changes nothing), and one audit
// event. A batch that fails leaves nothing behind, so doing it again after a crash duplicates nothing.
import type { EntityManager } from '@mikro-orm/knex';
import { checkSeatFree, messageOf, ruleSetFor, type BodyType, type MemberRecord } from '@etik/domain';
import type { MembershipStatusChange } from '../adhoc-bodies/adhoc-body.entity.js';
import { appendAudit } from '../audit/audit-trail.js';
import { isPostgres } from '../db/dialect.js';
import { orderedId } from '../shared/ordered-id.js';
import { BatchSql, type Column } from './batch-sql.js';
import { decideMembership, type RecordedMembership } from './membership-decision.js';

/** A row of the batch that passed the checks that need no database. */
export interface GoodRow {
  readonly line: number;
  readonly record: MemberRecord;
  /** The body the row names by the id convention; the body on its spot once the batch resolves it. */
  readonly bodyId: string;
}

export interface RowError {
  readonly line: number;
  readonly code: string;
  readonly field: string | null;
  readonly message: string;
}

/** A batch of lines of one import, of any kind: `good` are the kind's lines that passed the checks without the database. */
export interface Batch<G = GoodRow> {
  readonly importId: string;
  readonly commissionId: string;
  readonly leaseOwner: string;
  /** The import's last committed line when the batch was read: the fence against a second writer. */
  readonly afterLine: number;
  /** Physical line of the batch's last row. */
  readonly lastLine: number;
  readonly rows: number;
  readonly good: readonly G[];
  readonly bad: readonly RowError[];
  readonly actor: { readonly userId: string; readonly role: string | null };
}

export interface BatchCounts {
  readonly imported: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
}

/** The import row was not ours to advance any more: cancelled, or another worker took the lease. */
export class LeaseLost extends Error {
  override readonly name = 'LeaseLost';
}

interface BodyRow {
  readonly id: string;
  readonly commissionId: string;
  /** A dissolved body keeps its history but takes no members. */
  readonly dissolved: boolean;
  readonly type: BodyType;
  /** Picks the rule set whose seats the body has (as the `seats` field of AdhocBody). */
  readonly formedAt: Date | null;
}

/** Where a row places its member: the body's type, region and TPS number (the file's columns). */
const spotOf = (record: MemberRecord): string =>
  `${record.bodyType}|${record.regionCode}|${record.tpsNumber ?? ''}`;

/**
 * The body on each spot, cached per import run (bodies are not formed or dissolved while members are
 * imported): the one not dissolved if there is one (a body formed again on a dissolved one's spot has an
 * id of its own), else the dissolved one, which takes no members.
 */
export class BodyDirectory {
  private readonly known = new Map<string, BodyRow | null>();
  private readonly regionsRead = new Set<string>();

  async resolve(em: EntityManager, records: readonly MemberRecord[]): Promise<Map<string, BodyRow | null>> {
    const regions = [...new Set(records.map((record) => record.regionCode))].filter(
      (code) => !this.regionsRead.has(code),
    );
    for (const chunk of chunks(regions, 500)) {
      const rows = await em.execute<
        {
          id: string;
          type: string;
          region_code: string;
          tps_number: number | null;
          commission_id: string;
          dissolved_at: unknown;
          formed_at: unknown;
        }[]
      >(
        `select id, type, region_code, tps_number, commission_id, dissolved_at, formed_at from adhoc_body where region_code in (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const code of chunk) this.regionsRead.add(code);
      for (const row of rows) {
        const spot = `${row.type}|${row.region_code}|${row.tps_number ?? ''}`;
        const body = {
          id: row.id,
          commissionId: row.commission_id,
          dissolved: row.dissolved_at !== null && row.dissolved_at !== undefined,
          type: row.type as BodyType,
          formedAt:
            row.formed_at === null || row.formed_at === undefined
              ? null
              : new Date(row.formed_at as string | number | Date),
        };
        const current = this.known.get(spot);
        if (!current || (current.dissolved && !body.dissolved)) this.known.set(spot, body);
      }
    }
    return this.known;
  }

  /** The body a row's record places its member in (after `resolve`), or null for no such body. */
  bodyOf(record: MemberRecord): BodyRow | null {
    return this.known.get(spotOf(record)) ?? null;
  }
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size);
}

/** A date as the dialect stores MikroORM's `datetime`: timestamptz on PostgreSQL, epoch milliseconds on SQLite. */
export const dbTime = (em: EntityManager, date: Date): Date | number =>
  isPostgres(em) ? date : date.getTime();

const PERSON_COLUMNS = [
  'id',
  'nik',
  'name',
  'sex',
  'birth_place',
  'birth_date',
  'address',
  'phone',
  'email',
] as const;
type PersonColumn = Exclude<(typeof PERSON_COLUMNS)[number], 'id' | 'nik'>;
const varchar = (name: string): Column => ({ name, pgType: 'varchar' });
const PERSON_INSERT: readonly Column[] = [...PERSON_COLUMNS.map(varchar)];
const MEMBERSHIP_INSERT: readonly Column[] = [
  ...['id', 'person_id', 'body_id', 'position', 'status'].map(varchar),
  { name: 'selection_rank', pgType: 'int' },
  varchar('replaces_id'),
  { name: 'status_history', pgType: 'jsonb' },
];
const MEMBERSHIP_UPDATE: readonly Column[] = MEMBERSHIP_INSERT.filter((column) =>
  ['position', 'status', 'selection_rank', 'status_history'].includes(column.name),
);
const STATUS_CHANGE_INSERT: readonly Column[] = [
  varchar('membership_id'),
  { name: 'at', pgType: 'timestamptz' },
  ...['reason', 'from_status', 'to_status', 'from_position', 'to_position', 'reference', 'case_id'].map(
    varchar,
  ),
];
const ERROR_INSERT: readonly Column[] = [
  varchar('member_import_id'),
  { name: 'line', pgType: 'int' },
  ...['code', 'field'].map(varchar),
  { name: 'message', pgType: 'text' },
];

interface PersonRow {
  readonly id: string;
  readonly nik: string;
  readonly name: string;
  readonly sex: string | null;
  readonly birth_place: string | null;
  readonly birth_date: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

const personValues = (record: MemberRecord): Record<PersonColumn, string | null> => ({
  name: record.name,
  sex: record.sex ?? null,
  birth_place: record.birthPlace ?? null,
  birth_date: record.birthDate ?? null,
  address: record.address ?? null,
  phone: record.phone ?? null,
  email: record.email ?? null,
});

/** Whether the row's values would change the person: an empty cell never erases what is on record. */
const changesPerson = (recorded: PersonRow, values: Record<PersonColumn, string | null>): boolean =>
  (Object.keys(values) as PersonColumn[]).some(
    (column) => values[column] !== null && values[column] !== recorded[column],
  );

const historyOf = (value: unknown): MembershipStatusChange[] =>
  (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as MembershipStatusChange[];

export const rowError = (line: number, code: string, field: string | null, detail = ''): RowError => ({
  line,
  code,
  field,
  message: `${messageOf(code, 'en')}${detail}`.slice(0, 500),
});

/** Rows whose `column` is one of `values`: one statement on PostgreSQL (an array), chunks on SQLite. */
export async function rowsWhereIn<T>(
  sql: BatchSql,
  select: string,
  column: string,
  values: readonly string[],
  tail = '',
): Promise<T[]> {
  if (values.length === 0) return [];
  if (sql.isPostgres) return sql.rows<T>(`${select} where ${column} = any(?::varchar[])${tail}`, [values]);
  const rows: T[] = [];
  for (const chunk of chunks(values, 500))
    rows.push(
      ...(await sql.rows<T>(
        `${select} where ${column} in (${chunk.map(() => '?').join(', ')})${tail}`,
        chunk,
      )),
    );
  return rows;
}

export interface BatchHooks {
  /** Runs inside the transaction just before it commits (tests: a crash between writes and commit). */
  readonly beforeCommit?: () => void | Promise<void>;
}

/** Commits one batch; returns its counts. Throws LeaseLost (rolled back) when the import is no longer ours. */
export async function commitBatch(
  em: EntityManager,
  batch: Batch,
  bodies: BodyDirectory,
  now: Date,
  leaseUntil: Date,
  hooks: BatchHooks = {},
): Promise<BatchCounts> {
  const errors: RowError[] = [...batch.bad];
  await bodies.resolve(
    em,
    batch.good.map((row) => row.record),
  );
  const placed: GoodRow[] = [];
  const seatsOf = new Map<string, number | null>();
  for (const row of batch.good) {
    const body = bodies.bodyOf(row.record);
    if (!body) errors.push(rowError(row.line, 'UNKNOWN_BODY', 'kode_wilayah'));
    else if (body.commissionId !== batch.commissionId) {
      errors.push(rowError(row.line, 'BODY_OUTSIDE_COMMISSION', 'kode_wilayah', ` (${body.commissionId})`));
    } else if (body.dissolved) errors.push(rowError(row.line, 'BODY_DISSOLVED', 'kode_wilayah'));
    else {
      placed.push({ ...row, bodyId: body.id });
      const ruleSet = ruleSetFor(body.formedAt ?? now);
      seatsOf.set(body.id, ruleSet.ok ? ruleSet.value.bodySeats[body.type].seats : null);
    }
  }

  const sql = await BatchSql.of(em);
  const niks = [...new Set(placed.map((row) => row.record.nik))];
  const persons = new Map<string, PersonRow>();
  for (const row of await rowsWhereIn<PersonRow>(
    sql,
    `select ${PERSON_COLUMNS.join(', ')} from person`,
    'nik',
    niks,
  ))
    persons.set(row.nik, row);
  const memberships = new Map<string, RecordedMembership>();
  const personIds = [...persons.values()].map((person) => person.id);
  // Locked on PostgreSQL until the commit, so a case command cannot change them between read and write.
  const recordedMemberships = await rowsWhereIn<{
    id: string;
    person_id: string;
    body_id: string;
    position: string;
    status: string;
    selection_rank: number | null;
    status_history: unknown;
  }>(
    sql,
    'select id, person_id, body_id, position, status, selection_rank, status_history from membership',
    'person_id',
    personIds,
    sql.isPostgres ? ' for update' : '',
  );
  for (const row of recordedMemberships) {
    memberships.set(`${row.person_id}|${row.body_id}`, {
      id: row.id,
      position: row.position as RecordedMembership['position'],
      status: row.status as RecordedMembership['status'],
      selectionRank: row.selection_rank === null ? null : Number(row.selection_rank),
      statusHistory: historyOf(row.status_history),
    });
  }

  // Seats: the bodies' active members counted once, plus the members this batch makes active.
  const activeIn = new Map<string, number>();
  for (const row of await rowsWhereIn<{ body_id: string; active: number | string }>(
    sql,
    'select body_id, count(*) as active from membership',
    'body_id',
    [...seatsOf.keys()],
    " and status = 'active' group by body_id",
  ))
    activeIn.set(row.body_id, Number(row.active));

  // Decide every row; persons are written once per NIK (the batch's last good row wins, blanks keep values).
  let imported = 0;
  let updated = 0;
  let unchanged = 0;
  const personWrites = new Map<string, Record<PersonColumn, string | null>>();
  const creates: {
    key: string;
    nik: string;
    bodyId: string;
    values: ReturnType<typeof decideMembership> & { kind: 'create' };
  }[] = [];
  const updates: {
    id: string;
    values: (ReturnType<typeof decideMembership> & { kind: 'update' })['values'];
  }[] = [];
  const pending = new Map<string, RecordedMembership>();
  const updateBefore = new Map<string, RecordedMembership>();
  for (const row of placed) {
    const recordedPerson = persons.get(row.record.nik);
    const key = `${row.record.nik}|${row.bodyId}`;
    const recorded = recordedPerson ? memberships.get(`${recordedPerson.id}|${row.bodyId}`) : undefined;
    const decision = decideMembership(recorded ?? pending.get(key), row.record);
    if (decision.kind === 'conflict') {
      errors.push(rowError(row.line, decision.code, decision.field, ` (recorded: ${decision.recorded})`));
      continue;
    }
    const wasActive = (recorded ?? pending.get(key))?.status === 'active';
    if (decision.values.status === 'active' && !wasActive) {
      const seats = seatsOf.get(row.bodyId);
      const active = activeIn.get(row.bodyId) ?? 0;
      if (seats != null) {
        const seat = checkSeatFree({ seats, active });
        if (!seat.ok) {
          errors.push(rowError(row.line, seat.error.code, 'status', ` (${active}/${seats})`));
          continue;
        }
      }
      activeIn.set(row.bodyId, active + 1);
    }
    const values = personValues(row.record);
    const personChanged = !recordedPerson || changesPerson(recordedPerson, values);
    if (personChanged) {
      const earlier = personWrites.get(row.record.nik);
      personWrites.set(
        row.record.nik,
        earlier
          ? (Object.fromEntries(
              Object.entries(values).map(([column, value]) => [
                column,
                value ?? earlier[column as PersonColumn],
              ]),
            ) as Record<PersonColumn, string | null>)
          : values,
      );
    }
    if (decision.kind === 'create') {
      creates.push({ key, nik: row.record.nik, bodyId: row.bodyId, values: decision });
      pending.set(key, { id: key, ...decision.values });
      imported += 1;
    } else {
      if (decision.changed && recorded) {
        updates.push({ id: recorded.id, values: decision.values });
        updateBefore.set(recorded.id, recorded);
      }
      if (decision.changed || personChanged) updated += 1;
      else unchanged += 1;
    }
  }

  // Persons: upsert by NIK; RETURNING gives the id on record when another writer got there first.
  const idByNik = new Map([...persons.values()].map((person) => [person.nik, person.id]));
  const returned = await sql.insert<{ id: string; nik: string }>(
    'person',
    PERSON_INSERT,
    [...personWrites.entries()].map(([nik, values]) => [
      idByNik.get(nik) ?? orderedId(),
      nik,
      values.name,
      values.sex,
      values.birth_place,
      values.birth_date,
      values.address,
      values.phone,
      values.email,
    ]),
    'on conflict (nik) do update set name = excluded.name, ' +
      (['sex', 'birth_place', 'birth_date', 'address', 'phone', 'email'] as const)
        .map((column) => `${column} = coalesce(excluded.${column}, person.${column})`)
        .join(', ') +
      ' returning id, nik',
  );
  for (const row of returned) idByNik.set(row.nik, row.id);

  // Appointments this batch makes, as membership_status_change rows (a member's history is a query).
  const appointments: { membershipId: string; change: MembershipStatusChange; position: string }[] = [];
  await sql.insert(
    'membership',
    MEMBERSHIP_INSERT,
    creates.map((create) => {
      const { values } = create.values;
      const membershipId = orderedId();
      for (const change of values.statusHistory)
        appointments.push({ membershipId, change, position: values.position });
      return [
        membershipId,
        idByNik.get(create.nik),
        create.bodyId,
        values.position,
        values.status,
        values.selectionRank,
        null,
        JSON.stringify(values.statusHistory),
      ];
    }),
  );
  for (const update of updates) {
    const before = updateBefore.get(update.id);
    for (const change of update.values.statusHistory.slice(
      before?.statusHistory.length ?? update.values.statusHistory.length,
    ))
      appointments.push({ membershipId: update.id, change, position: update.values.position });
  }
  await sql.update(
    'membership',
    varchar('id'),
    MEMBERSHIP_UPDATE,
    updates.map(({ id, values }) => [
      id,
      values.position,
      values.status,
      values.selectionRank,
      JSON.stringify(values.statusHistory),
    ]),
  );

  await sql.insert(
    'membership_status_change',
    STATUS_CHANGE_INSERT,
    appointments.map(({ membershipId, change, position }) => [
      membershipId,
      dbTime(em, new Date(change.at)),
      change.reason,
      'candidate',
      change.status,
      position,
      position,
      change.reference ?? null,
      null,
    ]),
  );

  return finishBatch(em, sql, batch, errors, { imported, updated, unchanged }, now, leaseUntil, hooks);
}

/**
 * The end of every batch, whatever its kind: its refused lines written as errors, the import's counters
 * and last committed line advanced (fenced on the lease and on the line the batch was read after), and one
 * audit event on the commission's chain. Throws LeaseLost when the import is no longer ours.
 */
export async function finishBatch(
  em: EntityManager,
  sql: BatchSql,
  batch: Batch<unknown>,
  errors: RowError[],
  /** The batch's counts; `audit`: what else its audit event records (the bodies a body import formed). */
  written: Omit<BatchCounts, 'rejected'> & { readonly audit?: Readonly<Record<string, unknown>> },
  now: Date,
  leaseUntil: Date,
  hooks: BatchHooks = {},
): Promise<BatchCounts> {
  const { imported, updated, unchanged } = written;
  errors.sort((a, b) => a.line - b.line);
  await sql.insert(
    'member_import_error',
    ERROR_INSERT,
    errors.map((error) => [batch.importId, error.line, error.code, error.field, error.message]),
  );

  const rejected = new Set(errors.map((error) => error.line)).size;
  const counts: BatchCounts = { imported, updated, unchanged, rejected };
  const advanced = await em.execute<{ affectedRows: number }>(
    `update member_import set processed_rows = processed_rows + ?, imported_rows = imported_rows + ?, updated_rows = updated_rows + ?, ` +
      `unchanged_rows = unchanged_rows + ?, rejected_rows = rejected_rows + ?, last_committed_line = ?, lease_expires_at = ?, ` +
      `updated_at = ?, failed_attempts = 0, last_error = null ` +
      `where id = ? and lease_owner = ? and status = 'running' and last_committed_line = ?`,
    [
      batch.rows,
      imported,
      updated,
      unchanged,
      rejected,
      batch.lastLine,
      dbTime(em, leaseUntil),
      dbTime(em, now),
      batch.importId,
      batch.leaseOwner,
      batch.afterLine,
    ],
    'run',
  );
  if (advanced.affectedRows !== 1)
    throw new LeaseLost(`import ${batch.importId} is no longer leased to ${batch.leaseOwner}`);
  await appendAudit(
    em,
    [
      {
        action: 'memberImportBatchCommitted',
        entityType: 'memberImport',
        entityId: batch.importId,
        after: {
          fromLine: batch.afterLine + 1,
          toLine: batch.lastLine,
          rows: batch.rows,
          ...counts,
          ...written.audit,
        },
      },
    ],
    {
      chain: batch.commissionId,
      at: now,
      actorUserId: batch.actor.userId,
      ...(batch.actor.role ? { actorRole: batch.actor.role } : {}),
    },
  );
  await hooks.beforeCommit?.();
  return counts;
}
