// Imports of ad hoc bodies (PPK, PPS, KPPS, Pantarlih) share the member import's records, leases and errors:
// each import says what its file holds. Every import recorded before was a member import.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261208130000BodyImports extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `member_import` add column `kind` text not null default 'members';");
  }

  override async down(): Promise<void> {
    this.addSql('alter table `member_import` drop column `kind`;');
  }
}
