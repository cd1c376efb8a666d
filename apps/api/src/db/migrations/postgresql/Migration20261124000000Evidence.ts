// Evidence files of a case (the bytes are in the content-addressed store; see src/evidence).
// Generated from the entity metadata (schema generator), then reviewed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000000Evidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "evidence" ("id" varchar(64) not null, "ethics_case_id" varchar(64) not null, "kind" varchar(32) not null, "description" text null, "file_name" varchar(255) not null, "media_type" varchar(127) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by" varchar(64) not null, "uploaded_by_role" varchar(32) not null, "uploaded_at" timestamptz not null, constraint "evidence_pkey" primary key ("id"));',
    );
    this.addSql('create index "evidence_ethics_case_id_index" on "evidence" ("ethics_case_id");');
    this.addSql('create index "evidence_sha256_index" on "evidence" ("sha256");');
    this.addSql(
      'alter table "evidence" add constraint "evidence_ethics_case_id_foreign" foreign key ("ethics_case_id") references "ethics_case" ("id") on update cascade;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "evidence" cascade;');
  }
}
