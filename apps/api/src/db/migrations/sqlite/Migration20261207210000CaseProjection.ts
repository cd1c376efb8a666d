// The case's reporting projection (ethics-cases/case-projection.ts): the principles each respondent was
// found to have violated, and the case's milestones, as rows; filled from every stored case document.
import { Migration } from '@mikro-orm/migrations';
import { backfillCaseProjection } from '../../backfill/case-projection.js';

export class Migration20261207210000CaseProjection extends Migration {
  override async up(): Promise<void> {
    // Executed in order, not queued: the backfill writes into the new tables inside the same transaction.
    const execute = (sql: string, params?: unknown[]) => this.execute(sql, params);
    await execute(
      'create table `respondent_principle_violated` (`id` integer not null primary key autoincrement, `ethics_case_id` text not null, `membership_id` text not null, `principle` text not null, `decided_by` text not null, constraint `respondent_principle_violated_ethics_case_id_foreign` foreign key(`ethics_case_id`) references `ethics_case`(`id`) on delete cascade on update cascade);',
    );
    await execute(
      'create index `respondent_principle_violated_ethics_case_id_index` on `respondent_principle_violated` (`ethics_case_id`);',
    );
    await execute(
      'create index `respondent_principle_violated_principle_ethics_case_id_index` on `respondent_principle_violated` (`principle`, `ethics_case_id`);',
    );
    await execute(
      'create unique index `respondent_principle_violated_ethics_case_id_membership_id_principle_unique` on `respondent_principle_violated` (`ethics_case_id`, `membership_id`, `principle`);',
    );
    await execute(
      'create table `case_milestone` (`id` integer not null primary key autoincrement, `ethics_case_id` text not null, `kind` text not null, `at` datetime not null, constraint `case_milestone_ethics_case_id_foreign` foreign key(`ethics_case_id`) references `ethics_case`(`id`) on delete cascade on update cascade);',
    );
    await execute(
      'create index `case_milestone_ethics_case_id_index` on `case_milestone` (`ethics_case_id`);',
    );
    await execute(
      'create unique index `case_milestone_ethics_case_id_kind_unique` on `case_milestone` (`ethics_case_id`, `kind`);',
    );
    await backfillCaseProjection(execute, 'sqlite');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `case_milestone`;');
    this.addSql('drop table if exists `respondent_principle_violated`;');
  }
}
