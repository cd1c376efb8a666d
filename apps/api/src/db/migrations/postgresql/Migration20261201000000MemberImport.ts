// Member import from CSV (src/member-imports): the imports and their per-line errors; the person fields a
// recruitment export carries; one seat per person per body, the key the import upserts memberships on.
// Generated from the entity metadata (schema generator), then reviewed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000000MemberImport extends Migration {
  override async up(): Promise<void> {
    for (const statement of STATEMENTS) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "membership" drop constraint if exists "membership_person_id_body_id_unique";');
    this.addSql(
      'alter table "person" drop column if exists "sex", drop column if exists "birth_place", drop column if exists "birth_date", drop column if exists "email";',
    );
    this.addSql('drop table if exists "member_import_error" cascade;');
    this.addSql('drop table if exists "member_import" cascade;');
  }
}

const STATEMENTS: readonly string[] = [
  'create table "member_import" ("id" varchar(64) not null, "commission_id" varchar(64) not null, "file_name" varchar(255) not null, "file_sha256" varchar(64) not null, "file_size" int not null, "status" varchar(16) not null, "total_rows" int null, "processed_rows" int not null default 0, "imported_rows" int not null default 0, "updated_rows" int not null default 0, "unchanged_rows" int not null default 0, "rejected_rows" int not null default 0, "last_committed_line" int not null default 1, "batch_size" int not null, "lease_owner" varchar(128) null, "lease_expires_at" timestamptz null, "failed_attempts" int not null default 0, "last_error" text null, "created_by" varchar(64) not null, "created_by_role" varchar(32) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "member_import_pkey" primary key ("id"));',
  'create index "member_import_commission_id_index" on "member_import" ("commission_id");',
  'create index "member_import_status_index" on "member_import" ("status");',
  'create index "member_import_created_at_index" on "member_import" ("created_at");',
  'create table "member_import_error" ("id" serial primary key, "member_import_id" varchar(64) not null, "line" int not null, "code" varchar(64) not null, "field" varchar(64) null, "message" varchar(500) not null);',
  'create index "member_import_error_member_import_id_line_index" on "member_import_error" ("member_import_id", "line");',
  'alter table "member_import" add constraint "member_import_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;',
  'alter table "member_import_error" add constraint "member_import_error_member_import_id_foreign" foreign key ("member_import_id") references "member_import" ("id") on update cascade;',
  'alter table "person" add column "sex" varchar(8) null, add column "birth_place" varchar(255) null, add column "birth_date" varchar(10) null, add column "email" varchar(255) null;',
  'alter table "membership" add constraint "membership_person_id_body_id_unique" unique ("person_id", "body_id");',
];
