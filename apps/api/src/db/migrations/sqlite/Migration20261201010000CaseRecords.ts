// The case's records as rows: allegations (the case list filters on `principle`), clarification and
// examination sessions (summons and attendance as JSON), external proceedings. See src/case-records.
// Generated from the entity metadata (schema generator), then reviewed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201010000CaseRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `allegation` (`id` text not null, `ethics_case_id` text not null, `ordinal` integer not null, `respondent_membership_id` text not null, `category` text not null, `principle` text not null, `behaviour` text null, `legal_references` text not null, `description` text not null, `finding` text null, `finding_note` text null, `finding_recorded_at` datetime null, `recorded_at` datetime not null, constraint `allegation_ethics_case_id_foreign` foreign key(`ethics_case_id`) references `ethics_case`(`id`) on delete cascade on update cascade, primary key (`id`));',
    );
    this.addSql('create index `allegation_ethics_case_id_index` on `allegation` (`ethics_case_id`);');
    this.addSql('create index `allegation_principle_index` on `allegation` (`principle`);');
    this.addSql(
      'create table `case_session` (`id` text not null, `ethics_case_id` text not null, `ordinal` integer not null, `kind` text not null, `scheduled_at` datetime not null, `place` text null, `online_link` text null, `agenda` text null, `summons` text not null, `attendance` text not null, `minutes_reference` text null, `minutes_summary` text null, `minutes_recorded_at` datetime null, `outcome_notes` text null, `recorded_at` datetime not null, constraint `case_session_ethics_case_id_foreign` foreign key(`ethics_case_id`) references `ethics_case`(`id`) on delete cascade on update cascade, primary key (`id`));',
    );
    this.addSql('create index `case_session_ethics_case_id_index` on `case_session` (`ethics_case_id`);');
    this.addSql('create index `case_session_scheduled_at_index` on `case_session` (`scheduled_at`);');
    this.addSql(
      'create table `external_proceeding` (`id` text not null, `ethics_case_id` text not null, `ordinal` integer not null, `forum` text not null, `kind` text not null, `external_number` text null, `filed_at` datetime not null, `status` text not null, `result` text null, `reason` text null, `recorded_at` datetime not null, `updated_at` datetime null, constraint `external_proceeding_ethics_case_id_foreign` foreign key(`ethics_case_id`) references `ethics_case`(`id`) on delete cascade on update cascade, primary key (`id`));',
    );
    this.addSql(
      'create index `external_proceeding_ethics_case_id_index` on `external_proceeding` (`ethics_case_id`);',
    );
    this.addSql('create index `external_proceeding_forum_index` on `external_proceeding` (`forum`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `external_proceeding`;');
    this.addSql('drop table if exists `case_session`;');
    this.addSql('drop table if exists `allegation`;');
  }
}
