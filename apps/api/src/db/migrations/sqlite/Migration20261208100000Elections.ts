// Elections and their stages (tahapan); ad hoc bodies formed for an election with a term, cases that name
// the election and stage of the alleged act, declarations made for an election. Older rows name none.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261208100000Elections extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `election` (`id` text not null, `kind` text not null, `name` text not null, `starts_on` text not null, `ends_on` text not null, `version` integer not null default 1, `created_at` datetime not null, primary key (`id`));',
    );
    this.addSql(
      'create table `election_stage` (`id` text not null, `election_id` text not null, `name` text not null, `starts_on` text not null, `ends_on` text not null, `ordinal` integer not null, constraint `election_stage_election_id_foreign` foreign key(`election_id`) references `election`(`id`) on update cascade, primary key (`id`));',
    );
    this.addSql('create index `election_stage_election_id_index` on `election_stage` (`election_id`);');
    this.addSql('alter table `ethics_case` add column `election_id` text null;');
    this.addSql('alter table `ethics_case` add column `election_stage_id` text null;');
    this.addSql('create index `ethics_case_election_id_index` on `ethics_case` (`election_id`);');
    this.addSql('create index `ethics_case_election_stage_id_index` on `ethics_case` (`election_stage_id`);');
    this.addSql('alter table `adhoc_body` add column `election_id` text null;');
    this.addSql('alter table `adhoc_body` add column `term_starts_on` text null;');
    this.addSql('alter table `adhoc_body` add column `term_ends_on` text null;');
    this.addSql('create index `adhoc_body_election_id_index` on `adhoc_body` (`election_id`);');
    this.addSql('alter table `conflict_declaration` add column `election_id` text null;');
    this.addSql(
      'create index `conflict_declaration_election_id_index` on `conflict_declaration` (`election_id`);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists `conflict_declaration_election_id_index`;');
    this.addSql('alter table `conflict_declaration` drop column `election_id`;');
    this.addSql('drop index if exists `adhoc_body_election_id_index`;');
    for (const column of ['election_id', 'term_starts_on', 'term_ends_on'])
      this.addSql(`alter table \`adhoc_body\` drop column \`${column}\`;`);
    this.addSql('drop index if exists `ethics_case_election_stage_id_index`;');
    this.addSql('drop index if exists `ethics_case_election_id_index`;');
    this.addSql('alter table `ethics_case` drop column `election_stage_id`;');
    this.addSql('alter table `ethics_case` drop column `election_id`;');
    this.addSql('drop table if exists `election_stage`;');
    this.addSql('drop table if exists `election`;');
  }
}
