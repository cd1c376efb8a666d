// Open cases' next due time counted again: in their commission's own zone (WITA and WIT commissions were
// counted in WIB), and on the working-day calendar that now has the holidays of 2019–2023.
import { Migration } from '@mikro-orm/migrations';
import { recomputeNextDueAt } from '../../backfill/case-filter-columns.js';

export class Migration20261207060000LocalTimeDeadlines extends Migration {
  override async up(): Promise<void> {
    await recomputeNextDueAt((sql, params) => this.execute(sql, params), 'postgresql');
  }

  override async down(): Promise<void> {
    // Nothing to undo: next_due_at is derived, and recomputed by `pnpm db:recompute-deadlines`.
  }
}
