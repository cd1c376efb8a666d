// The directory: membership status changes as rows (taken over from the JSON history), versioned and
// withdrawable conflict-of-interest declarations, and user accounts that can be deactivated.
// Generated from the entity metadata (schema generator), then reviewed; the backfill is hand-written.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201020000Directory extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "membership_status_change" ("id" serial primary key, "membership_id" varchar(64) not null, "at" timestamptz not null, "reason" varchar(32) not null, "from_status" varchar(32) null, "to_status" varchar(32) not null, "from_position" varchar(16) null, "to_position" varchar(16) null, "reference" varchar(255) null, "case_id" varchar(64) null);',
    );
    this.addSql(
      'create index "membership_status_change_membership_id_index" on "membership_status_change" ("membership_id");',
    );
    this.addSql(
      'create index "membership_status_change_case_id_index" on "membership_status_change" ("case_id");',
    );
    this.addSql(
      'alter table "membership_status_change" add constraint "membership_status_change_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;',
    );
    // "Who replaced this member" and the vacancy count look memberships up by the seat they filled.
    this.addSql('create index "membership_replaces_id_index" on "membership" ("replaces_id");');
    // Every entry of the JSON history becomes a row. The status before an entry is the one after the
    // entry before it; before the first, only an appointment says where it came from (a candidate).
    this.addSql(`insert into "membership_status_change"
      ("membership_id", "at", "reason", "from_status", "to_status", "reference", "case_id")
      select m.id,
        (e.value->>'at')::timestamptz,
        e.value->>'reason',
        coalesce(
          lag(e.value->>'status') over (partition by m.id order by e.ordinal),
          case when e.value->>'reason' = 'appoint' then 'candidate' end
        ),
        e.value->>'status',
        e.value->>'reference',
        case when e.value->>'reference' like 'case:%' then substr(e.value->>'reference', 6) end
      from "membership" m
      cross join lateral jsonb_array_elements(m."status_history") with ordinality as e(value, ordinal)
      order by m.id, e.ordinal;`);

    this.addSql(
      'alter table "conflict_declaration" add column "relative_person_id" varchar(64) null, add column "version" int not null default 1, add column "updated_at" timestamptz null, add column "withdrawn_at" timestamptz null, add column "withdrawal_reason" text null;',
    );
    this.addSql(
      'alter table "app_user" add column "active" boolean not null default true, add column "version" int not null default 1, add column "session_version" int not null default 1, add column "created_at" timestamptz null, add column "updated_at" timestamptz null;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "membership_status_change" cascade;');
    this.addSql('drop index if exists "membership_replaces_id_index";');
    this.addSql(
      'alter table "conflict_declaration" drop column "relative_person_id", drop column "version", drop column "updated_at", drop column "withdrawn_at", drop column "withdrawal_reason";',
    );
    this.addSql(
      'alter table "app_user" drop column "active", drop column "version", drop column "session_version", drop column "created_at", drop column "updated_at";',
    );
  }
}
