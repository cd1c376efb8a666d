// The directory: membership status changes as rows (taken over from the JSON history), versioned and
// withdrawable conflict-of-interest declarations, and user accounts that can be deactivated.
// Generated from the entity metadata (schema generator), then reviewed; the backfill is hand-written.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201020000Directory extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `membership_status_change` (`id` integer not null primary key autoincrement, `membership_id` text not null, `at` datetime not null, `reason` text not null, `from_status` text null, `to_status` text not null, `from_position` text null, `to_position` text null, `reference` text null, `case_id` text null, constraint `membership_status_change_membership_id_foreign` foreign key(`membership_id`) references `membership`(`id`) on update cascade);',
    );
    this.addSql(
      'create index `membership_status_change_membership_id_index` on `membership_status_change` (`membership_id`);',
    );
    this.addSql(
      'create index `membership_status_change_case_id_index` on `membership_status_change` (`case_id`);',
    );
    // Every entry of the JSON history becomes a row. The status before an entry is the one after the
    // entry before it; before the first, only an appointment says where it came from (a candidate).
    // Datetimes are stored as epoch milliseconds by the libsql driver.
    this.addSql(`insert into \`membership_status_change\`
      (\`membership_id\`, \`at\`, \`reason\`, \`from_status\`, \`to_status\`, \`reference\`, \`case_id\`)
      select h.membership_id,
        cast(strftime('%s', h.at) as integer) * 1000 + cast(substr(strftime('%f', h.at), 4) as integer),
        h.reason,
        coalesce(
          lag(h.status) over (partition by h.membership_id order by h.ordinal),
          case when h.reason = 'appoint' then 'candidate' end
        ),
        h.status,
        h.reference,
        case when h.reference like 'case:%' then substr(h.reference, 6) end
      from (
        select m.id as membership_id, cast(j.key as integer) as ordinal,
          json_extract(j.value, '$.at') as at, json_extract(j.value, '$.reason') as reason,
          json_extract(j.value, '$.status') as status, json_extract(j.value, '$.reference') as reference
        from \`membership\` m, json_each(m.\`status_history\`) j
      ) h
      order by h.membership_id, h.ordinal;`);

    this.addSql('alter table `conflict_declaration` add column `relative_person_id` text null;');
    this.addSql('alter table `conflict_declaration` add column `version` integer not null default 1;');
    this.addSql('alter table `conflict_declaration` add column `updated_at` datetime null;');
    this.addSql('alter table `conflict_declaration` add column `withdrawn_at` datetime null;');
    this.addSql('alter table `conflict_declaration` add column `withdrawal_reason` text null;');

    this.addSql('alter table `app_user` add column `active` integer not null default true;');
    this.addSql('alter table `app_user` add column `version` integer not null default 1;');
    this.addSql('alter table `app_user` add column `session_version` integer not null default 1;');
    this.addSql('alter table `app_user` add column `created_at` datetime null;');
    this.addSql('alter table `app_user` add column `updated_at` datetime null;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `membership_status_change`;');
    for (const column of ['relative_person_id', 'version', 'updated_at', 'withdrawn_at', 'withdrawal_reason'])
      this.addSql(`alter table \`conflict_declaration\` drop column \`${column}\`;`);
    for (const column of ['active', 'version', 'session_version', 'created_at', 'updated_at'])
      this.addSql(`alter table \`app_user\` drop column \`${column}\`;`);
  }
}
