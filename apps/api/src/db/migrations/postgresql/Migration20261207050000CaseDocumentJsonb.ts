// The case document becomes jsonb: PostgreSQL refuses what is not JSON when it is written, instead of a
// report's `data::jsonb` failing later for everyone whose area holds the case. Documents jsonb would refuse
// (ill-formed escapes from before the edge refused them) are repaired first, and the cases named in the log.
import { Migration } from '@mikro-orm/migrations';
import { repairCaseDocuments } from '../../backfill/case-documents.js';

export class Migration20261207050000CaseDocumentJsonb extends Migration {
  override async up(): Promise<void> {
    // Executed in order, not queued: the repair must precede the change of type, in the same transaction.
    const execute = (sql: string, params?: unknown[]) => this.execute(sql, params);
    const { repaired, notJson } = await repairCaseDocuments(execute);
    const logger = this.config.getLogger();
    if (repaired.length > 0) {
      logger.warn(
        'migrator',
        `Migration20261207050000CaseDocumentJsonb: replaced lone surrogates and NULs with U+FFFD in the documents of cases ${repaired.join(', ')}`,
        { enabled: true },
      );
    }
    if (notJson.length > 0) {
      throw new Error(
        `Migration20261207050000CaseDocumentJsonb: the documents of cases ${notJson.join(', ')} are not JSON; repair them by hand and migrate again`,
      );
    }
    await execute('alter table "ethics_case" alter column "data" type jsonb using "data"::jsonb;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "ethics_case" alter column "data" type text using "data"::text;');
  }
}
