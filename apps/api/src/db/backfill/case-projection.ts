// Fills the reporting projection (respondent_principle_violated, case_milestone; see
// ethics-cases/case-projection.ts) from every stored case document, for the cases written before the
// projection existed. Run by Migration20261207210000CaseProjection in its transaction. Expects the tables
// empty: the mapper writes the rows of every case changed afterwards.
import { decodeCaseDocument } from '../../ethics-cases/case-document.js';
import { projectionOf } from '../../ethics-cases/case-projection.js';
import type { Execute } from './case-filter-columns.js';

const BATCH = 500;
/** Rows per insert statement: at most 4 parameters each, well under either database's limit. */
const ROWS_PER_INSERT = 250;

type Cell = string | number;

async function insertRows(
  execute: Execute,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  const marks = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    await execute(
      `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => marks).join(', ')}`,
      chunk.flat(),
    );
  }
}

/** Writes the projection rows of every case; returns how many cases had a decision with principles. */
export async function backfillCaseProjection(
  execute: Execute,
  dialect: 'postgresql' | 'sqlite',
): Promise<{ cases: number; withViolations: number }> {
  // As text in both dialects: node-postgres would hand a jsonb document over parsed.
  const data = dialect === 'postgresql' ? 'data::text as data' : 'data';
  // Instants as the column stores them: timestamptz takes ISO text, SQLite's datetime is epoch ms.
  const stored = (at: Date): Cell => (dialect === 'postgresql' ? at.toISOString() : at.getTime());
  let cases = 0;
  let withViolations = 0;
  let after = '';
  for (;;) {
    const rows = await execute(
      `select id, ${data} from ethics_case where id > ? order by id limit ${BATCH}`,
      [after],
    );
    const violations: Cell[][] = [];
    const milestones: Cell[][] = [];
    for (const row of rows) {
      const id = String(row.id);
      const document = decodeCaseDocument(String(row.data));
      // Every document the API writes has its milestones; one without (hand-made, damaged) projects no
      // milestone rather than stopping the migration.
      const projection = projectionOf({
        ...document,
        milestones: (document as Partial<typeof document>).milestones ?? {},
      });
      for (const v of projection.principlesViolated)
        violations.push([id, v.membershipId, v.principle, v.decidedBy]);
      for (const m of projection.milestones) milestones.push([id, m.kind, stored(m.at)]);
      if (projection.principlesViolated.length > 0) withViolations += 1;
    }
    await insertRows(
      execute,
      'respondent_principle_violated',
      ['ethics_case_id', 'membership_id', 'principle', 'decided_by'],
      violations,
    );
    await insertRows(execute, 'case_milestone', ['ethics_case_id', 'kind', 'at'], milestones);
    cases += rows.length;
    if (rows.length < BATCH) return { cases, withViolations };
    after = String(rows.at(-1)!.id);
  }
}
