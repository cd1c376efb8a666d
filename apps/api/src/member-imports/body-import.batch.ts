// One batch of a body import, in ONE transaction: each line's region read, its draft checked by the domain
// as createAdhocBody checks it (type ↔ region level, TPS number, the region inside the commission's
// regency), a body already serving the spot counted as unchanged (so a file imported again changes
// nothing), the others inserted with the readable id createAdhocBody would give them, then the batch's
// errors, counters and audit event written as for members (finishBatch).
import type { EntityManager } from '@mikro-orm/knex';
import { bodyIdOf, checkBodyDraft, type BodyDraftError, type BodyRegionLevel } from '@etik/domain';
import { BatchSql, type Column } from './batch-sql.js';
import { spotOfLine, type BodyLine } from './body-csv.js';
import {
  dbTime,
  finishBatch,
  rowError,
  rowsWhereIn,
  type Batch,
  type BatchCounts,
  type BatchHooks,
  type RowError,
} from './member-import.batch.js';

const varchar = (name: string): Column => ({ name, pgType: 'varchar' });
const BODY_INSERT: readonly Column[] = [
  ...['id', 'type', 'name', 'region_code', 'commission_id'].map(varchar),
  { name: 'tps_number', pgType: 'int' },
  { name: 'version', pgType: 'int' },
  { name: 'formed_at', pgType: 'timestamptz' },
  ...['election_id', 'term_starts_on', 'term_ends_on'].map(varchar),
];

/** The CSV column a draft problem concerns. */
const COLUMN_OF_DRAFT_ERROR: { readonly [C in BodyDraftError['code']]: string } = {
  BODY_NAME_REQUIRED: 'nama',
  REGION_LEVEL_MISMATCH: 'kode_wilayah',
  TPS_NUMBER_REQUIRED: 'nomor_tps',
  TPS_NUMBER_UNEXPECTED: 'nomor_tps',
  INVALID_TPS_NUMBER: 'nomor_tps',
  REGION_OUTSIDE_COMMISSION: 'kode_wilayah',
};

const draftDetail = (problem: BodyDraftError): string =>
  problem.code === 'REGION_LEVEL_MISMATCH'
    ? ` (${problem.regionLevel}; a ${problem.type.toUpperCase()} serves a ${problem.expectedLevel})`
    : problem.code === 'REGION_OUTSIDE_COMMISSION'
      ? ` (${problem.regionCode} is not in ${problem.commissionRegionCode})`
      : '';

export type BodyBatchCommitter = (
  em: EntityManager,
  batch: Batch<BodyLine>,
  now: Date,
  leaseUntil: Date,
  hooks?: BatchHooks,
) => Promise<BatchCounts>;

/** Commits the batches of one run over a body file (the commission's regency is read once per run). */
export function bodyBatchCommitter(): BodyBatchCommitter {
  let regencyCode: string | null | undefined;
  return async (em, batch, now, leaseUntil, hooks = {}) => {
    const sql = await BatchSql.of(em);
    if (regencyCode === undefined) {
      const [commission] = await sql.rows<{ region_code: string | null }>(
        'select region_code from commission where id = ?',
        [batch.commissionId],
      );
      regencyCode = commission?.region_code ?? null;
    }
    const errors: RowError[] = [...batch.bad];
    // The elections the lines name: a body formed for one serves its dates as its term.
    const elections = new Map<string, { starts_on: string; ends_on: string }>();
    for (const row of await rowsWhereIn<{ id: string; starts_on: string; ends_on: string }>(
      sql,
      'select id, starts_on, ends_on from election',
      'id',
      [...new Set(batch.good.flatMap((line) => (line.electionId ? [line.electionId] : [])))],
    ))
      elections.set(row.id, row);
    const regionCodes = [...new Set(batch.good.map((line) => line.regionCode))];
    const levels = new Map<string, BodyRegionLevel>();
    for (const row of await rowsWhereIn<{ code: string; level: string }>(
      sql,
      'select code, level from region',
      'code',
      regionCodes,
    ))
      levels.set(row.code, row.level as BodyRegionLevel);
    // Every body on record in the lines' regions: those serving a spot, and the ids taken (a dissolved
    // body keeps its id and history: a body formed again on its spot gets the next generation).
    const serving = new Set<string>();
    const taken = new Set<string>();
    for (const row of await rowsWhereIn<{
      id: string;
      type: string;
      region_code: string;
      tps_number: number | null;
      dissolved_at: unknown;
    }>(
      sql,
      'select id, type, region_code, tps_number, dissolved_at from adhoc_body',
      'region_code',
      regionCodes,
    )) {
      taken.add(row.id);
      if (row.dissolved_at === null || row.dissolved_at === undefined) {
        const tps = row.tps_number === null ? undefined : Number(row.tps_number);
        serving.add(
          spotOfLine({ type: row.type as BodyLine['type'], regionCode: row.region_code, tpsNumber: tps }),
        );
      }
    }

    let unchanged = 0;
    const inserts: (readonly unknown[])[] = [];
    const formed: string[] = [];
    for (const line of batch.good) {
      const election = line.electionId ? elections.get(line.electionId) : undefined;
      if (line.electionId && !election) {
        errors.push(rowError(line.line, 'UNKNOWN_ELECTION', 'kode_pemilu', ` (${line.electionId})`));
        continue;
      }
      const level = levels.get(line.regionCode);
      if (!level) {
        errors.push(rowError(line.line, 'UNKNOWN_REGION', 'kode_wilayah', ` (${line.regionCode})`));
        continue;
      }
      if (!regencyCode) {
        errors.push(rowError(line.line, 'NOT_A_REGENCY_COMMISSION', null));
        continue;
      }
      const checked = checkBodyDraft({
        type: line.type,
        name: line.name,
        region: { code: line.regionCode, level },
        tpsNumber: line.tpsNumber,
        commissionRegionCode: regencyCode,
      });
      if (!checked.ok) {
        for (const problem of checked.error)
          errors.push(
            rowError(line.line, problem.code, COLUMN_OF_DRAFT_ERROR[problem.code], draftDetail(problem)),
          );
        continue;
      }
      if (serving.has(spotOfLine(line))) {
        unchanged += 1;
        continue;
      }
      let generation = 1;
      while (taken.has(bodyIdOf(line.type, line.regionCode, line.tpsNumber, generation))) generation += 1;
      const id = bodyIdOf(line.type, line.regionCode, line.tpsNumber, generation);
      taken.add(id);
      serving.add(spotOfLine(line));
      formed.push(id);
      inserts.push([
        id,
        line.type,
        checked.value.name,
        line.regionCode,
        batch.commissionId,
        line.tpsNumber ?? null,
        1,
        dbTime(em, now),
        line.electionId ?? null,
        election?.starts_on ?? null,
        election?.ends_on ?? null,
      ]);
    }
    await sql.insert('adhoc_body', BODY_INSERT, inserts);
    return finishBatch(
      em,
      sql,
      batch,
      errors,
      { imported: inserts.length, updated: 0, unchanged, audit: { formedBodyIds: formed } },
      now,
      leaseUntil,
      hooks,
    );
  };
}
