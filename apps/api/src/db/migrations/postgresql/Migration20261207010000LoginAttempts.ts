// Login attempts counted in one row per key, incremented by one atomic upsert before the password is
// checked, instead of one row per failure counted before it was written (parallel guesses all passed the
// count). The failures recorded so far are dropped: they only ever mattered for one window.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207010000LoginAttempts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "login_attempt" ("key_hash" varchar(64) not null, "attempts" int not null, "window_start" timestamptz not null, constraint "login_attempt_pkey" primary key ("key_hash"));',
    );
    this.addSql('create index "login_attempt_window_start_index" on "login_attempt" ("window_start");');
    this.addSql('drop table if exists "login_failure" cascade;');
  }

  override async down(): Promise<void> {
    this.addSql(
      'create table "login_failure" ("id" serial primary key, "key_hash" varchar(64) not null, "failed_at" timestamptz not null);',
    );
    this.addSql('create index "login_failure_failed_at_index" on "login_failure" ("failed_at");');
    this.addSql(
      'create index "login_failure_key_hash_failed_at_index" on "login_failure" ("key_hash", "failed_at");',
    );
    this.addSql('drop table if exists "login_attempt" cascade;');
  }
}
