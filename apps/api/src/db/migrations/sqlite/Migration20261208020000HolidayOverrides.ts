// The national administrator's corrections of the built-in holiday list, one row per date (added or
// removed); the calendar the API counts on is built-in + added − removed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261208020000HolidayOverrides extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `holiday` (`date` text not null, `change` text not null, `kind` text null, `name_id` text null, `name_en` text null, `changed_at` datetime not null, `changed_by` text null, primary key (`date`));',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `holiday`;');
  }
}
