// The national administrator's corrections of the built-in holiday list, one row per date (added or
// removed); the calendar the API counts on is built-in + added − removed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261208020000HolidayOverrides extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "holiday" ("date" varchar(10) not null, "change" varchar(16) not null, "kind" varchar(32) null, "name_id" varchar(200) null, "name_en" varchar(200) null, "changed_at" timestamptz not null, "changed_by" varchar(64) null, constraint "holiday_pkey" primary key ("date"));',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "holiday" cascade;');
  }
}
