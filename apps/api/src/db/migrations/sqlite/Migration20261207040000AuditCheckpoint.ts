// Per-commission audit chains and signed checkpoints of each chain's head. Existing rows become the
// national chain unchanged (their hashes do not cover a chain, and they need not: see audit-chain.ts).
// SQLite cannot change a primary key in place: the table is rebuilt, its guards dropped and recreated.
import { Migration } from '@mikro-orm/migrations';

const COLUMNS =
  '`seq`, `at`, `actor_user_id`, `actor_role`, `action`, `entity_type`, `entity_id`, `request_id`, `before`, `after`, `prev_hash`, `hash`';
const GUARDS = [
  "create trigger `audit_event_no_update` before update on `audit_event` begin select raise(abort, 'audit_event is append-only'); end;",
  "create trigger `audit_event_no_delete` before delete on `audit_event` begin select raise(abort, 'audit_event is append-only'); end;",
];

export class Migration20261207040000AuditCheckpoint extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop trigger if exists `audit_event_no_update`;');
    this.addSql('drop trigger if exists `audit_event_no_delete`;');
    this.addSql(
      "create table `audit_event_chained` (`chain` text not null default 'national', `seq` integer not null, `at` datetime not null, `actor_user_id` text null, `actor_role` text null, `action` text not null, `entity_type` text not null, `entity_id` text not null, `request_id` text null, `before` text null, `after` text null, `prev_hash` text not null, `hash` text not null, primary key (`chain`, `seq`));",
    );
    this.addSql(
      `insert into \`audit_event_chained\` (\`chain\`, ${COLUMNS}) select 'national', ${COLUMNS} from \`audit_event\` order by \`seq\`;`,
    );
    this.addSql('drop table `audit_event`;');
    this.addSql('alter table `audit_event_chained` rename to `audit_event`;');
    this.addSql(
      'create unique index `audit_event_chain_prev_hash_unique` on `audit_event` (`chain`, `prev_hash`);',
    );
    this.addSql(
      'create index `audit_event_entity_type_entity_id_index` on `audit_event` (`entity_type`, `entity_id`);',
    );
    for (const guard of GUARDS) this.addSql(guard);
    this.addSql(
      'create table `audit_checkpoint` (`chain` text not null, `n` integer not null, `seq` integer not null, `hash` text not null, `at` datetime not null, `prev_mac` text not null, `mac` text not null, primary key (`chain`, `n`));',
    );
    this.addSql(
      "create trigger `audit_checkpoint_no_update` before update on `audit_checkpoint` begin select raise(abort, 'audit_checkpoint is append-only'); end;",
    );
    this.addSql(
      "create trigger `audit_checkpoint_no_delete` before delete on `audit_checkpoint` begin select raise(abort, 'audit_checkpoint is append-only'); end;",
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `audit_checkpoint`;');
    this.addSql('drop trigger if exists `audit_event_no_update`;');
    this.addSql('drop trigger if exists `audit_event_no_delete`;');
    this.addSql(
      'create table `audit_event_unchained` (`seq` integer not null, `at` datetime not null, `actor_user_id` text null, `actor_role` text null, `action` text not null, `entity_type` text not null, `entity_id` text not null, `request_id` text null, `before` text null, `after` text null, `prev_hash` text not null, `hash` text not null, primary key (`seq`));',
    );
    // Fails while commission chains hold rows: their seqs overlap the national chain's.
    this.addSql(
      `insert into \`audit_event_unchained\` (${COLUMNS}) select ${COLUMNS} from \`audit_event\` order by \`chain\`, \`seq\`;`,
    );
    this.addSql('drop table `audit_event`;');
    this.addSql('alter table `audit_event_unchained` rename to `audit_event`;');
    this.addSql('create unique index `audit_event_prev_hash_unique` on `audit_event` (`prev_hash`);');
    this.addSql(
      'create index `audit_event_entity_type_entity_id_index` on `audit_event` (`entity_type`, `entity_id`);',
    );
    for (const guard of GUARDS) this.addSql(guard);
  }
}
