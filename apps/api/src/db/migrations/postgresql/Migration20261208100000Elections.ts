// Elections and their stages (tahapan); ad hoc bodies formed for an election with a term, cases that name
// the election and stage of the alleged act, declarations made for an election. Older rows name none.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261208100000Elections extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "election" ("id" varchar(64) not null, "kind" varchar(16) not null, "name" varchar(255) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "election_pkey" primary key ("id"));',
    );
    this.addSql(
      'create table "election_stage" ("id" varchar(64) not null, "election_id" varchar(64) not null, "name" varchar(255) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "ordinal" int not null, constraint "election_stage_pkey" primary key ("id"));',
    );
    this.addSql('create index "election_stage_election_id_index" on "election_stage" ("election_id");');
    this.addSql(
      'alter table "election_stage" add constraint "election_stage_election_id_foreign" foreign key ("election_id") references "election" ("id") on update cascade;',
    );
    this.addSql(
      'alter table "ethics_case" add column "election_id" varchar(64) null, add column "election_stage_id" varchar(64) null;',
    );
    this.addSql('create index "ethics_case_election_id_index" on "ethics_case" ("election_id");');
    this.addSql('create index "ethics_case_election_stage_id_index" on "ethics_case" ("election_stage_id");');
    this.addSql(
      'alter table "adhoc_body" add column "election_id" varchar(64) null, add column "term_starts_on" varchar(10) null, add column "term_ends_on" varchar(10) null;',
    );
    this.addSql('create index "adhoc_body_election_id_index" on "adhoc_body" ("election_id");');
    this.addSql('alter table "conflict_declaration" add column "election_id" varchar(64) null;');
    this.addSql(
      'create index "conflict_declaration_election_id_index" on "conflict_declaration" ("election_id");',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "conflict_declaration" drop column "election_id";');
    this.addSql(
      'alter table "adhoc_body" drop column "election_id", drop column "term_starts_on", drop column "term_ends_on";',
    );
    this.addSql('alter table "ethics_case" drop column "election_id", drop column "election_stage_id";');
    this.addSql('drop table if exists "election_stage" cascade;');
    this.addSql('drop table if exists "election" cascade;');
  }
}
