// Member import from CSV (src/member-imports): the imports and their per-line errors; the person fields a
// recruitment export carries; one seat per person per body, the key the import upserts memberships on.
// Generated from the entity metadata (schema generator), then reviewed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000000MemberImport extends Migration {
  override async up(): Promise<void> {
    for (const statement of STATEMENTS) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists `membership_person_id_body_id_unique`;');
    for (const column of ['sex', 'birth_place', 'birth_date', 'email'])
      this.addSql(`alter table \`person\` drop column \`${column}\`;`);
    this.addSql('drop table if exists `member_import_error`;');
    this.addSql('drop table if exists `member_import`;');
  }
}

const STATEMENTS: readonly string[] = [
  'create table `member_import` (`id` text not null, `commission_id` text not null, `file_name` text not null, `file_sha256` text not null, `file_size` integer not null, `status` text not null, `total_rows` integer null, `processed_rows` integer not null default 0, `imported_rows` integer not null default 0, `updated_rows` integer not null default 0, `unchanged_rows` integer not null default 0, `rejected_rows` integer not null default 0, `last_committed_line` integer not null default 1, `batch_size` integer not null, `lease_owner` text null, `lease_expires_at` datetime null, `failed_attempts` integer not null default 0, `last_error` text null, `created_by` text not null, `created_by_role` text null, `created_at` datetime not null, `updated_at` datetime not null, `started_at` datetime null, `finished_at` datetime null, constraint `member_import_commission_id_foreign` foreign key(`commission_id`) references `commission`(`id`) on update cascade, primary key (`id`));',
  'create index `member_import_commission_id_index` on `member_import` (`commission_id`);',
  'create index `member_import_status_index` on `member_import` (`status`);',
  'create index `member_import_created_at_index` on `member_import` (`created_at`);',
  'create table `member_import_error` (`id` integer not null primary key autoincrement, `member_import_id` text not null, `line` integer not null, `code` text not null, `field` text null, `message` text not null, constraint `member_import_error_member_import_id_foreign` foreign key(`member_import_id`) references `member_import`(`id`) on update cascade);',
  'create index `member_import_error_member_import_id_index` on `member_import_error` (`member_import_id`);',
  'create index `member_import_error_member_import_id_line_index` on `member_import_error` (`member_import_id`, `line`);',
  'alter table `person` add column `sex` text null;',
  'alter table `person` add column `birth_place` text null;',
  'alter table `person` add column `birth_date` text null;',
  'alter table `person` add column `email` text null;',
  'create unique index `membership_person_id_body_id_unique` on `membership` (`person_id`, `body_id`);',
];
