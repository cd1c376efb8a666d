// Nothing to do on SQLite: the case document stays text, which its JSON functions read (and SQLite has no
// jsonb column type). Listed so that both dialects apply the same migrations in the same order; the
// PostgreSQL one makes the column jsonb.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207050000CaseDocumentJsonb extends Migration {
  override async up(): Promise<void> {}

  override async down(): Promise<void> {}
}
