// The national administrator corrects a year's days off: adds (or corrects) a day, removes a built-in
// day, or restores a date to the built-in list. Each change is one transaction: the holiday row, its
// audit entry on the national chain, the recomputed next_due_at of every open case on the new calendar,
// and a `deadlinesRecomputed` entry on the chain of each case whose due time moved (so it shows in the
// case's timeline). The process's calendar is replaced only once the transaction has committed.
import { err, HOLIDAY_YEARS, ok, tryParseLocalDate, type HolidayKind, type Result } from '@etik/domain';
import type { EntityManager } from '@mikro-orm/knex';
import { NATIONAL_CHAIN } from '../audit/audit-trail.js';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { recomputeNextDueAt } from '../db/backfill/case-filter-columns.js';
import { isPostgres } from '../db/dialect.js';
import { runMutation, type MutationScope } from '../db/transaction.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
import { HolidayOverride } from './holiday.entity.js';
import {
  BUILT_IN_YEARS,
  HOLIDAY_CHANNEL,
  loadEffectiveCalendar,
  type EffectiveCalendar,
} from './holiday-calendar.js';

export interface HolidayChange {
  readonly date: string;
  readonly change: 'added' | 'removed' | 'restored';
  /** Open cases whose next due time moved. */
  readonly recomputedCases: number;
}

export interface AddHolidayInput {
  readonly date: string;
  readonly kind: HolidayKind;
  readonly nameId: string;
  readonly nameEn: string;
}

const NAME_MAX = 200;

const BUILT_IN_DATES: ReadonlySet<string> = new Set(
  HOLIDAY_YEARS.flatMap((year) => year.holidays.map((holiday) => holiday.date)),
);

/** FORBIDDEN unless the caller is the national administrator. */
function adminRefusal(ctx: Context): CodedError | undefined {
  const user = requireUser(ctx.user);
  return user.role === 'nationalAdmin' ? undefined : codedError('FORBIDDEN', { role: user.role });
}

function dateRefusal(date: string): CodedError | undefined {
  if (!tryParseLocalDate(date).ok)
    return codedError('BAD_USER_INPUT', { field: 'date', reason: 'format' }, 'date must be YYYY-MM-DD.');
  const year = Number(date.slice(0, 4));
  if (!BUILT_IN_YEARS.has(year)) return { code: 'HOLIDAY_YEAR_NOT_COVERED', date, year };
  return undefined;
}

const snapshotOf = (row: HolidayOverride | null) =>
  row === null ? null : { change: row.change, kind: row.kind, nameId: row.nameId, nameEn: row.nameEn };

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

/**
 * Recounts every open case's next_due_at on the calendar with this transaction's rows, audits each case
 * whose due time moved, and returns the calendar (to install after the commit) and the count.
 */
async function recompute(scope: MutationScope): Promise<{ effective: EffectiveCalendar; moved: number }> {
  const em: EntityManager = scope.em;
  const effective = await loadEffectiveCalendar(em);
  const moved = await recomputeNextDueAt(
    (sql, params) => em.getConnection().execute(sql, params ?? [], 'all', em.getTransactionContext()),
    isPostgres(em) ? 'postgresql' : 'sqlite',
    effective.calendar,
    (change) =>
      scope.audit({
        chain: change.commissionId,
        action: 'deadlinesRecomputed',
        entityType: 'case',
        entityId: change.caseId,
        before: { status: change.status, nextDueAt: iso(change.before) },
        after: { status: change.status, nextDueAt: iso(change.after) },
      }),
  );
  return { effective, moved };
}

/** Runs one change, then installs the new calendar in this process once it has committed. */
async function change(
  ctx: Context,
  work: (scope: MutationScope) => Promise<Result<HolidayChange['change'], CodedError>>,
  date: string,
): Promise<Result<HolidayChange, CodedError>> {
  let installed: EffectiveCalendar | undefined;
  const result = await runMutation<HolidayChange, CodedError>(ctx, async (scope) => {
    const done = await work(scope);
    if (!done.ok) return done;
    await scope.em.flush();
    const { effective, moved } = await recompute(scope);
    installed = effective;
    // Delivered when the transaction commits: the other instances reload their calendar.
    if (isPostgres(scope.em)) await scope.em.execute("select pg_notify(?, '')", [HOLIDAY_CHANNEL]);
    return ok({ date, change: done.value, recomputedCases: moved });
  });
  if (result.ok && installed) ctx.deps.holidays.replace(installed);
  return result;
}

export async function addHoliday(
  ctx: Context,
  input: AddHolidayInput,
): Promise<Result<HolidayChange, CodedError>> {
  const refusal = adminRefusal(ctx) ?? dateRefusal(input.date);
  if (refusal) return err(refusal);
  const nameId = input.nameId.trim();
  const nameEn = input.nameEn.trim();
  for (const [field, value] of [
    ['nameId', nameId],
    ['nameEn', nameEn],
  ] as const) {
    if (value === '' || value.length > NAME_MAX)
      return err(
        codedError(
          'BAD_USER_INPUT',
          { field, min: 1, max: NAME_MAX },
          `${field} must be 1–${NAME_MAX} characters.`,
        ),
      );
  }
  return change(
    ctx,
    async (scope) => {
      const existing = await scope.em.findOne(HolidayOverride, { date: input.date });
      const before = snapshotOf(existing);
      const row = existing ?? Object.assign(new HolidayOverride(), { date: input.date });
      Object.assign(row, {
        change: 'added',
        kind: input.kind,
        nameId,
        nameEn,
        changedAt: scope.now,
        changedBy: ctx.user?.userId ?? null,
      });
      scope.em.persist(row);
      scope.audit({
        chain: NATIONAL_CHAIN,
        action: 'holidayAdded',
        entityType: 'holiday',
        entityId: input.date,
        before,
        after: snapshotOf(row),
      });
      return ok('added');
    },
    input.date,
  );
}

/** A built-in day stops being a day off; a day the administrator added is simply taken back. */
export async function removeHoliday(ctx: Context, date: string): Promise<Result<HolidayChange, CodedError>> {
  const refusal = adminRefusal(ctx) ?? dateRefusal(date);
  if (refusal) return err(refusal);
  return change(
    ctx,
    async (scope) => {
      const existing = await scope.em.findOne(HolidayOverride, { date });
      const builtIn = BUILT_IN_DATES.has(date);
      if (existing?.change === 'removed' || (!builtIn && existing === null))
        return err({ code: 'NOT_A_HOLIDAY', date });
      const before = snapshotOf(existing);
      if (builtIn) {
        const row = existing ?? Object.assign(new HolidayOverride(), { date });
        Object.assign(row, {
          change: 'removed',
          kind: null,
          nameId: null,
          nameEn: null,
          changedAt: scope.now,
          changedBy: ctx.user?.userId ?? null,
        });
        scope.em.persist(row);
      } else scope.em.remove(existing!);
      scope.audit({
        chain: NATIONAL_CHAIN,
        action: 'holidayRemoved',
        entityType: 'holiday',
        entityId: date,
        before,
        after: builtIn ? { change: 'removed' } : null,
      });
      return ok('removed');
    },
    date,
  );
}

/** The date goes back to what the built-in list says (a day off or not). */
export async function restoreHoliday(ctx: Context, date: string): Promise<Result<HolidayChange, CodedError>> {
  const refusal = adminRefusal(ctx) ?? dateRefusal(date);
  if (refusal) return err(refusal);
  return change(
    ctx,
    async (scope) => {
      const existing = await scope.em.findOne(HolidayOverride, { date });
      if (!existing) return err({ code: 'HOLIDAY_NOT_CHANGED', date });
      const before = snapshotOf(existing);
      scope.em.remove(existing);
      scope.audit({
        chain: NATIONAL_CHAIN,
        action: 'holidayRestored',
        entityType: 'holiday',
        entityId: date,
        before,
        after: null,
      });
      return ok('restored');
    },
    date,
  );
}
