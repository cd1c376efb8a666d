// A reserve passed over in a replacement (PAW) shows in their history with the reason.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261208150000ReplacementRules extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `membership_status_change` add column `skip_reason` text null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table `membership_status_change` drop column `skip_reason`;');
  }
}
