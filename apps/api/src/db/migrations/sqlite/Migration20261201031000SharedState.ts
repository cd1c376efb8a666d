// State that several API instances share through the database: failed logins for the rate limiter, and an
// index to purge expired idempotency keys by age. Generated from the entity metadata, then reviewed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201031000SharedState extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `login_failure` (`id` integer not null primary key autoincrement, `key_hash` text not null, `failed_at` datetime not null);',
    );
    this.addSql('create index `login_failure_failed_at_index` on `login_failure` (`failed_at`);');
    this.addSql(
      'create index `login_failure_key_hash_failed_at_index` on `login_failure` (`key_hash`, `failed_at`);',
    );
    this.addSql('create index `idempotency_record_created_at_index` on `idempotency_record` (`created_at`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists `idempotency_record_created_at_index`;');
    this.addSql('drop table if exists `login_failure`;');
  }
}
