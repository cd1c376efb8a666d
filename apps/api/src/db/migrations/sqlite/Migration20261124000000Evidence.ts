// Evidence files of a case (the bytes are in the content-addressed store; see src/evidence).
// Generated from the entity metadata (schema generator), then reviewed.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000000Evidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `evidence` (`id` text not null, `ethics_case_id` text not null, `kind` text not null, `description` text null, `file_name` text not null, `media_type` text not null, `size` integer not null, `sha256` text not null, `uploaded_by` text not null, `uploaded_by_role` text not null, `uploaded_at` datetime not null, constraint `evidence_ethics_case_id_foreign` foreign key(`ethics_case_id`) references `ethics_case`(`id`) on update cascade, primary key (`id`));',
    );
    this.addSql('create index `evidence_ethics_case_id_index` on `evidence` (`ethics_case_id`);');
    this.addSql('create index `evidence_sha256_index` on `evidence` (`sha256`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `evidence`;');
  }
}
