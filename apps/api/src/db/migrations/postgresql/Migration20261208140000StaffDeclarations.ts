// Commissioners and secretariat staff declare family ties like ad hoc members: a declaration names its
// declarer (a person) and the commission whose register holds it, and a membership only when the declarer
// sits on an ad hoc body.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261208140000StaffDeclarations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "conflict_declaration" add column "person_id" varchar(64) null, add column "commission_id" varchar(64) null;',
    );
    // Every declaration so far was a member's: its declarer and commission come from the seat.
    this.addSql(
      'update "conflict_declaration" d set "person_id" = m."person_id", "commission_id" = b."commission_id" from "membership" m join "adhoc_body" b on b."id" = m."body_id" where m."id" = d."membership_id";',
    );
    this.addSql(
      'alter table "conflict_declaration" alter column "person_id" set not null, alter column "commission_id" set not null, alter column "membership_id" drop not null;',
    );
    this.addSql(
      'alter table "conflict_declaration" drop constraint "conflict_declaration_membership_id_foreign";',
    );
    this.addSql(
      'alter table "conflict_declaration" add constraint "conflict_declaration_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;',
    );
    this.addSql(
      'alter table "conflict_declaration" add constraint "conflict_declaration_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;',
    );
    this.addSql(
      'alter table "conflict_declaration" add constraint "conflict_declaration_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade on delete set null;',
    );
    this.addSql(
      'create index "conflict_declaration_person_id_index" on "conflict_declaration" ("person_id");',
    );
    this.addSql(
      'create index "conflict_declaration_commission_id_index" on "conflict_declaration" ("commission_id");',
    );
  }

  override async down(): Promise<void> {
    this.addSql('delete from "conflict_declaration" where "membership_id" is null;');
    this.addSql(
      'alter table "conflict_declaration" drop constraint "conflict_declaration_person_id_foreign", drop constraint "conflict_declaration_commission_id_foreign", drop column "person_id", drop column "commission_id", alter column "membership_id" set not null;',
    );
  }
}
