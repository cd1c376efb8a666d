// The case's records as rows: allegations (the case list filters on `principle`), clarification and
// examination sessions (summons and attendance as JSON), external proceedings. See src/case-records.
// Generated from the entity metadata (schema generator), then reviewed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201010000CaseRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "allegation" ("id" varchar(64) not null, "ethics_case_id" varchar(64) not null, "ordinal" int not null, "respondent_membership_id" varchar(64) not null, "category" varchar(32) not null, "principle" varchar(32) not null, "behaviour" varchar(64) null, "legal_references" text not null, "description" text not null, "finding" varchar(16) null, "finding_note" text null, "finding_recorded_at" timestamptz null, "recorded_at" timestamptz not null, constraint "allegation_pkey" primary key ("id"));',
    );
    this.addSql('create index "allegation_ethics_case_id_index" on "allegation" ("ethics_case_id");');
    this.addSql('create index "allegation_principle_index" on "allegation" ("principle");');
    this.addSql(
      'create table "case_session" ("id" varchar(64) not null, "ethics_case_id" varchar(64) not null, "ordinal" int not null, "kind" varchar(16) not null, "scheduled_at" timestamptz not null, "place" text null, "online_link" text null, "agenda" text null, "summons" text not null, "attendance" text not null, "minutes_reference" varchar(255) null, "minutes_summary" text null, "minutes_recorded_at" timestamptz null, "outcome_notes" text null, "recorded_at" timestamptz not null, constraint "case_session_pkey" primary key ("id"));',
    );
    this.addSql('create index "case_session_ethics_case_id_index" on "case_session" ("ethics_case_id");');
    this.addSql('create index "case_session_scheduled_at_index" on "case_session" ("scheduled_at");');
    this.addSql(
      'create table "external_proceeding" ("id" varchar(64) not null, "ethics_case_id" varchar(64) not null, "ordinal" int not null, "forum" varchar(16) not null, "kind" varchar(16) not null, "external_number" varchar(128) null, "filed_at" timestamptz not null, "status" varchar(16) not null, "result" text null, "reason" text null, "recorded_at" timestamptz not null, "updated_at" timestamptz null, constraint "external_proceeding_pkey" primary key ("id"));',
    );
    this.addSql(
      'create index "external_proceeding_ethics_case_id_index" on "external_proceeding" ("ethics_case_id");',
    );
    this.addSql('create index "external_proceeding_forum_index" on "external_proceeding" ("forum");');
    for (const table of ['allegation', 'case_session', 'external_proceeding']) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_ethics_case_id_foreign" foreign key ("ethics_case_id") references "ethics_case" ("id") on update cascade on delete cascade;`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "external_proceeding" cascade;');
    this.addSql('drop table if exists "case_session" cascade;');
    this.addSql('drop table if exists "allegation" cascade;');
  }
}
