// Ad hoc bodies formed, edited and dissolved through the API: the TPS number of a KPPS or Pantarlih as a
// column, a version for optimistic locking, and the dates (and reason) of formation and dissolution.
import { Migration } from '@mikro-orm/migrations';

const COLUMNS = ['tps_number', 'version', 'formed_at', 'dissolved_at', 'dissolve_reason'] as const;

export class Migration20261207230000AdhocBodySetup extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `adhoc_body` add column `tps_number` integer null;');
    this.addSql('alter table `adhoc_body` add column `version` integer not null default 1;');
    this.addSql('alter table `adhoc_body` add column `formed_at` datetime null;');
    this.addSql('alter table `adhoc_body` add column `dissolved_at` datetime null;');
    this.addSql('alter table `adhoc_body` add column `dissolve_reason` text null;');
    // Bodies of the seeds and imports carry their TPS in the id only: `kpps-35.26.01.2001-tps001`.
    this.addSql(
      "update `adhoc_body` set `tps_number` = cast(substr(`id`, -3) as integer) where `type` in ('kpps', 'pantarlih') and `id` glob '*-tps[0-9][0-9][0-9]';",
    );
  }

  override async down(): Promise<void> {
    for (const column of COLUMNS) this.addSql(`alter table \`adhoc_body\` drop column \`${column}\`;`);
  }
}
