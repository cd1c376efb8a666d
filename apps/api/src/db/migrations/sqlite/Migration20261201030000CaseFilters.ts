// The columns the case filters read, indexed, and filled for the rows already there: a respondent's
// outcome from the case document (SQL), the next due time from the domain's deadlines (TypeScript).
import { Migration } from '@mikro-orm/migrations';
import { backfillParticipantOutcomes, recomputeNextDueAt } from '../../backfill/case-filter-columns.js';

export class Migration20261201030000CaseFilters extends Migration {
  override async up(): Promise<void> {
    // Executed in order, not queued: the backfill reads the new columns inside the same transaction.
    const execute = (sql: string, params?: unknown[]) => this.execute(sql, params);
    await execute('alter table `ethics_case` add column `next_due_at` datetime null;');
    await execute('create index `ethics_case_next_due_at_id_index` on `ethics_case` (`next_due_at`, `id`);');
    await execute('alter table `case_participant` add column `outcome` text null;');
    await execute(
      'create index `case_participant_outcome_ethics_case_id_index` on `case_participant` (`outcome`, `ethics_case_id`);',
    );
    await backfillParticipantOutcomes(execute, 'sqlite');
    await recomputeNextDueAt(execute, 'sqlite');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists `case_participant_outcome_ethics_case_id_index`;');
    this.addSql('alter table `case_participant` drop column `outcome`;');
    this.addSql('drop index if exists `ethics_case_next_due_at_id_index`;');
    this.addSql('alter table `ethics_case` drop column `next_due_at`;');
  }
}
