// Ad hoc bodies formed, edited and dissolved through the API: the TPS number of a KPPS or Pantarlih as a
// column, a version for optimistic locking, and the dates (and reason) of formation and dissolution.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207230000AdhocBodySetup extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "adhoc_body" add column "tps_number" int null, add column "version" int not null default 1, add column "formed_at" timestamptz null, add column "dissolved_at" timestamptz null, add column "dissolve_reason" text null;',
    );
    // Bodies of the seeds and imports carry their TPS in the id only: `kpps-35.26.01.2001-tps001`.
    this.addSql(
      `update "adhoc_body" set "tps_number" = cast(right("id", 3) as int) where "type" in ('kpps', 'pantarlih') and "id" ~ '-tps[0-9]{3}$';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "adhoc_body" drop column "tps_number", drop column "version", drop column "formed_at", drop column "dissolved_at", drop column "dissolve_reason";',
    );
  }
}
