// Generated from the entity metadata (schema generator), then reviewed; the audit triggers are hand-written.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000Initial extends Migration {
  override async up(): Promise<void> {
    for (const statement of STATEMENTS) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of DOWN) this.addSql(statement);
  }
}

const STATEMENTS: readonly string[] = [
  'create table `audit_event` (`seq` integer not null, `at` datetime not null, `actor_user_id` text null, `actor_role` text null, `action` text not null, `entity_type` text not null, `entity_id` text not null, `request_id` text null, `before` text null, `after` text null, `prev_hash` text not null, `hash` text not null, primary key (`seq`));',
  'create unique index `audit_event_prev_hash_unique` on `audit_event` (`prev_hash`);',
  'create index `audit_event_entity_type_entity_id_index` on `audit_event` (`entity_type`, `entity_id`);',
  'create table `idempotency_record` (`id` integer not null primary key autoincrement, `user_id` text not null, `key` text not null, `operation` text not null, `request_hash` text not null, `response` text null, `created_at` datetime not null);',
  'create unique index `idempotency_record_user_id_key_unique` on `idempotency_record` (`user_id`, `key`);',
  'create table `person` (`id` text not null, `nik` text not null, `name` text not null, `address` text null, `phone` text null, primary key (`id`));',
  'create unique index `person_nik_unique` on `person` (`nik`);',
  'create index `person_name_index` on `person` (`name`);',
  'create table `region` (`code` text not null, `level` text not null, `name` text not null, `parent_code` text null, constraint `region_parent_code_foreign` foreign key(`parent_code`) references `region`(`code`) on delete set null on update cascade, primary key (`code`));',
  'create index `region_level_index` on `region` (`level`);',
  'create index `region_parent_code_index` on `region` (`parent_code`);',
  'create table `commission` (`id` text not null, `level` text not null, `name` text not null, `region_code` text null, `parent_id` text null, `path` text not null, constraint `commission_region_code_foreign` foreign key(`region_code`) references `region`(`code`) on delete set null on update cascade, constraint `commission_parent_id_foreign` foreign key(`parent_id`) references `commission`(`id`) on delete set null on update cascade, primary key (`id`));',
  'create index `commission_region_code_index` on `commission` (`region_code`);',
  'create index `commission_parent_id_index` on `commission` (`parent_id`);',
  'create index `commission_path_index` on `commission` (`path`);',
  'create table `ethics_case` (`id` text not null, `commission_id` text not null, `commission_path` text not null, `rule_set_code` text not null, `status` text not null, `track` text not null, `source` text not null, `received_at` datetime not null, `register_number` text null, `confidential` integer not null default false, `version` integer not null default 1, `updated_at` datetime not null, `data` text not null, constraint `ethics_case_commission_id_foreign` foreign key(`commission_id`) references `commission`(`id`) on update cascade, primary key (`id`));',
  'create index `ethics_case_commission_id_index` on `ethics_case` (`commission_id`);',
  'create index `ethics_case_commission_path_index` on `ethics_case` (`commission_path`);',
  'create index `ethics_case_status_index` on `ethics_case` (`status`);',
  'create index `ethics_case_received_at_index` on `ethics_case` (`received_at`);',
  'create unique index `ethics_case_register_number_unique` on `ethics_case` (`register_number`);',
  'create table `case_participant` (`id` integer not null primary key autoincrement, `ethics_case_id` text not null, `ordinal` integer not null, `role` text not null, `name` text null, `person_id` text null, `membership_id` text null, `body_id` text null, `body_type` text null, `position` text null, constraint `case_participant_ethics_case_id_foreign` foreign key(`ethics_case_id`) references `ethics_case`(`id`) on delete cascade on update cascade);',
  'create index `case_participant_ethics_case_id_index` on `case_participant` (`ethics_case_id`);',
  'create index `case_participant_name_index` on `case_participant` (`name`);',
  'create index `case_participant_person_id_index` on `case_participant` (`person_id`);',
  'create table `adhoc_body` (`id` text not null, `type` text not null, `name` text not null, `region_code` text not null, `commission_id` text not null, constraint `adhoc_body_region_code_foreign` foreign key(`region_code`) references `region`(`code`) on update cascade, constraint `adhoc_body_commission_id_foreign` foreign key(`commission_id`) references `commission`(`id`) on update cascade, primary key (`id`));',
  'create index `adhoc_body_type_index` on `adhoc_body` (`type`);',
  'create index `adhoc_body_region_code_index` on `adhoc_body` (`region_code`);',
  'create index `adhoc_body_commission_id_index` on `adhoc_body` (`commission_id`);',
  'create table `membership` (`id` text not null, `person_id` text not null, `body_id` text not null, `position` text not null, `status` text not null, `selection_rank` integer null, `replaces_id` text null, `status_history` json not null, constraint `membership_person_id_foreign` foreign key(`person_id`) references `person`(`id`) on update cascade, constraint `membership_body_id_foreign` foreign key(`body_id`) references `adhoc_body`(`id`) on update cascade, constraint `membership_replaces_id_foreign` foreign key(`replaces_id`) references `membership`(`id`) on delete set null on update cascade, primary key (`id`));',
  'create index `membership_person_id_index` on `membership` (`person_id`);',
  'create index `membership_body_id_index` on `membership` (`body_id`);',
  'create index `membership_status_index` on `membership` (`status`);',
  'create index `membership_replaces_id_index` on `membership` (`replaces_id`);',
  'create table `conflict_declaration` (`id` text not null, `membership_id` text not null, `relative_name` text not null, `relation` text not null, `relative_role` text not null, `declared_at` datetime not null, `published` integer not null default false, `published_url` text null, constraint `conflict_declaration_membership_id_foreign` foreign key(`membership_id`) references `membership`(`id`) on update cascade, primary key (`id`));',
  'create index `conflict_declaration_membership_id_index` on `conflict_declaration` (`membership_id`);',
  'create table `app_user` (`id` text not null, `username` text not null, `display_name` text not null, `password_hash` text not null, `role` text not null, `commission_id` text not null, `person_id` text null, constraint `app_user_commission_id_foreign` foreign key(`commission_id`) references `commission`(`id`) on update cascade, primary key (`id`));',
  'create unique index `app_user_username_unique` on `app_user` (`username`);',
  'create index `app_user_commission_id_index` on `app_user` (`commission_id`);',
  "create trigger `audit_event_no_update` before update on `audit_event` begin select raise(abort, 'audit_event is append-only'); end;",
  "create trigger `audit_event_no_delete` before delete on `audit_event` begin select raise(abort, 'audit_event is append-only'); end;",
];

const DOWN: readonly string[] = [
  'drop table if exists `app_user`;',
  'drop table if exists `conflict_declaration`;',
  'drop table if exists `membership`;',
  'drop table if exists `adhoc_body`;',
  'drop table if exists `case_participant`;',
  'drop table if exists `ethics_case`;',
  'drop table if exists `commission`;',
  'drop table if exists `region`;',
  'drop table if exists `person`;',
  'drop table if exists `idempotency_record`;',
  'drop table if exists `audit_event`;',
];
