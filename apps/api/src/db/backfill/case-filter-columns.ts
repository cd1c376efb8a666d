// Fills the columns the case filters read (ethics_case.next_due_at, case_participant.outcome) for rows
// written before they existed. Run by Migration20261201030000CaseFilters in its transaction, and by
// `pnpm db:recompute-deadlines` after a change of the domain's deadline rules or holiday data (the stored
// due times are counted on the calendar the server uses, `defaultCalendar`).
import {
  defaultCalendar,
  TERMINAL_STATUSES,
  utcOffsetOfRegion,
  type EthicsCase,
  type WorkingDayCalendar,
} from '@etik/domain';
import { decodeCaseDocument } from '../../ethics-cases/case-document.js';
import { nextDueAtOf } from '../../ethics-cases/case.mapper.js';

export type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const BATCH = 500;

/** An open case whose next due time moved. */
export interface NextDueChange {
  readonly caseId: string;
  readonly commissionId: string;
  readonly status: string;
  readonly before: Date | null;
  readonly after: Date | null;
}

/**
 * Recomputes next_due_at of every open case (terminal ones get null), in batches; returns how many rows
 * changed, and tells `onChanged` of each open case whose due time moved.
 */
export async function recomputeNextDueAt(
  execute: Execute,
  dialect: 'postgresql' | 'sqlite',
  calendar: WorkingDayCalendar = defaultCalendar,
  onChanged?: (change: NextDueChange) => void,
): Promise<number> {
  const terminal = TERMINAL_STATUSES.map((status) => `'${status}'`).join(', ');
  await execute(
    `update ethics_case set next_due_at = null where status in (${terminal}) and next_due_at is not null`,
  );
  const stored = (value: Date | null) =>
    value === null ? null : dialect === 'postgresql' ? value.toISOString() : value.getTime();
  // Epoch milliseconds in both dialects, to compare instants rather than representations.
  const currentMs =
    dialect === 'postgresql'
      ? '(extract(epoch from c.next_due_at) * 1000)::bigint as next_due_ms'
      : 'c.next_due_at as next_due_ms';
  // As text in both dialects: node-postgres would hand a jsonb document over parsed.
  const data = dialect === 'postgresql' ? 'c.data::text as data' : 'c.data';
  let changed = 0;
  let after = '';
  for (;;) {
    const rows = await execute(
      // With the commission's region: each case is due at the end of its commission's local day.
      `select c.id, c.commission_id, c.rule_set_code, c.status, c.track, c.source, ${currentMs}, ${data}, k.region_code
         from ethics_case c join commission k on k.id = c.commission_id
        where c.status not in (${terminal}) and c.id > ? order by c.id limit ${BATCH}`,
      [after],
    );
    for (const row of rows) {
      // The deadlines read the milestones, status, track, source and rule set; the rest is not needed.
      const ethicsCase = {
        ...decodeCaseDocument(String(row.data)),
        id: String(row.id),
        ruleSetCode: String(row.rule_set_code),
        status: row.status,
        track: row.track,
        source: row.source,
      } as EthicsCase;
      const regionCode = row.region_code === null ? null : String(row.region_code);
      const next = nextDueAtOf(ethicsCase, calendar, utcOffsetOfRegion(regionCode));
      const current = row.next_due_ms === null ? null : Number(row.next_due_ms);
      if ((next?.getTime() ?? null) === current) continue;
      await execute('update ethics_case set next_due_at = ? where id = ?', [stored(next), ethicsCase.id]);
      changed += 1;
      onChanged?.({
        caseId: ethicsCase.id,
        commissionId: String(row.commission_id),
        status: String(row.status),
        before: current === null ? null : new Date(current),
        after: next,
      });
    }
    if (rows.length < BATCH) return changed;
    after = String(rows.at(-1)!.id);
  }
}

/** Copies each respondent's outcome from the decision in the case document onto their participant row. */
export async function backfillParticipantOutcomes(
  execute: Execute,
  dialect: 'postgresql' | 'sqlite',
): Promise<void> {
  await execute(
    // `::jsonb`: Migration20261201030000CaseFilters runs this while the document is still text (it became
    // jsonb in Migration20261207050000CaseDocumentJsonb); on jsonb the cast does nothing.
    dialect === 'postgresql'
      ? `update case_participant p set outcome = o.value ->> 'outcome'
           from ethics_case c
           cross join lateral jsonb_array_elements(coalesce(c.data::jsonb -> 'decision' -> 'outcomes', '[]'::jsonb)) as o(value)
          where p.ethics_case_id = c.id and p.role = 'respondent' and p.membership_id = o.value ->> 'membershipId'`
      : `update case_participant set outcome = (
           select json_extract(o.value, '$.outcome') from ethics_case c, json_each(c.data, '$.decision.outcomes') as o
            where c.id = case_participant.ethics_case_id
              and json_extract(o.value, '$.membershipId') = case_participant.membership_id)
          where role = 'respondent'`,
  );
}
