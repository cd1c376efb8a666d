// The case's reporting projection (ethics-cases/case-projection.ts): the principles each respondent was
// found to have violated, and the case's milestones, as rows; filled from every stored case document.
import { Migration } from '@mikro-orm/migrations';
import { backfillCaseProjection } from '../../backfill/case-projection.js';

export class Migration20261207210000CaseProjection extends Migration {
  override async up(): Promise<void> {
    // Executed in order, not queued: the backfill writes into the new tables inside the same transaction.
    const execute = (sql: string, params?: unknown[]) => this.execute(sql, params);
    await execute(
      'create table "respondent_principle_violated" ("id" serial primary key, "ethics_case_id" varchar(64) not null, "membership_id" varchar(64) not null, "principle" varchar(32) not null, "decided_by" varchar(16) not null);',
    );
    await execute(
      'create index "respondent_principle_violated_principle_ethics_case_id_index" on "respondent_principle_violated" ("principle", "ethics_case_id");',
    );
    await execute(
      'alter table "respondent_principle_violated" add constraint "respondent_principle_violated_ethics_case_id_memb_9f0e9_unique" unique ("ethics_case_id", "membership_id", "principle");',
    );
    await execute(
      'alter table "respondent_principle_violated" add constraint "respondent_principle_violated_ethics_case_id_foreign" foreign key ("ethics_case_id") references "ethics_case" ("id") on update cascade on delete cascade;',
    );
    await execute(
      'create table "case_milestone" ("id" serial primary key, "ethics_case_id" varchar(64) not null, "kind" varchar(32) not null, "at" timestamptz not null);',
    );
    await execute(
      'alter table "case_milestone" add constraint "case_milestone_ethics_case_id_kind_unique" unique ("ethics_case_id", "kind");',
    );
    await execute(
      'alter table "case_milestone" add constraint "case_milestone_ethics_case_id_foreign" foreign key ("ethics_case_id") references "ethics_case" ("id") on update cascade on delete cascade;',
    );
    await backfillCaseProjection(execute, 'postgresql');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "case_milestone" cascade;');
    this.addSql('drop table if exists "respondent_principle_violated" cascade;');
  }
}
