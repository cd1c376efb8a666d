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
  'create table "audit_event" ("seq" int not null, "at" timestamptz not null, "actor_user_id" varchar(64) null, "actor_role" varchar(32) null, "action" varchar(64) not null, "entity_type" varchar(32) not null, "entity_id" varchar(64) not null, "request_id" varchar(64) null, "before" text null, "after" text null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("seq"));',
  'alter table "audit_event" add constraint "audit_event_prev_hash_unique" unique ("prev_hash");',
  'create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");',
  'create table "idempotency_record" ("id" serial primary key, "user_id" varchar(64) not null, "key" varchar(255) not null, "operation" varchar(128) not null, "request_hash" varchar(64) not null, "response" text null, "created_at" timestamptz not null);',
  'alter table "idempotency_record" add constraint "idempotency_record_user_id_key_unique" unique ("user_id", "key");',
  'create table "person" ("id" varchar(64) not null, "nik" varchar(16) not null, "name" varchar(255) not null, "address" text null, "phone" varchar(32) null, constraint "person_pkey" primary key ("id"));',
  'alter table "person" add constraint "person_nik_unique" unique ("nik");',
  'create index "person_name_index" on "person" ("name");',
  'create table "region" ("code" varchar(16) not null, "level" varchar(16) not null, "name" varchar(255) not null, "parent_code" varchar(16) null, constraint "region_pkey" primary key ("code"));',
  'create index "region_level_index" on "region" ("level");',
  'create index "region_parent_code_index" on "region" ("parent_code");',
  'create table "commission" ("id" varchar(64) not null, "level" varchar(16) not null, "name" varchar(255) not null, "region_code" varchar(16) null, "parent_id" varchar(64) null, "path" varchar(255) not null, constraint "commission_pkey" primary key ("id"));',
  'create index "commission_region_code_index" on "commission" ("region_code");',
  'create index "commission_parent_id_index" on "commission" ("parent_id");',
  'create index "commission_path_index" on "commission" ("path");',
  'create table "ethics_case" ("id" varchar(64) not null, "commission_id" varchar(64) not null, "commission_path" varchar(255) not null, "rule_set_code" varchar(64) not null, "status" varchar(32) not null, "track" varchar(32) not null, "source" varchar(32) not null, "received_at" timestamptz not null, "register_number" varchar(128) null, "confidential" boolean not null default false, "version" int not null default 1, "updated_at" timestamptz not null, "data" text not null, constraint "ethics_case_pkey" primary key ("id"));',
  'create index "ethics_case_commission_id_index" on "ethics_case" ("commission_id");',
  'create index "ethics_case_commission_path_index" on "ethics_case" ("commission_path");',
  'create index "ethics_case_status_index" on "ethics_case" ("status");',
  'create index "ethics_case_received_at_index" on "ethics_case" ("received_at");',
  'alter table "ethics_case" add constraint "ethics_case_register_number_unique" unique ("register_number");',
  'create table "case_participant" ("id" serial primary key, "ethics_case_id" varchar(64) not null, "ordinal" int not null, "role" varchar(32) not null, "name" varchar(255) null, "person_id" varchar(64) null, "membership_id" varchar(64) null, "body_id" varchar(64) null, "body_type" varchar(16) null, "position" varchar(16) null);',
  'create index "case_participant_ethics_case_id_index" on "case_participant" ("ethics_case_id");',
  'create index "case_participant_name_index" on "case_participant" ("name");',
  'create index "case_participant_person_id_index" on "case_participant" ("person_id");',
  'create table "adhoc_body" ("id" varchar(64) not null, "type" varchar(16) not null, "name" varchar(255) not null, "region_code" varchar(16) not null, "commission_id" varchar(64) not null, constraint "adhoc_body_pkey" primary key ("id"));',
  'create index "adhoc_body_type_index" on "adhoc_body" ("type");',
  'create index "adhoc_body_region_code_index" on "adhoc_body" ("region_code");',
  'create index "adhoc_body_commission_id_index" on "adhoc_body" ("commission_id");',
  'create table "membership" ("id" varchar(64) not null, "person_id" varchar(64) not null, "body_id" varchar(64) not null, "position" varchar(16) not null, "status" varchar(32) not null, "selection_rank" int null, "replaces_id" varchar(64) null, "status_history" jsonb not null, constraint "membership_pkey" primary key ("id"));',
  'create index "membership_person_id_index" on "membership" ("person_id");',
  'create index "membership_body_id_index" on "membership" ("body_id");',
  'create index "membership_status_index" on "membership" ("status");',
  'create table "conflict_declaration" ("id" varchar(64) not null, "membership_id" varchar(64) not null, "relative_name" varchar(255) not null, "relation" varchar(16) not null, "relative_role" varchar(32) not null, "declared_at" timestamptz not null, "published" boolean not null default false, "published_url" varchar(512) null, constraint "conflict_declaration_pkey" primary key ("id"));',
  'create index "conflict_declaration_membership_id_index" on "conflict_declaration" ("membership_id");',
  'create table "app_user" ("id" varchar(64) not null, "username" varchar(64) not null, "display_name" varchar(255) not null, "password_hash" varchar(255) not null, "role" varchar(32) not null, "commission_id" varchar(64) not null, "person_id" varchar(64) null, constraint "app_user_pkey" primary key ("id"));',
  'alter table "app_user" add constraint "app_user_username_unique" unique ("username");',
  'create index "app_user_commission_id_index" on "app_user" ("commission_id");',
  'alter table "region" add constraint "region_parent_code_foreign" foreign key ("parent_code") references "region" ("code") on update cascade on delete set null;',
  'alter table "commission" add constraint "commission_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;',
  'alter table "commission" add constraint "commission_parent_id_foreign" foreign key ("parent_id") references "commission" ("id") on update cascade on delete set null;',
  'alter table "ethics_case" add constraint "ethics_case_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;',
  'alter table "case_participant" add constraint "case_participant_ethics_case_id_foreign" foreign key ("ethics_case_id") references "ethics_case" ("id") on update cascade on delete cascade;',
  'alter table "adhoc_body" add constraint "adhoc_body_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;',
  'alter table "adhoc_body" add constraint "adhoc_body_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;',
  'alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;',
  'alter table "membership" add constraint "membership_body_id_foreign" foreign key ("body_id") references "adhoc_body" ("id") on update cascade;',
  'alter table "membership" add constraint "membership_replaces_id_foreign" foreign key ("replaces_id") references "membership" ("id") on update cascade on delete set null;',
  'alter table "conflict_declaration" add constraint "conflict_declaration_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;',
  'alter table "app_user" add constraint "app_user_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;',
  "create function \"audit_event_append_only\"() returns trigger language plpgsql as $$ begin raise exception 'audit_event is append-only' using errcode = 'P0001'; end $$;",
  'create trigger "audit_event_no_update_delete" before update or delete on "audit_event" for each row execute function "audit_event_append_only"();',
  'create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function "audit_event_append_only"();',
];

const DOWN: readonly string[] = [
  'drop table if exists "app_user" cascade;',
  'drop table if exists "conflict_declaration" cascade;',
  'drop table if exists "membership" cascade;',
  'drop table if exists "adhoc_body" cascade;',
  'drop table if exists "case_participant" cascade;',
  'drop table if exists "ethics_case" cascade;',
  'drop table if exists "commission" cascade;',
  'drop table if exists "region" cascade;',
  'drop table if exists "person" cascade;',
  'drop table if exists "idempotency_record" cascade;',
  'drop table if exists "audit_event" cascade;',
  'drop function if exists "audit_event_append_only"();',
];
