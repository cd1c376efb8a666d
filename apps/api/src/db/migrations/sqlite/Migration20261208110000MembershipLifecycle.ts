// The office's own acts on memberships (appointment, transfer) show in the history: the other membership
// of a transfer, and the permanent dismissals the appointing officer confirmed knowing of.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261208110000MembershipLifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `membership_status_change` add column `counterpart_membership_id` text null;');
    this.addSql('alter table `membership_status_change` add column `confirmed_dismissals` json null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table `membership_status_change` drop column `counterpart_membership_id`;');
    this.addSql('alter table `membership_status_change` drop column `confirmed_dismissals`;');
  }
}
