// Makes every stored case document something PostgreSQL's jsonb takes, before the column becomes jsonb
// (Migration20261207050000CaseDocumentJsonb). Documents written before the edge refused ill-formed text may
// hold the escape of a lone UTF-16 surrogate or of a NUL, which jsonb refuses (one such case used to break
// every report over it): each becomes U+FFFD, and the repaired cases are named. A document that is not JSON
// at all cannot be repaired here: the migration stops and names it, to be repaired by hand.
import { toWellFormedText } from '../../shared/well-formed-text.js';
import type { Execute } from './case-filter-columns.js';

/** The value with every string and key made well formed. */
function repaired(value: unknown): unknown {
  if (typeof value === 'string') return toWellFormedText(value);
  if (Array.isArray(value)) return value.map(repaired);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [toWellFormedText(key), repaired(item)]),
    );
  }
  return value;
}

export interface CaseDocumentRepair {
  /** Cases whose document had ill-formed text, now replaced by U+FFFD. */
  readonly repaired: readonly string[];
  /** Cases whose document is not JSON: left as they are. */
  readonly notJson: readonly string[];
}

/** Repairs the documents PostgreSQL cannot read as jsonb, on the text column (PostgreSQL only). */
export async function repairCaseDocuments(execute: Execute): Promise<CaseDocumentRepair> {
  // PostgreSQL 15 has no pg_input_is_valid: a cast that fails is caught, row by row, in a function that
  // lives as long as the session.
  await execute(`create or replace function pg_temp.etik_is_jsonb(document text) returns boolean
    language plpgsql as $$ begin perform document::jsonb; return true;
    exception when others then return false; end $$`);
  const rows = await execute(
    'select id, data from ethics_case where not pg_temp.etik_is_jsonb(data) order by id',
  );
  await execute('drop function pg_temp.etik_is_jsonb(text)');
  const repairedIds: string[] = [];
  const notJson: string[] = [];
  for (const row of rows) {
    const id = String(row.id);
    let document: unknown;
    try {
      document = JSON.parse(String(row.data));
    } catch {
      notJson.push(id);
      continue;
    }
    await execute('update ethics_case set data = ? where id = ?', [JSON.stringify(repaired(document)), id]);
    repairedIds.push(id);
  }
  return { repaired: repairedIds, notJson };
}
