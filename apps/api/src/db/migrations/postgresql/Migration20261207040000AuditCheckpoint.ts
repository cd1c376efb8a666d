// Per-commission audit chains and signed checkpoints of each chain's head. Existing rows become the
// national chain unchanged (their hashes do not cover a chain, and they need not: see audit-chain.ts).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207040000AuditCheckpoint extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "audit_event" add column "chain" varchar(64) not null default \'national\';');
    this.addSql('alter table "audit_event" drop constraint "audit_event_pkey";');
    this.addSql('alter table "audit_event" add constraint "audit_event_pkey" primary key ("chain", "seq");');
    this.addSql('alter table "audit_event" drop constraint "audit_event_prev_hash_unique";');
    this.addSql(
      'alter table "audit_event" add constraint "audit_event_chain_prev_hash_unique" unique ("chain", "prev_hash");',
    );
    this.addSql(
      'create table "audit_checkpoint" ("chain" varchar(64) not null, "n" int not null, "seq" int not null, "hash" varchar(64) not null, "at" timestamptz not null, "prev_mac" varchar(64) not null, "mac" varchar(64) not null, constraint "audit_checkpoint_pkey" primary key ("chain", "n"));',
    );
    this.addSql(
      "create function \"audit_checkpoint_append_only\"() returns trigger language plpgsql as $$ begin raise exception 'audit_checkpoint is append-only' using errcode = 'P0001'; end $$;",
    );
    this.addSql(
      'create trigger "audit_checkpoint_no_update_delete" before update or delete on "audit_checkpoint" for each row execute function "audit_checkpoint_append_only"();',
    );
    this.addSql(
      'create trigger "audit_checkpoint_no_truncate" before truncate on "audit_checkpoint" for each statement execute function "audit_checkpoint_append_only"();',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "audit_checkpoint" cascade;');
    this.addSql('drop function if exists "audit_checkpoint_append_only"();');
    this.addSql('alter table "audit_event" drop constraint "audit_event_chain_prev_hash_unique";');
    this.addSql('alter table "audit_event" drop constraint "audit_event_pkey";');
    // Fails while commission chains hold rows: their seqs overlap the national chain's.
    this.addSql('alter table "audit_event" add constraint "audit_event_pkey" primary key ("seq");');
    this.addSql(
      'alter table "audit_event" add constraint "audit_event_prev_hash_unique" unique ("prev_hash");',
    );
    this.addSql('alter table "audit_event" drop column "chain";');
  }
}
