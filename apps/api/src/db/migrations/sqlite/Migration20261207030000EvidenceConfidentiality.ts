// Evidence gets a confidentiality mark: only those who may see a confidential complainant's identity list
// and download marked files. Files already on a confidential case are marked, as new ones are by default.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207030000EvidenceConfidentiality extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `evidence` add column `confidential` integer not null default false;');
    this.addSql(
      'update `evidence` set `confidential` = true where `ethics_case_id` in (select `id` from `ethics_case` where `confidential` = true);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table `evidence` drop column `confidential`;');
  }
}
