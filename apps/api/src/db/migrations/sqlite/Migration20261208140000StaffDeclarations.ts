// Commissioners and secretariat staff declare family ties like ad hoc members: a declaration names its
// declarer (a person) and the commission whose register holds it, and a membership only when the declarer
// sits on an ad hoc body. SQLite cannot drop a NOT NULL, so the table is rebuilt; nothing refers to it.
import { Migration } from '@mikro-orm/migrations';

const COLUMNS = [
  'id',
  'membership_id',
  'relative_name',
  'relative_person_id',
  'relation',
  'relative_role',
  'declared_at',
  'published',
  'published_url',
  'version',
  'updated_at',
  'withdrawn_at',
  'withdrawal_reason',
  'election_id',
].map((column) => `\`${column}\``);

export class Migration20261208140000StaffDeclarations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `conflict_declaration__new` (`id` text not null, `person_id` text not null, `commission_id` text not null, `membership_id` text null, `relative_name` text not null, `relative_person_id` text null, `relation` text not null, `relative_role` text not null, `declared_at` datetime not null, `published` integer not null default false, `published_url` text null, `version` integer not null default 1, `updated_at` datetime null, `withdrawn_at` datetime null, `withdrawal_reason` text null, `election_id` text null, constraint `conflict_declaration_person_id_foreign` foreign key(`person_id`) references `person`(`id`) on update cascade, constraint `conflict_declaration_commission_id_foreign` foreign key(`commission_id`) references `commission`(`id`) on update cascade, constraint `conflict_declaration_membership_id_foreign` foreign key(`membership_id`) references `membership`(`id`) on delete set null on update cascade, primary key (`id`));',
    );
    // Every declaration so far was a member's: its declarer and commission come from the seat.
    this.addSql(
      `insert into \`conflict_declaration__new\` (${COLUMNS.join(', ')}, \`person_id\`, \`commission_id\`) select ${COLUMNS.map((column) => `d.${column}`).join(', ')}, m.\`person_id\`, b.\`commission_id\` from \`conflict_declaration\` d join \`membership\` m on m.\`id\` = d.\`membership_id\` join \`adhoc_body\` b on b.\`id\` = m.\`body_id\`;`,
    );
    this.addSql('drop table `conflict_declaration`;');
    this.addSql('alter table `conflict_declaration__new` rename to `conflict_declaration`;');
    this.addSql(
      'create index `conflict_declaration_person_id_index` on `conflict_declaration` (`person_id`);',
    );
    this.addSql(
      'create index `conflict_declaration_commission_id_index` on `conflict_declaration` (`commission_id`);',
    );
    this.addSql(
      'create index `conflict_declaration_membership_id_index` on `conflict_declaration` (`membership_id`);',
    );
    this.addSql(
      'create index `conflict_declaration_election_id_index` on `conflict_declaration` (`election_id`);',
    );
  }

  override async down(): Promise<void> {
    // Staff declarations have no membership to hang on: they go with the columns.
    this.addSql(
      'create table `conflict_declaration__old` (`id` text not null, `membership_id` text not null, `relative_name` text not null, `relative_person_id` text null, `relation` text not null, `relative_role` text not null, `declared_at` datetime not null, `published` integer not null default false, `published_url` text null, `version` integer not null default 1, `updated_at` datetime null, `withdrawn_at` datetime null, `withdrawal_reason` text null, `election_id` text null, constraint `conflict_declaration_membership_id_foreign` foreign key(`membership_id`) references `membership`(`id`) on update cascade, primary key (`id`));',
    );
    this.addSql(
      `insert into \`conflict_declaration__old\` (${COLUMNS.join(', ')}) select ${COLUMNS.join(', ')} from \`conflict_declaration\` where \`membership_id\` is not null;`,
    );
    this.addSql('drop table `conflict_declaration`;');
    this.addSql('alter table `conflict_declaration__old` rename to `conflict_declaration`;');
    this.addSql(
      'create index `conflict_declaration_membership_id_index` on `conflict_declaration` (`membership_id`);',
    );
    this.addSql(
      'create index `conflict_declaration_election_id_index` on `conflict_declaration` (`election_id`);',
    );
  }
}
